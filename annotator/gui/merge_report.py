"""A merge's report (``MergeReport.lines()``, core/team/merge.py) in the interface's language, line by line:
what *Project › Coding team › Merge coders' work…* shows (``gui/team.py``); a line no rule knows is shown as the
core wrote it. Its strings are of the context "Team", as the menu's."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def merge_lines(lines: list[str]) -> list[str]:
    """A merge report's lines in the interface's language (a line no rule knows as the core wrote it)."""
    from annotator.gui.core_errors import said_by
    from annotator.gui.summaries import summary_lines

    rules = _merge_rules()
    return [said_by(line, rules, _merge_group) or summary_lines([line])[0] for line in lines]


def _merge_group(kind: str, text: str) -> str:
    """A group of a merge report's line: a backup's file name as the time Restore from a backup… lists it by."""
    if kind != "backup":
        return text
    from annotator.gui.dialogs.restore_dialog import made_at

    try:
        return made_at(Path(text)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except OSError:  # a name without its time, and no such file: said as it is
        return text


def _merge_rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """Whole lines of ``MergeReport.lines()`` (core/team/merge.py)."""
    return [
        (r"refused (.+): none of its (\d+) document\(s\) \((.+)\) is in the project \(a package of another "
         r"project\?\): nothing of it merged; 'annotator merge --new-documents' adds them all the same",
         _t("refused {0}: none of its {1} document(s) ({2}) is in the project (a package of another project?): "
            "nothing of it merged; merging it with Documents of another project: add them ticked (Project › Coding "
            "team › Merge coders' work…) adds them all the same"), ()),
        (r"from (.+): (\d+) document\(s\) added, (\d+) matched; (\d+) span\(s\) added \((.+)\), (\d+) already there; "
         r"(\d+) link\(s\) added, (\d+) already there or in conflict",
         _t("from {0}: {1} document(s) added, {2} matched; {3} span(s) added ({4}), {5} already there; {6} link(s) "
            "added, {7} already there or in conflict"), ()),
        (r"from (.+): (\d+) document\(s\) added, (\d+) matched; (\d+) span\(s\) added, (\d+) already there; "
         r"(\d+) link\(s\) added, (\d+) already there or in conflict",
         _t("from {0}: {1} document(s) added, {2} matched; {3} span(s) added, {4} already there; {5} link(s) added, "
            "{6} already there or in conflict"), ()),
        (r"merged (\d+) source\(s\) into (.+): (\d+) document\(s\) and (\d+) span\(s\) added",
         _t("merged {0} source(s) into {1}: {2} document(s) and {3} span(s) added"), ()),
        (r"  (.+) holds no accepted or rejected span \(open suggestions stay behind\): not coded yet, or the package "
         r"as it was handed out\?",
         _t("  {0} holds no accepted or rejected span (open suggestions stay behind): not coded yet, or the package "
            "as it was handed out?"), ()),
        (r"  labels added: (.+)", _t("  labels added: {0}"), ()),
        (r"  label (.+) of (.+) is (.+) here \(the same label under another name\): its spans are merged as (.+)",
         _t("  label {0} of {1} is {2} here (the same label under another name): its spans are merged as {3}"), ()),
        (r"  none of the documents of (.+) was in the project \(a package of another project\?\): (\d+) added "
         r"\((.+)\); 'annotator remove' takes them out",
         _t("  none of the documents of {0} was in the project (a package of another project?): {1} added ({2}); "
            "Project › Remove document(s)… takes them out"), ()),
        (r"  documents not in the project, (\d+) added \((.+)\): removed there since (.+) was made\? "
         r"'annotator remove' takes them out",
         _t("  documents not in the project, {0} added ({1}): removed there since {2} was made? Project › Remove "
            "document(s)… takes them out"), ()),
        (r"  (\d+) span\(s\) had no annotator name: stored as '(.+)' \(the source's name\)",
         _t("  {0} span(s) had no annotator name: stored as '{1}' (the source's name)"), ()),
        (r"  the same spans of (.+) as (.+) \(given twice\?\): nothing added",
         _t("  the same spans of {0} as {1} (given twice?): nothing added"), ()),
        (r"  (.+) is a project of an older annotator \(schema (\d+)\): read from a copy, its folder left as it was "
         r"\(its coder's annotator still opens it\)",
         _t("  {0} is a project of an older annotator (schema {1}): read from a copy, its folder left as it was "
            "(its coder's annotator still opens it)"), ()),
        (r"  annotator (.+) stored as (.+) here \(--rename\)", _t("  annotator {0} stored as {1} here (Rename coders)"),
         ()),
        (r"  (.+) has no label (.+) \(renamed there as (.+)\? its spans are here under that name\): its coder could "
         r"mark none, so the agreement counts none of their (.+) spans",
         _t("  {0} has no label {1} (renamed there as {2}? its spans are here under that name): its coder could mark "
            "none, so the agreement counts none of their {3} spans"), ()),
        (r"  (.+) has no label ([^()]+): its coder could mark none, so the agreement counts none of their (.+) spans",
         _t("  {0} has no label {1}: its coder could mark none, so the agreement counts none of their {2} spans"), ()),
        (r"  document (.+) is (.+) here \(the same text\)", _t("  document {0} is {1} here (the same text)"), ()),
        (r"  document (.+): its text differs from (.+) here; added as (.+) \(its spans are there\)",
         _t("  document {0}: its text differs from {1} here; added as {2} (its spans are there)"), ()),
        (r"  refused in (.+?): (.+)", _t("  refused in {0}: {1}"), ()),
        (r"  (\d+) span\(s\) of (.+) here are not in (.+) as they are \(deleted, relabelled, moved or decided "
         r"otherwise there since an earlier merge\): left as they are \(a corrected copy\? merge it again with "
         r"--replace to take its version\)",
         _t("  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
            "there since an earlier merge): left as they are (a corrected copy? merge it again with Corrected "
            "copies, sent again ticked to take its version)"), ()),
        (r"  (\d+) span\(s\) of (.+) here that (.+) no longer holds as they are \(deleted, relabelled, moved or "
         r"decided otherwise there\) replaced by its version \(--replace\)",
         _t("  {0} span(s) of {1} here that {2} no longer holds as they are (deleted, relabelled, moved or decided "
            "otherwise there) replaced by its version (Corrected copies, sent again)"), ()),
        (r"  (.+) is older than what is here for (.+) in (\d+) document\(s\) \((.+)\): spans or links of theirs here "
         r"were changed or deleted after its last change to them; nothing of theirs merged there, what is here kept "
         r"as it is",
         _t("  {0} is older than what is here for {1} in {2} document(s) ({3}): spans or links of theirs here were "
            "changed or deleted after its last change to them; nothing of theirs merged there, what is here kept as "
            "it is"), ()),
        (r"  (.+) is older than what is here for (.+) in (\d+) document\(s\): spans or links of theirs here were "
         r"changed or deleted after its last change to them; nothing of theirs merged there, what is here kept as "
         r"it is",
         _t("  {0} is older than what is here for {1} in {2} document(s): spans or links of theirs here were changed "
            "or deleted after its last change to them; nothing of theirs merged there, what is here kept as it is"),
         ()),
        (r"  (\d+) link\(s\) of (.+) here are not in (.+) \(removed or linked otherwise there since an earlier "
         r"merge\): left as they are \(a corrected copy\? merge it again with --replace to take its version\)",
         _t("  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): "
            "left as they are (a corrected copy? merge it again with Corrected copies, sent again ticked to take its "
            "version)"), ()),
        (r"  (\d+) link\(s\) of (.+) here are not in (.+) \(removed or linked otherwise there since an earlier "
         r"merge\): left as they are",
         _t("  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): "
            "left as they are"), ()),
        (r"  (\d+) link\(s\) of its coders here that (.+) no longer holds replaced by its links \(--replace\)",
         _t("  {0} link(s) of its coders here that {1} no longer holds replaced by its links (Corrected copies, sent "
            "again)"), ()),
        (r"  (\d+) span\(s\) of (.+) here are not in (.+) as they are \(deleted, relabelled, moved or decided "
         r"otherwise there since an earlier merge\): left as they are",
         _t("  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
            "there since an earlier merge): left as they are"), ()),
        (r"  annotator (.+) came from (.+) too: their spans are one layer here \(two people of one name\? take this "
         r"merge back with 'annotator restore .+ (\S+)' and merge (.+) alone with --rename (.+)=ANOTHER_NAME\)",
         _t("  annotator {0} came from {1} too: their spans are one layer here (two people of one name? take this "
            "merge back (Project › Restore from a backup…: the backup of {2}, made right before it) and merge {3} "
            "alone with {4}=ANOTHER_NAME in Rename coders (Project › Coding team › Merge coders' work…))"),
         ("", "", "backup")),
        (r"  (.+) brought annotator\(s\) (.+), not among the project's coders; coder\(s\) (.+) hold no span here: a "
         r"copy whose coder gave another name \(their window's Preferences, or --annotator\)\?",
         _t("  {0} brought annotator(s) {1}, not among the project's coders; coder(s) {2} hold no span here: a copy "
            "whose coder gave another name (their window's Preferences, or --annotator on the command line)?"), ()),
        (r"  annotator (.+) stored as (.+) here: (.+) was handed out to (.+) \(export-package --coder\); merged with "
         r"--rename (.+) it keeps its name",
         _t("  annotator {0} stored as {1} here: {2} was handed out to {3} (the coder named in Hand out a "
            "package…); merged with {4} in Rename coders (Project › Coding team › Merge coders' work…) it keeps its "
            "name"), ()),
        (r"  (.+) was handed out to (.+), but its spans carry annotator\(s\) (.+): merged under those names \(is one "
         r"of them (.+)\? merge it with --rename NAME=(.+)\)",
         _t("  {0} was handed out to {1}, but its spans carry annotator(s) {2}: merged under those names (is one of "
            "them {3}? merge it with NAME={4} in Rename coders (Project › Coding team › Merge coders' work…))"), ()),
        (r"  to store them under a coder's name, take this merge back and merge again with --rename (.+): "
         r"annotator restore .+ (\S+), then annotator merge .+",  # the window's menus rather than the command lines
         _t("  to store them under a coder's name, take this merge back (Project › Restore from a backup…: the "
            "backup of {1}, made right before it) and merge the same work again with {0} in Rename coders "
            "(Project › Coding team › Merge coders' work…)"), ("", "backup")),
    ]
