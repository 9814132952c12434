"""The Chinese of the window's preferences: the article's room on a smaller screen
(gui/widgets/article_room.py), the Preferences dialog (gui/dialogs/preferences.py) and a project
dropped with other files (gui/commands.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0} hidden to give the article room on this screen; {1} shows it again":
        "已隐藏{0}，为正文在此屏幕上留出空间；按 {1} 可再次显示",
}
