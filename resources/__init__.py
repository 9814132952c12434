"""The files annotator reads at run time (gazetteer, word lists, translations).

Shipped inside the package as ``annotator.resources`` (see pyproject.toml) and read only
through :mod:`annotator.core.resources`.
"""
