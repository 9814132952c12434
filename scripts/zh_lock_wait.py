"""The Chinese of what the window says while another program's write keeps its edit waiting
(gui/lock_wait.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Waiting for another program that is writing to {0} (annotator on the command line, or another window); "
    "this edit is saved as soon as it has finished…":
        "正在等待另一个程序写完标注工程 {0}（命令行中的 annotator 或另一个窗口）；它一结束，这次修改就会保存……",
}
