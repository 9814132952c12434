"""The Chinese of an older project's upgrade dialog and notice (gui/upgrading.py; read into ``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Upgrading the project": "正在升级标注工程",
    "Upgrading the project {0} for this version (once):": "正在为此版本升级标注工程 {0}（仅此一次）：",
    "building the search index": "建立检索索引",
    "moving the documents' texts and building the search index": "移动文档文本并建立检索索引",
    "schema step {0} of {1}": "数据库结构第 {0} 步，共 {1} 步",
    "{0} of {1} documents": "已完成 {0} 篇文档，共 {1} 篇",
    "Project upgraded": "标注工程已升级",
    "{0} was upgraded from schema {1} to schema {2} for this version of annotator.":
        "为适配此版本的 annotator，标注工程 {0} 已从数据库结构 {1} 升级到 {2}。",
    "The project as it was is kept in:\n{0}": "升级前的标注工程备份保存在：\n{0}",
    "Annotator versions older than this one can no longer open it: whoever opens this project folder "
    "(a colleague on a shared or network drive) needs to update annotator too.":
        "比此版本旧的 annotator 已无法再打开它：凡是打开此标注工程文件夹的人"
        "（例如通过共享盘或网络驱动器使用它的同事）也需要更新 annotator。",
}
