"""Chinese of the core's reports as the window shows them (gui/summaries.py; read into translate_ts.ZH)."""
from __future__ import annotations

_SAVE_AS = "请另存为 .docx（Word、WPS 和 LibreOffice 均可）或纯文本后再导入"

ZH: dict[str, str] = {
    # importing articles
    "imported {0} document(s)": "已导入 {0} 篇文档",
    "imported {0} document(s): {1}": "已导入 {0} 篇文档：{1}",  # how many of each kind (gui/summaries_kinds.py)
    "{0} text": "纯文本 {0} 篇", "{0} Word": "Word {0} 篇", "{0} web page(s)": "网页 {0} 篇", "{0} PDF": "PDF {0} 篇",
    "{0} OFD": "OFD {0} 篇", "{0} WPS": "WPS {0} 篇", "{0} RTF": "RTF {0} 篇",
    "{0} OpenDocument": "OpenDocument {0} 篇",
    "re-flowed {0} wrapped line(s) and removed {1} page-number or header line(s) in {2} document(s) laid out in "
    "pages (PDF, OFD)":
        "已将 {2} 篇版式文档（PDF、OFD）中 {0} 处折行接回原段落，并删除 {1} 行页码或页眉",
    "re-flowed {0} wrapped line(s) in {1} document(s) laid out in pages (PDF, OFD)":
        "已将 {1} 篇版式文档（PDF、OFD）中 {0} 处折行接回原段落",
    "removed {0} page-number or header line(s) in {1} document(s) laid out in pages (PDF, OFD)":
        "已删除 {1} 篇版式文档（PDF、OFD）中 {0} 行页码或页眉",
    "removed the spaces between the Chinese characters of {0} line(s) in {1} document(s) laid out in pages (PDF, OFD)":
        "已删除 {1} 篇版式文档（PDF、OFD）中 {0} 行汉字之间的空格",
    # Project › Keep line breaks as in the file on import (gui/actions.py, gui/commands.py: --keep-lines)
    "Keep line &breaks as in the file on import": "导入时保留文件原有的换行(&B)",
    "To keep a file's line breaks as they are in the file instead (its accepted spans are kept): check Project › "
    "Keep line breaks as in the file on import, open the document and choose Project › Import the open document "
    "again….":
        "如要保留文件原有的换行并保留已接受的标注：勾选“标注工程 › 导入时保留文件原有的换行”，打开该文档，"
        "再选择“标注工程 › 重新导入打开的文档…”。",
    "warning {0}: {1}": "请检查 {0}：{1}",
    # a document named by its folder as well (core/imports/names.py)
    "named {0} (from {1}): other files of this import are named {2} too":
        "文档命名为 {0}（来自 {1}）：本次导入的其他文件也名为 {2}",
    "named {0} (from {1}): a document of the project is already named {2}":
        "文档命名为 {0}（来自 {1}）：标注工程中已有名为 {2} 的文档",
    "named {0} document(s) by their folders as well (e.g. {1}): other files of this import or documents of the "
    "project have the same file names":
        "{0} 篇文档以所在文件夹加文件名命名（如 {1}）：本次导入的其他文件或标注工程中的文档有相同的文件名",
    "skipped {0}: {1}": "已跳过 {0}：{1}",
    "skipped {0} file(s): {1}": "已跳过 {0} 个文件：{1}",
    "failed {0}: {1}": "未能导入 {0}：{1}",
    "cancelled: the files not yet read were not imported": "已取消：尚未读取的文件没有导入",
    "{0} open suggestion(s) of an earlier model replaced by this model's":
        "{0} 条先前模型的待审建议已由当前模型的建议取代",
    "cancelled: {0} was read to line {1} of {2}; the rest of it and the files after it were not imported "
    "(importing it again adds only what is missing)":
        "已取消：{0} 读到第 {1} 行（共 {2} 行），其余各行和之后的文件没有导入（再次导入只会补上缺少的部分）",
    "cancelled: {0} was read to row {1} of {2}; the rest of it and the files after it were not imported "
    "(importing it again adds only what is missing)":
        "已取消：{0} 读到第 {1} 行（共 {2} 行），其余各行和之后的文件没有导入（再次导入只会补上缺少的部分）",
    "stopped: the project could not be written to, so {0} file(s) after it were not tried; the documents "
    "imported before it are stored, each whole":
        "已停止：无法写入标注工程，其后的 {0} 个文件没有尝试导入；此前导入的文档均已完整保存",
    # why a file was not imported, what to check in it
    "the same text is already in the project": "标注工程中已有相同的文本",
    "no such file or folder": "没有这个文件或文件夹",
    "no {0} or {1} file in it or its subfolders": "其中（包括子文件夹）没有 {0} 或 {1} 文件",
    "is not a file": "不是文件",
    "the file is empty": "文件是空的",
    "holds no text (only white space)": "没有文字（只有空白）",
    "the document holds no text": "文档中没有文字",
    "cannot read ({0})": "无法读取（{0}）",
    "looks like a binary file (it holds NUL bytes), not text": "似乎是二进制文件（含有 NUL 字节），不是文本",
    "looks like a binary file (control characters), not text": "似乎是二进制文件（含有控制字符），不是文本",
    "holds {0} NUL character(s), which no text holds (the first at line {1}, column {2}); remove them in a text "
    "editor and import it again":
        "含有 {0} 个 NUL 字符（第一个在第 {1} 行第 {2} 列），文本中不应有；请在文本编辑器中删除后重新导入",
    "cannot tell its encoding (not UTF-8, UTF-16, GB18030 or Big5)":
        "无法判断其编码（不是 UTF-8、UTF-16、GB18030 或 Big5）",
    "cannot tell its encoding: it is not UTF-8, GB18030 or Big5 text, and it reads as UTF-16 ({0}) only by "
    "chance, it seems: it has no byte-order mark, nor the bytes of UTF-16 line ends, digits or punctuation — if "
    "you know its encoding, choose it when the import offers the readings, or save the file as UTF-8":
        "无法判断其编码：它不是 UTF-8、GB18030 或 Big5 文本；按 UTF-16 能读作（{0}）似乎只是巧合：它没有字节顺序标记，"
        "也没有 UTF-16 换行符、数字或标点的字节——如果您知道它的编码，请在导入随后列出的各种读法中选择，"
        "或将文件另存为 UTF-8",
    "is not valid {0} (byte {1}: {2})": "不是有效的 {0} 编码（字节 {1}：{2}）",
    "is not {0} text (--encoding {1}): it does not decode as {2} (byte {3}: {4}); it reads as {5}: leave out "
    "--encoding":
        "不是 {0} 文本（--encoding {1}）：无法按 {2} 解码（字节 {3}：{4}）；按 {5} 可以读取：请去掉 --encoding",
    "is not {0} text (--encoding {1}): it does not decode as {2} (byte {3}: {4})":
        "不是 {0} 文本（--encoding {1}）：无法按 {2} 解码（字节 {3}：{4}）",
    "starts with a {0} mark but is not valid {1} (byte {2})": "以 {0} 编码标记开头，但不是有效的 {1} 编码（字节 {2}）",
    "does not read as Chinese or Latin text in any encoding tried (UTF-8, GB18030, Big5, UTF-16); the best "
    "guess, {0}, gives {1}% unusual characters — if you know its encoding, choose it when the import offers the "
    "readings, or save the file as UTF-8":
        "按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出中文或拉丁文本；最接近的 {0} 也有 {1}% 的字符不常见"
        "——如果您知道它的编码，请在导入随后列出的各种读法中选择，或将文件另存为 UTF-8",
    "mixes encodings: it reads mostly as {0}, but holds UTF-8 text at byte {1} ({2}); save it in one "
    "encoding and import it again":
        "混用了多种编码：大部分按 {0} 读取，但在字节 {1} 处含有 UTF-8 文本（{2}）；请以同一种编码保存后重新导入",
    "ends in the middle of a character: it reads as {0} but its last {1} byte(s) are half of one, so the file "
    "seems cut off (a download or copy that stopped); copy or save it again whole and import that":
        "在一个字符的中间结束：按 {0} 可以读取，但最后 {1} 个字节只是半个字符，文件似乎不完整（下载或复制中断）；"
        "请重新完整地复制或保存后再导入",
    "is not a valid .docx (not a zip archive)": "不是有效的 .docx（不是 zip 压缩包）",
    "is a damaged .docx: its zip archive is cut off or corrupt; open it in Word or WPS (they can often repair "
    "it), save it again and import that":
        "是损坏的 .docx：其 zip 压缩包不完整或已损坏；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入",
    "is a password-protected Word document, or an old .doc named .docx; open it in Word or WPS, save it as "
    ".docx without a password and import that":
        "是设有密码的 Word 文档，或改名为 .docx 的旧 .doc 文档；请用 Word 或 WPS 打开，另存为不设密码的 .docx 后再导入",
    "no article text found: the page holds no paragraphs of Chinese text (a login page, a list of links?); "
    "open the article's own page, save it and import that, or copy its text into a .txt file":
        "未找到正文：该网页没有中文段落（登录页或链接列表？）；请打开文章本身的网页，保存后再导入，"
        "或将其文字复制到 .txt 文件后导入",
    "is no longer there (moved or deleted after the import started); nothing was read from it":
        "已不在原处（导入开始后被移动或删除）；没有读取其中任何内容",
    "is {0}, not a file of text; nothing was read from it": "是{0}，不是文本文件；没有读取其中任何内容",
    "a folder": "文件夹",
    "a named pipe (FIFO)": "命名管道（FIFO）",
    "a socket": "套接字",
    "a device": "设备",
    "something other than a regular file": "非普通文件",
    "a symbolic link that leads back to itself (a loop)": "指向自身的符号链接（循环）",
    "is a zip file but not a Word .docx document": "是 zip 文件，但不是 Word .docx 文档",
    "unpacks to {0} MB; refused as a possible zip bomb (limits: {1} MB in all, {2} MB of document text)":
        "解压后有 {0} MB，可能是 zip 炸弹，已拒绝导入（上限：全部内容 {1} MB，正文 {2} MB）",
    # a PDF (core/imports/pdf.py)
    "is an SQLite database (an annotator project's project.sqlite?), not a document: open a project with "
    "'annotator gui FOLDER' (Project › Open project… in the window), or bring its coders' annotations in with "
    "'annotator merge PROJECT FOLDER'":
        "是 SQLite 数据库（annotator 标注工程的 project.sqlite？），不是文档：打开标注工程请用 “annotator gui 文件夹”"
        "（或窗口中的“标注工程 › 打开标注工程…”），把其中编码员的标注并入请用 “annotator merge 工程 文件夹”",
    "is a PDF under another name: rename it to .pdf and import that":
        "是改了扩展名的 PDF 文件：请将扩展名改回 .pdf 后再导入",
    "the file is empty (0 bytes)": "文件是空的（0 字节）",
    "is not a PDF (it does not start with %PDF-)": "不是 PDF 文件（开头不是 %PDF-）",
    "is a damaged PDF: it is cut off before its end (a download that stopped?); download or save it again and "
    "import that": "是损坏的 PDF：文件在结尾之前就断了（下载未完成？）；请重新下载或保存后再导入",
    "is a damaged PDF that cannot be read ({0}); open it in a PDF reader, save or print it as a new PDF and "
    "import that": "是无法读取的损坏 PDF（{0}）；请用 PDF 阅读器打开，另存或打印为新的 PDF 后再导入",
    "is protected by a password; open it in a PDF reader with its password, save or print it as a PDF without "
    "one (or copy its text into a .txt file) and import that":
        "设有打开密码；请用 PDF 阅读器输入密码打开，另存或打印为不设密码的 PDF"
        "（或把其中的文字复制到 .txt 文件）后再导入",
    "has no text layer ({0} page(s) of images: a scan?); run OCR on it first (e.g. ocrmypdf, or a PDF reader's "
    "'recognise text'), or copy its text into a .txt file, and import that":
        "没有文字层（{0} 页都是图像：扫描件？）；请先做文字识别（OCR，例如 ocrmypdf 或 PDF 阅读器的“识别文本”），"
        "或把其中的文字复制到 .txt 文件，再导入",
    "is an old Office or WPS document under another name: save it as .docx (Word, WPS and LibreOffice can) or "
    "plain text and import that": "是改了扩展名的旧版 Office 或 WPS 文档：" + _SAVE_AS,
    "is a Word .docx document under another name: rename it to .docx and import that":
        "是改了扩展名的 Word .docx 文档：请将扩展名改回 .docx 后再导入",
    "is a zip archive, not text: unpack it and import its files": "是 zip 压缩包，不是文本：请解压后导入其中的文件",
    "is a workbook: annotations exported by annotator go in with 'annotator import-annotations PROJECT FILE'":
        "是工作簿：annotator 导出的标注请用 “annotator import-annotations 项目 文件” 导入",
    "is a workbook: annotator reads documents from {0} and {1} files":
        "是工作簿：annotator 只从 {0} 和 {1} 文件读取文档",
    "not a web archive: no web page (a text/html part) in it; open the page in a browser, save it again as "
    "\"Webpage, Single File\" (.mht) or \"Web page, complete\" (.html) and import that":
        "不是网页归档：其中没有网页（text/html 部分）；请在浏览器中打开该网页，重新保存为“网页，单个文件”（.mht）"
        "或“网页，全部”（.html）后再导入",
    "is annotations (JSON lines), not a document: they go in with 'annotator import-annotations PROJECT FILE'":
        "是标注（JSON Lines），不是文档：标注请用 “annotator import-annotations 项目 文件” 导入",
    "is {0} MB; files over {1} MB are refused (split it into smaller files)":
        "大小为 {0} MB；超过 {1} MB 的文件不予导入（请拆分为较小的文件）",
    "its encoding was guessed as {0}, but it also reads as {1}; if its text looks wrong, choose the reading "
    "that looks right in the window that follows, and the file is imported again with it":
        "其编码推测为 {0}，但按 {1} 也能读取；如果文字看起来不对，请在随后的窗口中选择读得正确的一种，"
        "文件将按它重新导入",
    "read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another "
    "encoding, choose the reading that looks right in the window that follows, and the file is imported "
    "again with it":
        "按 {0} 读取，但其中 {1}% 的字符在中文或拉丁文本中不常见；如果它是其他编码，"
        "请在随后的窗口中选择读得正确的一种，文件将按它重新导入",
    "read as {0}, but {1}% of its characters are unusual in Chinese or Latin text; if it is in another "
    "encoding, remove the document and import the file again, choosing another reading when the import "
    "offers them; it reads as {2}":
        "按 {0} 读取，但其中 {1}% 的字符在中文或拉丁文本中不常见；如果它是其他编码，请移除该文档并重新导入文件，"
        "在导入列出的读法中选择另一种；按 {2} 可以读取",
    # exporting
    "wrote {0} line(s) to {1}": "已将 {0} 行写入 {1}",
    "note: {0} span(s) are exported once for each annotator who marked them ({1}), so counts and sums take "
    "them more than once; --annotator NAME exports one annotator's":
        "注意：{0} 个标注由多名标注者标在同一处（{1}），每人一份都被导出，计数与求和会重复计算；"
        "只选一名标注者导出即可各计一次",
    "note: {0} open suggestion(s) were left out; review them, or export the status suggested too":
        "注意：{0} 条待审建议没有导出；请先审阅，或勾选“待审建议”一并导出",
    # Label Studio's tasks and doccano's lines ({2}, {1}: the program's name, as it is)
    "note: {0} rejected span(s) and {1} rejected link(s) were left out: {2} has no rejected status, so they would "
    "come back accepted when the file is imported":
        "注意：{0} 个已拒绝的标注和 {1} 条已拒绝的关联没有导出：{2} 没有“已拒绝”状态，导入时它们会变成已接受",
    "note: {0} rejected span(s) were left out: {1} has no rejected status, so they would come back "
    "accepted when the file is imported":
        "注意：{0} 个已拒绝的标注没有导出：{1} 没有“已拒绝”状态，导入时它们会变成已接受",
    "note: {0} rejected link(s) were left out: {1} has no rejected status, so they would come back "
    "accepted when the file is imported":
        "注意：{0} 条已拒绝的关联没有导出：{1} 没有“已拒绝”状态，导入时它们会变成已接受",
    "wrote {0} row(s) to {1}": "已将 {0} 行写入 {1}",
    "wrote {0} fact(s) to {1}": "已将 {0} 条事实写入 {1}",
    "wrote {0} document(s), {1} sentence(s) to {2}": "已将 {0} 篇文档、{1} 个句子写入 {2}",
    "wrote {0} document(s), {1} sentence(s) to {2}; warning: {3} span(s) inside or across a longer one left "
    "out (BIO has one tag a character)":
        "已将 {0} 篇文档、{1} 个句子写入 {2}；注意：{3} 条位于更长标注之内或与之交叉的标注未写入"
        "（BIO 每个字只有一个标签）",
    "wrote {0}: {1} annotation(s) in {2} document(s); {3} fact(s); {4}":
        "已写入 {0}：{2} 篇文档中的 {1} 条标注；{3} 条事实；{4}",
    "{0} district(s)": "{0} 个地区", "{0} project(s)": "{0} 个项目",
    "{0} amount(s) totalling {1}": "{0} 笔金额（合计 {1}）",
    "{0} target(s)": "{0} 个目标", "{0} {1} span(s)": "{0} 条{1}标注",
    # suggesting
    "{0} document(s): {1} new suggestion(s) ({2})": "{0} 篇文档：新增 {1} 条建议（{2}）",
    "{0} document(s): {1} new link suggestion(s) ({2})": "{0} 篇文档：新增 {1} 条关联建议（{2}）",
    "{0} document(s): {1} new link suggestion(s)": "{0} 篇文档：新增 {1} 条关联建议",
    "{0} new link suggestion(s)": "新增 {0} 条关联建议",
    "skipped {0} document(s) already suggested with these settings": "已跳过 {0} 篇已按相同设置生成建议的文档",
    "the strings accepted since were looked for in {0} of them: {1} new suggestion(s)":
        "在其中 {0} 篇中查找了此后接受的词串：新增 {1} 条建议",
    "cancelled: the remaining documents were not looked at": "已取消：其余文档未处理",
    "cancelled: the links of the remaining documents were not suggested": "已取消：其余文档未生成关联建议",
    "cancelled: the strings accepted since were not looked for in {0} of the documents skipped; run again to look "
    "in them": "已取消：跳过的文档中有 {0} 篇未查找此后接受的词串；再次运行即可在其中查找",
    "none": "无", "nobody": "无人", "; ": "；",
    # the agreement of coders
    "agreement needs two coders; the spans ({0}) in {1} are by {2}":
        "计算一致性需要两名编码员；{1} 中（{0}）的标注来自：{2}",
    "no spans ({0}) by {1} in {2}; they are by {3}": "{2} 中没有 {1} 的标注（{0}）；标注来自：{3}",
    "agreement needs two coders; the spans ({0}) in {1} are by {2}; {3}":
        "计算一致性需要两名编码员；{1} 中（{0}）的标注来自：{2}；{3}",
    "{0} open suggestion(s) of the program are not a coder's work: not compared":
        "程序的 {0} 条待审建议不是编码员的工作：未参与比较",
    "not compared: {0} span(s) ({1}) in no coder's layer, with no annotator name (made or imported without one, "
    "as a Label Studio export naming its coder by number alone: import it with --annotator NAME)":
        "未参与比较：{0} 条（{1}）标注不属于任何编码员的标注层，没有标注者姓名（制作或导入时未给出姓名，例如 "
        "Label Studio 导出文件只用编号标明编码员：导入时请填写编码员姓名，即 --annotator NAME）",
}
