"""Which part of a damaged .docx python-docx could not read: a part the document refers to missing from
the zip (a numbering.xml, footnotes.xml or styles.xml left out by a tool that rewrote the file), or one whose
XML is cut off or broken. python-docx says only "There is no item named …" or lxml's "StartTag: invalid
element name, line 2" of some part; the import names the part, and says what Word and WPS can do (they
repair such a file when they open it)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from annotator.core.errors import said

REPAIR = "open it in Word or WPS (they can often repair it), save it again and import that"
_MISSING = re.compile(r"There is no item named '([^']+)' in the archive")


def damaged_part(path: Path, error: BaseException) -> str | None:
    """What is damaged ("its part word/numbering.xml is missing"), or None when no part is to blame."""
    missing = _MISSING.search(str(error)) if isinstance(error, KeyError) else None
    if missing:
        return f"its part {missing.group(1)} is missing"
    from lxml import etree

    if not isinstance(error, etree.XMLSyntaxError):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(z.read(info), parser)
                except etree.XMLSyntaxError as e:
                    return f"its part {info.filename} cannot be read ({said(e)})"
    return None
