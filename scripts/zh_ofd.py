"""Chinese of why an OFD file was not imported (gui/summaries_ofd.py; read into translate_ts.ZH)."""
from __future__ import annotations

_REOPEN = "请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入"
_SCAN = "请用 OFD 阅读器把它打印为 PDF，对其做文字识别（OCR，例如 ocrmypdf），或把其中的文字复制到 .txt 文件，再导入"

ZH: dict[str, str] = {
    "is not an OFD document (not a zip archive)": "不是 OFD 文档（不是 zip 压缩包）",
    "is a damaged OFD document: its zip archive is cut off or corrupt; download or save it again and import that":
        "是损坏的 OFD 文档：其 zip 压缩包不完整或已损坏；请重新下载或保存后再导入",
    "is a zip archive but not an OFD document (no OFD.xml in it)": "是 zip 压缩包，但不是 OFD 文档（其中没有 OFD.xml）",
    "is a damaged OFD document: its part {0} cannot be read ({1}); open it in an OFD reader, save it again or "
    "print it as a PDF, and import that": "是损坏的 OFD 文档：无法读取其中的 {0}（{1}）；" + _REOPEN,
    "is a damaged OFD document: its part {0} is missing; open it in an OFD reader, save it again or print it as "
    "a PDF, and import that": "是损坏的 OFD 文档：缺少其中的 {0}；" + _REOPEN,
    "is a damaged OFD document: its OFD.xml names no document (DocBody/DocRoot); open it in an OFD reader, save "
    "it again or print it as a PDF, and import that":
        "是损坏的 OFD 文档：其 OFD.xml 未指明文档（DocBody/DocRoot）；" + _REOPEN,
    "is a damaged OFD document: its page {0} of {1} ({2}) is missing; open it in an OFD reader, save it again or "
    "print it as a PDF, and import that": "是损坏的 OFD 文档：缺少第 {0} 页（共 {1} 页，{2}）；" + _REOPEN,
    "is a damaged OFD document: its page {0} of {1} cannot be read ({2}); open it in an OFD reader, save it again "
    "or print it as a PDF, and import that": "是损坏的 OFD 文档：无法读取第 {0} 页（共 {1} 页）（{2}）；" + _REOPEN,
    "is an OFD document without pages (its document lists none); open it in an OFD reader, save it again or print "
    "it as a PDF, and import that": "是没有页面的 OFD 文档（其文档未列出任何页面）；" + _REOPEN,
    "has no text ({0} page(s) of images: a scan?); print it as a PDF from an OFD reader and run OCR on that (e.g. "
    "ocrmypdf), or copy its text into a .txt file, and import that": "没有文字（{0} 页都是图像：扫描件？）；" + _SCAN,
    "its text comes out garbled (its fonts map characters in a code of their own); print it as a PDF from an OFD "
    "reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt file, and import that":
        "读出的文字是乱码（其嵌入字体使用自定义编码）；" + _SCAN,
    "left out {0} of its {1} documents, which cannot be read; the first, document {2}: {3}":
        "未导入其 {1} 个文档中无法读取的 {0} 个；第一个是第 {2} 个文档：{3}",
    "is an OFD document under another name: rename it to .ofd and import that":
        "是改了扩展名的 OFD 文档：请把扩展名改为 .ofd 后再导入",
}
