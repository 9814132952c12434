"""Chinese of the import's lines about .doc, .wps, .rtf and .odt files, read through LibreOffice
(gui/summaries_office.py and the folder lines of gui/summaries.py; read into translate_ts.ZH)."""
from __future__ import annotations

_INSTALL = ("请安装 LibreOffice（libreoffice.org）后再导入，或用以下命令一次转换许多文件："
            "soffice --headless --convert-to docx *")
_OPEN = "请用 Word、WPS 或 LibreOffice 打开，另存为 .docx 后再导入"
_READS = ("annotator 读取纯文本（{2}）、Word .docx、PDF、OFD 和网页（.html、.htm、.mht），"
          ".doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，但本机未找到 LibreOffice：")

ZH: dict[str, str] = {
    "is {0}; annotator reads it through LibreOffice, not found on this computer: install LibreOffice "
    "(libreoffice.org) and import again, or convert many files at once with: soffice --headless "
    "--convert-to docx *{1}":
        "是{0}；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice：" + _INSTALL + "{1}",
    "an old Word document": "旧版 Word 文档",
    "a WPS document": "金山 WPS 文档",
    "a LibreOffice document": "开放文档（ODT）文件",
    "a rich-text document": "富文本（RTF）文档",
    "LibreOffice does not read this WPS document (it reads some Kingsoft WPS files, not all); open it in "
    "WPS Office, save it as .docx and import that":
        "LibreOffice 读不了这个 WPS 文档（它只能读取部分金山 WPS 文件）；请用 WPS Office 打开，另存为 .docx 后再导入",
    "LibreOffice could not convert it (damaged, password-protected, or not a document); open it in Word, "
    "WPS or LibreOffice, save it as .docx and import that":
        "LibreOffice 无法转换此文件（已损坏、设有密码或不是文档）；" + _OPEN,
    "LibreOffice did not finish converting it within {0} seconds and was stopped; open it in Word, WPS or "
    "LibreOffice, save it as .docx and import that":
        "LibreOffice 在 {0} 秒内未能转换完此文件，已被停止；" + _OPEN,
    "LibreOffice did not read it as a document (its text came out as random characters: damaged, or not "
    "a {0} file); open it in Word, WPS or LibreOffice, save it as .docx and import that":
        "LibreOffice 未能把它当作文档读取（转换出的文字是乱码：文件已损坏，或不是 {0} 文件）；" + _OPEN,
    "LibreOffice ({0}) could not be started ({1})": "无法启动 LibreOffice（{0}）（{1}）",
    "skipped {0} file(s) of other programs in the folders ({1}): annotator reads plain text ({2}), "
    "Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through LibreOffice, "
    "not found on this computer: install LibreOffice (libreoffice.org) and import again, or convert many "
    "files at once with: soffice --headless --convert-to docx *.doc":
        "跳过文件夹中 {0} 个其他程序的文件（{1}）：" + _READS + _INSTALL + ".doc",
    "no {0} or {1} file in it or its subfolders, only {2} file(s) of other programs ({3}): annotator reads "
    "plain text ({4}), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files "
    "through LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import "
    "again, or convert many files at once with: soffice --headless --convert-to docx *.doc":
        "其中（包括子文件夹）没有 {0} 或 {1} 文件，只有 {2} 个其他程序的文件（{3}）："
        + _READS.replace("{2}", "{4}") + _INSTALL + ".doc",
}
