"""The Chinese of what a keyboard and screen-reader walk through the window asked for: the form's read-only
rows as a screen reader names them (gui/widgets/read_rows.py; "{0}: {1}" is zh_metadata_table's) and
View › Float the panel (gui/dock_floating.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0}: none": "{0}：无",
}
