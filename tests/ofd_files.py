"""OFD files (.ofd, GB/T 33190-2016) for the import tests, written as producers write them: a zip of
OFD.xml (DocBody: DocInfo, DocRoot), Doc_0/Document.xml (CommonData with the page area, PublicRes and
the template pages; Pages), Doc_0/PublicRes.xml (fonts, one embedded), and a Content.xml a page
(Doc_0/Pages/Page_N) or template page (Doc_0/Tpls/Tpl_N) whose Layer holds TextObjects in mm.

A text object is written three ways, as real producers do: one TextObject a line (``line_object``:
one TextCode, DeltaX "g N step"), one TextObject a run of characters set alike (``run_objects``: 55.1
in one, 亿元 in the next) and one TextObject a line of several TextCodes (``codes_object``).
``report_ofd`` lays a report out on pages: a title, a byline, paragraphs wrapped at the column's
right edge (their first lines indented), a page number under each page, a running header in a
template page that every page draws.
"""
from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
SIZE = 5.2  # the body's characters, mm (a wide one is this wide)
LEFT, COLUMN = 28.0, 30  # the column's left edge (mm) and its width in wide characters
_ids = count(10)


def width(ch: str, size: float = SIZE) -> float:
    return size if unicodedata.east_asian_width(ch) in "WFA" else size / 2


def _delta(text: str, size: float) -> str:
    """DeltaX as producers write it: a run of equal steps as "g N step"."""
    steps = [width(ch, size) for ch in text[:-1]]
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and steps[j] == steps[i]:
            j += 1
        out.append(f"g {j - i} {steps[i]:g}" if j - i > 1 else f"{steps[i]:g}")
        i = j
    return " ".join(out)


def _code(text: str, size: float, x: float = 0.0) -> str:
    delta = f' DeltaX="{_delta(text, size)}"' if len(text) > 1 else ""
    return f'<ofd:TextCode X="{x:g}" Y="{size:g}"{delta}>{escape(text)}</ofd:TextCode>'


def _object(x: float, baseline: float, w: float, size: float, codes: str, font: int = 3) -> str:
    return (f'<ofd:TextObject ID="{next(_ids)}" Boundary="{x:g} {baseline - size:g} {w:g} {size * 1.2:g}" '
            f'Font="{font}" Size="{size:g}"><ofd:FillColor Value="0 0 0"/>{codes}</ofd:TextObject>')


def line_object(x: float, baseline: float, text: str, size: float = SIZE, font: int = 3) -> str:
    """One TextObject for a whole line (its baseline ``baseline`` mm from the page's top)."""
    return _object(x, baseline, sum(width(ch, size) for ch in text), size, _code(text, size), font)


def run_objects(x: float, baseline: float, runs: list[str], size: float = SIZE) -> str:
    """One TextObject for each run of characters of a line, each at its own place."""
    out = []
    for run in runs:
        out.append(line_object(x, baseline, run, size))
        x += sum(width(ch, size) for ch in run)
    return "".join(out)


def codes_object(x: float, baseline: float, runs: list[str], size: float = SIZE) -> str:
    """One TextObject for a line, a TextCode for each run (X relative to the object's Boundary)."""
    codes, at = [], 0.0
    for run in runs:
        codes.append(_code(run, size, at))
        at += sum(width(ch, size) for ch in run)
    return _object(x, baseline, at, size, "".join(codes))


def content(objects: str, templates: tuple[str, ...] = ("100",), block: str = "") -> str:
    """A page's Content.xml: its template pages, a Layer of ``objects`` (``block`` in a PageBlock of it)."""
    named = "".join(f'<ofd:Template TemplateID="{t}" ZOrder="Background"/>' for t in templates)
    inner = objects + (f'<ofd:PageBlock ID="{next(_ids)}">{block}</ofd:PageBlock>' if block else "")
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{named}'
            f'<ofd:Content><ofd:Layer ID="{next(_ids)}" Type="Body">{inner}</ofd:Layer></ofd:Content></ofd:Page>')


def write_ofd(path: Path, pages: list[str], templates: dict[str, str] | None = None, title: str = "",
              skip: tuple[str, ...] = (), extra: dict[str, bytes] | None = None) -> Path:
    """An .ofd of these pages' Content.xml (and template pages' by ID); ``skip``: parts left out
    (a damaged file), ``extra``: parts added."""
    templates = {"100": template_header()} if templates is None else templates
    tpls = "".join(f'<ofd:TemplatePage ID="{tid}" BaseLoc="Tpls/Tpl_{i}/Content.xml" ZOrder="Background"/>'
                   for i, tid in enumerate(templates))
    listed = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    parts = {
        "OFD.xml": f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f'<ofd:DocID>6f1c5e2a</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
                   '<ofd:CreationDate>2024-01-20</ofd:CreationDate><ofd:Creator>Suwell OFD</ofd:Creator>'
                   '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>999'
                              '</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                              f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpls}</ofd:CommonData>'
                              f'<ofd:Pages>{listed}</ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                               '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/>'
                               '<ofd:Font ID="4" FontName="方正小标宋简体" FamilyName="方正小标宋简体">'
                               '<ofd:FontFile>font_4.ttf</ofd:FontFile></ofd:Font></ofd:Fonts></ofd:Res>',
        "Doc_0/Res/font_4.ttf": b"\x00\x01\x00\x00" + bytes(200),
    }
    parts.update({f"Doc_0/Pages/Page_{i}/Content.xml": page for i, page in enumerate(pages)})
    parts.update({f"Doc_0/Tpls/Tpl_{i}/Content.xml": tpl for i, tpl in enumerate(templates.values())})
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name not in skip:
                z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def template_header(text: str = "某市人民政府工作报告") -> str:
    """A template page's content: a running header, small, right-aligned above the column."""
    w = len(text) * 3.5
    return content(line_object(184 - w, 18, text, 3.5), templates=())


def wrapped(paragraph: str) -> Iterator[tuple[float, str]]:
    """A paragraph's lines as a column of ``COLUMN`` wide characters wraps them (a narrow one half of
    one), each with where it starts: the first indented by two characters."""
    line, room, x = "", COLUMN - 2.0, LEFT + 2 * SIZE
    for ch in paragraph:
        w = width(ch) / SIZE
        if w > room + 1e-9:
            yield x, line
            line, room, x = "", float(COLUMN), LEFT
        line += ch
        room -= w
    if line:
        yield x, line


def report_ofd(path: Path, title: str, byline: str, paragraphs: list[str], per_page: int = 14,
               split: str = "55.1") -> Path:
    """A report laid out on pages of ``per_page`` body lines: the title and byline centred on page 1, the
    paragraphs wrapped, a line holding ``split`` drawn as a TextObject per run (page 1) or a TextObject of
    TextCodes (later pages), the other lines a TextObject each, — N — under each page, the header template."""
    lines = [(x, text) for paragraph in paragraphs for x, text in wrapped(paragraph)]
    pages: list[list[str]] = []
    for start in range(0, len(lines), per_page):
        objects = []
        top = 60.0 if not pages else 40.0
        if not pages:
            objects.append(line_object(105 - len(title) * 7.8 / 2, 36, title, 7.8, font=4))
            objects.append(line_object(105 - sum(width(ch) for ch in byline) / 2, 48, byline))
        for i, (x, text) in enumerate(lines[start:start + per_page]):
            baseline = top + i * SIZE * 1.75
            if split in text:
                before, _s, after = text.partition(split)
                runs = [r for r in (before, split, after) if r]
                objects.append(run_objects(x, baseline, runs) if not pages else codes_object(x, baseline, runs))
            else:
                objects.append(line_object(x, baseline, text))
        number = f"— {len(pages) + 1} —"
        objects.append(line_object(105 - sum(width(ch, 4.2) for ch in number) / 2, 280, number, 4.2))
        pages.append(objects)
    return write_ofd(path, [content("".join(p[:-3]), block="".join(p[-3:])) for p in pages], title=title)


def documents_ofd(path: Path, files: list[Path], skip: tuple[str, ...] = ()) -> Path:
    """One .ofd holding the documents of ``files`` (each written by ``write_ofd``) in order: the n-th's parts
    under Doc_n, OFD.xml listing a DocBody each (its DocInfo as that file's); ``skip``: parts left out."""
    bodies: list[str] = []
    parts: dict[str, bytes] = {}
    for n, file in enumerate(files):
        with zipfile.ZipFile(file) as z:
            for name in z.namelist():
                if name == "OFD.xml":
                    ofd = z.read(name).decode("utf-8")
                    body = ofd[ofd.index("<ofd:DocBody>"):ofd.index("</ofd:DocBody>") + len("</ofd:DocBody>")]
                    bodies.append(body.replace("Doc_0/", f"Doc_{n}/"))
                else:
                    parts[name.replace("Doc_0/", f"Doc_{n}/", 1)] = z.read(name)
    parts["OFD.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" '
                        f'DocType="OFD">{"".join(bodies)}</ofd:OFD>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name not in skip:
                z.writestr(name, data)
    return path
