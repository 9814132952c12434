"""Reading input files into normalised text: encodings, .docx, line ends, titles."""
from __future__ import annotations

import codecs
import hashlib
import zipfile
from pathlib import Path

from annotator.core.errors import ImportFileError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCX_SUFFIXES
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 256 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# encodings tried for Chinese text without a BOM, in order of preference when equally good
_CANDIDATES = ("utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be")


def normalise(text: str) -> str:
    """The one normalisation applied on import: CRLF and CR become LF, a leading BOM goes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def title_of(text: str, limit: int = 120) -> str:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:limit]
    return ""


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """(text, encoding) of the bytes of a text file; ImportFileError when it is not text."""
    if not data:
        raise ImportFileError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), name), encoding
            except UnicodeDecodeError as e:
                raise ImportFileError(f"{name}: starts with a {encoding} mark but is not valid {encoding} "
                                      f"(byte {e.start})") from e
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16), name), utf16
    if b"\x00" in data:
        raise ImportFileError(f"{name}: looks like a binary file (it holds NUL bytes), not text")
    best = _best_guess(data)
    if best is None:
        raise ImportFileError(f"{name}: cannot tell its encoding (not UTF-8, UTF-16, GB18030 or Big5)")
    text, encoding = best
    return _checked(text, name), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order whose text is mostly Chinese, ASCII and punctuation.

    ASCII leaves NULs in one half of the bytes, but so do common hanzi (一 is U+4E00, 00 4E in
    little-endian), so a real Chinese article has NULs on both sides; the decoded text decides.
    """
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None  # no NULs at all: left to _best_guess, which weighs it against GB18030/Big5
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        ratio = _cjk_ratio(text)
        if ratio > 0.8 and (best is None or ratio > best[0]):
            best = (ratio, encoding)
    return best[1] if best else None


def _cjk_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
               or "\uff00" <= ch <= "\uffef" or " " <= ch <= "~" or ch in "\n\r\t")
    return good / len(text)


def _best_guess(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5: both decode most byte strings, so judge by how common the characters are.

    Statistical detectors (charset-normalizer, chardet) misjudge short Chinese texts; the
    share of characters in the everyday sets (GB2312 for simplified, Big5 level 1 for
    traditional) separates the two reliably even for a few characters.
    """
    decoded = {}
    for encoding in ("gb18030", "big5", "utf-16-le", "utf-16-be"):
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not decoded:
        return None
    preference = ("utf-16-be", "utf-16-le", "big5", "gb18030")  # ties go to the later one
    encoding = max(decoded, key=lambda e: (_common_share(decoded[e], e), preference.index(e)))
    return decoded[encoding], encoding


def _common_share(text: str, encoding: str) -> float:
    hanzi = [ch for ch in text if ord(ch) > 0x2000]
    if not hanzi:
        return 1.0
    common = 0
    for ch in hanzi:
        try:
            if encoding != "big5":
                ch.encode("gb2312")
                common += 1
            elif 0xA4 <= ch.encode("big5")[0] <= 0xC6:
                common += 1
        except UnicodeEncodeError:
            pass
    return common / len(hanzi)


def _checked(text: str, name: str) -> str:
    text = normalise(text)
    if not text.strip():
        raise ImportFileError(f"{name}: holds no text (only white space)")
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\t\f\v")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise ImportFileError(f"{name}: looks like a binary file (control characters), not text")
    return text


def read_docx(path: Path) -> str:
    """Paragraphs of a .docx joined with newlines; refuses non-zips and zip bombs."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(info.file_size for info in z.infolist())
            if total > MAX_DOCX_UNCOMPRESSED:
                raise ImportFileError(f"{path}: unpacks to {total // 2**20} MB; refused as a possible zip bomb")
            if "word/document.xml" not in z.namelist():
                raise ImportFileError(f"{path}: is a zip file but not a Word .docx document")
    except zipfile.BadZipFile as e:
        raise ImportFileError(f"{path}: is not a valid .docx (not a zip archive)") from e
    import docx  # python-docx; imported here so plain-text imports never pay for it

    try:
        document = docx.Document(str(path))
    except Exception as e:  # python-docx raises many kinds for broken parts
        raise ImportFileError(f"{path}: cannot read this .docx ({e.__class__.__name__}: {e})") from e
    text = normalise("\n".join(p.text for p in document.paragraphs))
    if not text.strip():
        raise ImportFileError(f"{path}: the document holds no text")
    return text


def read_file(path: Path) -> tuple[str, str]:
    """(normalised text, encoding) of one input file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    if not path.is_file():
        raise ImportFileError(f"{path}: is not a file")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path}: is {size // 2**20} MB; files over {MAX_FILE_BYTES // 2**20} MB are refused")
    if path.suffix.lower() in DOCX_SUFFIXES:
        return read_docx(path), "docx"
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    return decode(data, str(path))
