"""The Chinese of the suggesters' reasons a pass over the shared reports found still in English in
the Chinese interface (``annotator/gui/reasons.py``); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    " (short form {0} of {1}, the former name this text uses)": "（简称 {0}，指本文所用的旧称 {1}）",
    "project: listed as being built": "项目：列为在建项目",
    "project: listed beside {0}": "项目：与“{0}”并列列举",
    ", one head shared": "，各项共用一个中心词",
    ", its head shared by the list before it": "，与前面列举的各项共用中心词",
    "project: named so elsewhere in the document": "项目：文档别处也以此为名",
    "project: rated {0}": "项目：评为{0}",
    "project: subject of {0}": "项目：“{0}”的主语",
    "project: event hosted ({0})": "项目：举办的赛事（{0}）",
    "project: expo known as {0}": "项目：名为“{0}”的博览会",
    "project: name, quotation and {0}": "项目：名称、引号与 {0}",
    "project: road between two places": "项目：连接两地的道路",
    "project: road by its code": "项目：以代码称呼的道路",
    "; {0} of the document's jurisdiction": "；文档所属辖区中的 {0}",
    " ({0} units have this name and the text names no place that tells which: the first of the tables; "
    "give the document's jurisdiction to choose)":
        "（{0} 个行政区划同名，文中没有指明是哪一个：取区划表中的第一个；给出文档的所属辖区即可选定）",
}
