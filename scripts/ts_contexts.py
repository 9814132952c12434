"""Put the messages of a .ts written by pyside6-lupdate into the contexts the sources name.

Part of ``translate_ts.py`` (which reads this file by path): strings marked with a module-level
helper (``_t("…")`` calling ``QCoreApplication.translate("Context", text)``) reach lupdate as a
``tr`` alias without a context (:func:`regroup`), and calls with a literal context and text under
another name are misread by lupdate (:func:`add_literal_pairs`).
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_HELPER = re.compile(r"def (_\w+)\(text[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(\"(\w+)\", text\)")


def helper_context(filename: str, ts_dir: Path) -> str | None:
    path = (ts_dir / filename).resolve()
    if not path.exists():
        path = ROOT / filename
    if not path.exists():
        return None
    match = _HELPER.search(path.read_text(encoding="utf-8"))
    return match.group(2) if match else None


def regroup(root: ET.Element, ts_dir: Path) -> None:
    """Move messages from the nameless context to the contexts their files' helpers name.

    lupdate writes one message for a text marked in several files, with a location for each; the
    files may name different contexts (``_t("; ")`` in two modules), so each of those contexts gets
    its own copy of the message, holding the locations in its files. Locations in a file without
    a helper stay in the nameless context.
    """
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    nameless = contexts.get("")
    if nameless is None:
        return
    for message in list(nameless.findall("message")):
        by_context: dict[str, list[ET.Element]] = {}
        for location in message.findall("location"):
            name = helper_context(location.get("filename") or "", ts_dir) or ""
            by_context.setdefault(name, []).append(location)
        if set(by_context) <= {""}:
            continue
        nameless.remove(message)
        for name, locations in by_context.items():
            target = contexts.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                contexts[name] = target
            if any(m.findtext("source") == message.findtext("source") for m in target.findall("message")):
                continue
            target.append(copy_message(message, locations))
    if not nameless.findall("message"):
        root.remove(nameless)


def copy_message(message: ET.Element, locations: list[ET.Element]) -> ET.Element:
    """``message`` with only ``locations`` (in their order) in place of its own."""
    copy = ET.Element(message.tag, message.attrib)
    copy.extend(ET.Element(location.tag, location.attrib) for location in locations)
    copy.extend(deepcopy(child) for child in message if child.tag != "location")
    return copy


_LITERAL_PAIR = re.compile(r"""\b(?:\w*tr|translate)\(\s*(["'])(\w+)\1\s*,\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3\s*\)""")


def literal_pairs(ts_dir: Path) -> dict[tuple[str, str], str]:
    """{(context, text): file} of every translate-like call with two string literals in the GUI."""
    pairs: dict[tuple[str, str], str] = {}
    for source in sorted((ROOT / "annotator" / "gui").rglob("*.py")):
        code = source.read_text(encoding="utf-8")
        for match in _LITERAL_PAIR.finditer(code):
            text = match.group(4).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            pairs.setdefault((match.group(2), text), os.path.relpath(source, ts_dir))
    return pairs


def add_literal_pairs(root: ET.Element, ts_dir: Path) -> None:
    pairs = literal_pairs(ts_dir)
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    names = {context for context, _text in pairs}
    for context in list(contexts.values()):  # lupdate's misreading: source = a context name, comment = text
        for message in context.findall("message"):
            if message.findtext("source") in names and message.find("comment") is not None:
                context.remove(message)
    for (name, text), filename in pairs.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        if any(m.findtext("source") == text for m in context.findall("message")):
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=filename)
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
    for context in list(contexts.values()):
        if not context.findall("message"):
            root.remove(context)
