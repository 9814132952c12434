"""A coding team: hand documents out, bring the coders' projects together, measure agreement.

SQLite on a shared network folder is not safe to edit from several machines at once, so each
coder works in a project of their own and the projects are merged:

- :mod:`.package`: ``export_package`` writes a zip holding a new project (the same labels, the
  chosen documents with their metadata, optionally their suggestions) that a coder opens
  (``open_package``); ``unpacked`` lets a merge read a zip as a project.
- :mod:`.merge`: ``merge`` brings coders' projects into one. Documents are matched by their
  text's sha256, never by name; every coder's spans and links stay apart by the annotator
  column (each annotator's spans are a layer of their own, :mod:`annotator.core.store.span_index`),
  nothing is overwritten and merging twice adds nothing.
- :mod:`.agreement`: span F1 (exact and overlap), Cohen's κ and Krippendorff's α per character
  (:mod:`.units`), value agreement on matched spans, link agreement on the facts both coders
  marked (:mod:`.link_agreement`), per label and overall, for each pair of coders and for all
  together; :mod:`.agreement_table` prints it.
- :mod:`.adjudication`: the regions where coders disagree, each coder's version, decisions
  written to a gold layer.

No SQL here: every read and write goes through :class:`~annotator.core.store.Store`.
"""
