"""Words of Qt's own file dialog that Qt's Chinese (``qtbase_zh_CN.qm``) does not translate: the
chooser of Import files…, Open project…, Export… where the platform offers no native one showed
"Look in:", "Files of type:" and each folder's type "Folder" (a drive's "Drive") in the Chinese interface;
the print dialog's options (Project › Print…) "Page &Set:" (Qt has 页面组： without the key);
a message box's Show Details... read "显示详情..." (three full stops of Latin type beside Chinese, where every other
button of the window ends in "…"), and a long box's last line pointed to a "显示详细信息" it did not hold.

They are marked here for ``scripts/update_translations.sh``, which puts them in our ``.ts`` under
Qt's contexts; our translator is installed after Qt's (:mod:`annotator.gui.i18n`), so Qt asks it
first. A disambiguated lookup (Qt's "Folder", "All other platforms") falls back to these.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """The marked words in the interface's language (what the file dialog shows)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File"),
        QCoreApplication.translate("QAbstractFileIconProvider", "%1 File"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Unknown"),
        QCoreApplication.translate("QMessageBox", "Show Details..."),
        QCoreApplication.translate("QMessageBox", "Hide Details..."),
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),  # Print…'s options (Qt 6.11: with a key)
    ]
