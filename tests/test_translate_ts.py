"""scripts/translate_ts.py: every context keeps each of its strings and gets its Chinese."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _script():
    spec = importlib.util.spec_from_file_location("translate_ts", SCRIPTS / "translate_ts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _helper_module(path: Path, context: str, *texts: str) -> None:
    calls = "".join(f"x{i} = _t({text!r})\n" for i, text in enumerate(texts))
    path.write_text("from PySide6.QtCore import QCoreApplication\n\n\ndef _t(text: str) -> str:\n"
                    f"    return QCoreApplication.translate(\"{context}\", text)\n\n\n{calls}", encoding="utf-8")


# lupdate's output for ``_t("; ")`` in two files whose helpers name two contexts: one message,
# in the nameless context, with a location in each file
LUPDATE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="a.py" line="8"/>
        <location filename="b.py" line="8"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="b.py" line="9"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    return {(c.findtext("name") or "", m.findtext("source") or ""):
            (m.findtext("translation"), [loc.get("filename") or "" for loc in m.findall("location")])
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def test_a_string_marked_in_two_contexts_is_translated_in_both(tmp_path):
    script = _script()
    _helper_module(tmp_path / "a.py", "Summaries", "; ")
    _helper_module(tmp_path / "b.py", "NewPart", "; ", "Cancel")
    ts = tmp_path / "out.ts"
    ts.write_text(LUPDATE_TS, encoding="utf-8")

    assert script.translate(ts) == []

    messages = _messages(ts)
    assert messages[("Summaries", "; ")] == ("；", ["a.py"])
    assert messages[("NewPart", "; ")] == ("；", ["b.py"])
    assert messages[("NewPart", "Cancel")] == ("取消", ["b.py"])
    assert not any(context == "" for context, _text in messages)


def test_a_string_without_chinese_is_listed_and_fails_the_check(tmp_path, capsys):
    script = _script()
    _helper_module(tmp_path / "a.py", "Summaries", "No Chinese for this one yet")
    ts = tmp_path / "out.ts"
    ts.write_text(LUPDATE_TS.replace("; ", "No Chinese for this one yet").replace(
        '<location filename="b.py" line="8"/>', ""), encoding="utf-8")

    assert script.main([str(ts), "--check"]) == 1

    assert "Summaries: 'No Chinese for this one yet'" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_lupdate_then_translate_keeps_a_shared_string_in_each_context(tmp_path):
    """The same, from real lupdate output (the way scripts/update_translations.sh runs it)."""
    _helper_module(tmp_path / "a.py", "Summaries", "; ")
    _helper_module(tmp_path / "b.py", "NewPart", "; ", "Cancel")
    ts = tmp_path / "out.ts"
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-tr-function-alias", "tr+=_t,tr+=_tr",
                    str(tmp_path / "a.py"), str(tmp_path / "b.py"), "-ts", str(ts)],
                   check=True, capture_output=True)

    assert _script().translate(ts) == []

    messages = _messages(ts)
    assert messages[("Summaries", "; ")][0] == "；"
    assert messages[("NewPart", "; ")][0] == "；"


def test_the_shipped_ts_holds_every_helper_string_in_its_own_context():
    """Each ``_t("…")`` of a module with a helper is in the .ts under the context that helper names."""
    import ast

    root = SCRIPTS.parent
    helper = _script()._contexts._HELPER
    wanted = set()
    for source in sorted((root / "annotator" / "gui").rglob("*.py")):
        code = source.read_text(encoding="utf-8")
        match = helper.search(code)
        if match is None:
            continue
        for node in ast.walk(ast.parse(code)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == match.group(1)
                    and len(node.args) == 1 and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                wanted.add((match.group(2), node.args[0].value))
    assert len(wanted) > 100  # the helpers were found
    messages = _messages(root / "resources" / "translations" / "annotator_zh_CN.ts")
    assert sorted(pair for pair in wanted if not (messages.get(pair) or (None,))[0]) == []
