"""The Chinese of a read-only project (gui/read_only.py, and the core's sentences about it and about
a path the file system cannot take, as gui/core_errors.py shows them; read into ``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Read-only: changes cannot be saved": "只读：无法保存更改",
    "(read-only)": "（只读）",
    "Not stored: the project is read-only, so these figures are shown only until it is closed.":
        "未保存：标注工程是只读的，这些数字只显示到关闭它为止。",
    "The project is read-only: this is shown but cannot be changed. To change it, copy the project folder to a "
    "writable place and open the copy.":
        "标注工程是只读的：此处只供查看，无法更改。如需更改，请把标注工程文件夹复制到可写入的位置，再打开副本。",
    "{0} is on a disk or in a folder that cannot be written, so the window only shows it. "
    "To edit it, copy the project folder to a writable place and open the copy.":
        "{0} 位于无法写入的磁盘或文件夹中，因此窗口只显示其内容。如需编辑，请把标注工程文件夹复制到可写入的位置，"
        "再打开副本。",
    "{0}: the project is read-only (its folder or database file cannot be written), so changes cannot be "
    "saved; copy the project folder to a writable place to edit it — nothing was changed":
        "{0}：标注工程是只读的（其文件夹或数据库文件无法写入），因此无法保存更改；如需编辑，请把标注工程文件夹"
        "复制到可写入的位置——未作任何更改",
    "{0}: the project is read-only and of an older version (schema {1}, this annotator reads {2}); it must be "
    "upgraded before it can be read, which writes: copy the project folder to a writable place and open the "
    "copy — nothing was changed":
        "{0}：标注工程是只读的，且来自旧版本（数据库结构 {1}，本版 annotator 读取 {2}）；需先升级才能读取，"
        "而升级要写入：请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改",
    "{0}: the project is read-only and was not closed cleanly: its write-ahead log {1} holds changes that "
    "cannot be read without its {2} file; copy the project folder to a writable place and open the copy — "
    "nothing was changed":
        "{0}：标注工程是只读的，且上次未正常关闭：其预写日志 {1} 中的更改缺少 {2} 文件便无法读取；"
        "请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改",
    "{0}: a name in this path is {1} bytes long, more than the {2} bytes a file system allows for one file "
    "or folder name; choose a shorter name — nothing was changed":
        "{0}：此路径中有一个名称长 {1} 字节，超过文件系统对单个文件或文件夹名称允许的 {2} 字节；"
        "请改用较短的名称——未作任何更改",
    "Cannot create a project in {0}: a name in it is longer than the file system allows "
    "(255 bytes, about 85 Chinese characters); choose a shorter name.":
        "无法在 {0} 中创建标注工程：其中有一个名称超过文件系统允许的长度（255 字节，约 85 个汉字）；请改用较短的名称。",
    "{0}: the path is too long for the file system ({1} bytes); move the project to a shorter path — "
    "nothing was changed":
        "{0}：路径过长，文件系统无法使用（{1} 字节）；请把标注工程移到较短的路径——未作任何更改",
}
