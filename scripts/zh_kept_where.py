"""The Chinese of the notice of a project kept on a network share or in a cloud-synced folder
(gui/kept_where.py; read into ``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Project on a network share": "标注工程位于网络共享上",
    "Project in a synced folder": "标注工程位于云同步文件夹中",
    "{0} is on a network share ({1}).": "{0} 位于网络共享上（{1}）。",
    "{0} is in a cloud-synced folder ({1}).": "{0} 位于云同步文件夹中（{1}）。",
    "SQLite's write-ahead log does not work over a network, and file locks on a share often fail: "
    "two computers writing this project can damage it.":
        "SQLite 的预写日志（WAL）无法在网络上使用，共享盘上的文件锁也常常失效："
        "两台电脑同时写入此标注工程可能将其损坏。",
    "annotator writes it there with a rollback journal instead (saving is slower).":
        "因此 annotator 在那里改用回滚日志写入它（保存会慢一些）。",
    "Another program has it open, so it is still written with the write-ahead log, which is "
    "damaged when that program runs on another computer.":
        "另一个程序正打开着它，所以这次仍以预写日志写入；若那个程序运行在另一台电脑上，标注工程会被损坏。",
    "Keep the project on this computer's disk and hand work over with Project › Coding team › "
    "Hand out a package… and Merge coders' work…, or let one computer at a time open it.":
        "请把标注工程放在本机磁盘上，用“标注工程 › 团队协作 › 分发标注包…”和“合并编码员的成果…”交接工作，"
        "或每次只让一台电脑打开它。",
    "The sync copies project.sqlite and its -wal file at different moments and does not merge edits "
    "made on two computers: the project can be left damaged or rolled back.":
        "同步程序会在不同时刻分别复制 project.sqlite 及其 -wal 文件，也不会合并两台电脑上各自做的修改："
        "标注工程可能因此损坏或退回到较早的状态。",
    "Keep the project on this computer's disk, outside {0}, and hand work over with Project › Coding team "
    "› Hand out a package… and Merge coders' work…, or close it on one computer and let the sync finish "
    "before opening it on another.":
        "请把标注工程放在本机磁盘上 {0} 以外的位置，用“标注工程 › 团队协作 › 分发标注包…”和“合并编码员的成果…”"
        "交接工作；或在一台电脑上关闭它、等同步完成后，再在另一台电脑上打开。",
    # a project on this computer's disk opened over a network share before (core/store/journal.py)
    "Project opened over a network share": "标注工程曾通过网络共享打开",
    "{0} was marked shared (annotator shared).": "{0} 已被标记为共享（annotator shared）。",
    "{0} has been opened over a network share ({1}), from another computer say.":
        "{0} 曾通过网络共享（{1}）打开过，例如从另一台电脑上。",
    "So annotator writes it with a rollback journal on this computer too, not the write-ahead log "
    "(saving is slower): a computer that has it open over the share would not see this computer's "
    "write-ahead log and would damage the project.":
        "因此 annotator 在本机也以回滚日志而非预写日志写入它（保存会慢一些）：通过共享打开着它的电脑"
        "看不到本机的预写日志，会将标注工程损坏。",
    "So annotator writes it with a rollback journal from the next opening with no other program in it "
    "(one has it open with the write-ahead log now): a computer that has it open over the share would "
    "not see this computer's write-ahead log and would damage the project.":
        "因此 annotator 将从下一次没有其他程序打开它时起以回滚日志写入它（现在有一个程序正以预写日志打开着它）："
        "通过共享打开着它的电脑看不到本机的预写日志，会将标注工程损坏。",
    "When no computer opens it over a share any more, the command annotator shared {0} --not gives it back "
    "the write-ahead log.":
        "当不再有电脑通过共享打开它时，命令 annotator shared {0} --not 可让它重新使用预写日志。",
    # a read-only project on a share whose rollback journal holds a write cut short (core/store/read_only.py)
    "{0}: the project is read-only and was not closed cleanly: its rollback journal {1} holds a change cut "
    "short, which must be undone in the database before it can be read, and that writes; copy the project "
    "folder to a writable place and open the copy — nothing was changed":
        "{0}：标注工程是只读的，且上次未正常关闭：其回滚日志 {1} 中有一次中断的写入，须先在数据库中撤销才能读取，"
        "而撤销要写入：请把标注工程文件夹复制到可写入的位置，再打开副本——未作任何更改",
}
