"""The Chinese of the window's strings from a second polishing pass over the six reports: the form's
Links line for a link to the document's jurisdiction (gui/reasons.py), and the rows and buttons
made shorter or clearer there; read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "the document's jurisdiction, as given": "文档所属辖区，已指定",
    "the document's jurisdiction, named in its title": "文档所属辖区，见于标题",
    "the document's jurisdiction, the district it names most ({0} times)": "文档所属辖区，文中提及最多，共 {0} 次",
    "Cross-validate": "交叉验证",
}
