"""The Chinese of the window's preferences: the article's room on a smaller screen
(gui/widgets/article_room.py), the Preferences dialog (gui/dialogs/preferences.py) and a project
dropped with other files (gui/commands.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    # a setting the disk refused (gui/settings_kept.py)
    "The setting could not be saved in {0} (the disk is full or cannot be written): it holds until annotator "
    "closes": "无法将此设置保存到 {0}（磁盘已满或无法写入）：它在 annotator 关闭前有效",
    "{0} hidden to give the article room in this window; {1} shows it again":
        "已隐藏{0}，为正文在此窗口中留出空间；按 {1} 可再次显示",
    "{0} in a window of its own: no room for it beside the article": "{0}显示在单独的窗口中：正文旁没有它的空间",
    # Edit › Preferences…
    "Preferences…": "首选项…",
    "Preferences": "首选项",
    "You": "用户",  # a section heading: "您" alone read as a stray word
    "Interface": "界面",
    "Article": "正文",
    "Reviewing": "审阅",
    "Importing": "导入",
    "The model": "模型",
    "Your &name:": "您的姓名(&N)：",
    "&Language:": "语言(&L)：",
    "&Text size:": "文字大小(&T)：",
    "Saved with every span you make or review (Edit › Annotator name…)":
        "随您标注或审阅的每个标注一并保存（编辑 › 标注者姓名…）",
    "as your team knows you": "团队认识您的名字",
    "The language of the menus and messages (View › Language)": "菜单和消息所用的语言（视图 › 语言）",
    " pt": " 磅",
    "The article's text size (View › Larger text, Smaller text)": "正文的文字大小（视图 › 放大文字、缩小文字）",
    "Show &rejected spans": "显示已拒绝的标注(&R)",
    "Snap a selection to &whole words": "选区对齐到完整词语(&W)",
    "&Go on to the next open suggestion after A / X": "按 A / X 后转到下一条待审建议(&G)",
    "&Suggest on import": "导入时自动建议(&S)",
    "Keep line &breaks as in the file": "保留文件原有的换行(&B)",
    "In the article and the annotation table (View › Show rejected spans)":
        "在正文和标注列表中（视图 › 显示已拒绝的标注）",
    "A selection's ends move to the nearest word boundaries (Edit › Snap selection to words)":
        "选区的两端移到最近的词语边界（编辑 › 选区对齐到词语）",
    "A or X decides a suggestion and selects the next: one key a suggestion (as in the Edit menu)":
        "按 A 或 X 处理一条建议后即选中下一条：一键一条（与编辑菜单中相同）",
    "Run the suggestions on the documents just imported (Project › Suggest on import)":
        "对刚导入的文档运行建议（标注工程 › 导入时自动建议）",
    "Text copied from a PDF is not re-flowed (Project › Keep line breaks as in the file on import)":
        "从 PDF 复制的文字不重新排版（标注工程 › 导入时保留文件原有的换行）",
    "The model's settings belong to each project: everyone who opens it uses them "
    "(Project › Model settings…).": "模型设置属于各个标注工程：打开该工程的每个人都使用它们（标注工程 › 模型设置…）。",
    "Open a project first": "请先打开一个标注工程",
    # a project dropped with other files (gui/commands.py)
    "{0}: a project is opened by dropping it alone on the window (or with Project › Open project…), not "
    "imported with other files":
        "{0}：标注工程要单独拖放到窗口上才会打开（或用 标注工程 › 打开标注工程…），不随其他文件导入",
}
