"""Guard for the PySide6 pin: many calls of Qt methods that return nothing must not crash.

PySide6 6.12.0 dies with "Fatal Python error: none_dealloc" after some ten thousand calls
of void methods (Py_None's reference count runs out). The calls run in a subprocess so a
crash fails this test instead of killing pytest. To try another PySide6 before moving the
pin, point ANNOTATOR_QT_PIN_PYTHON at a Python that has it installed (6.12.0 fails here).
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 100_000

SCRIPT = textwrap.dedent(f"""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import (QColor, QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextCursor,
                               QTextDocument)

    app = QGuiApplication([])
    calls = 0
    doc = QTextDocument("集美区推进软件园三期建设，投资5亿元。" * 40)
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    colour = QColor("#ffcc00")
    n = doc.characterCount() - 1
    for i in range({CALLS // 2}):
        cursor.setPosition(i % n)
        fmt.setBackground(colour)
    calls += {CALLS // 2} * 2

    class Highlighter(QSyntaxHighlighter):
        def highlightBlock(self, text):
            global calls
            for i in range(len(text)):
                self.setFormat(i, 1, fmt)
            calls += len(text)

    highlighter = Highlighter(doc)
    while calls < {CALLS * 2}:
        highlighter.rehighlight()
    print("ok", calls, sys.getrefcount(None) > 0)
""")


def test_many_void_qt_calls_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    python = os.environ.get("ANNOTATOR_QT_PIN_PYTHON") or sys.executable
    result = subprocess.run([python, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, (
        f"Qt subprocess died (exit {result.returncode}); a PySide6 with the none_dealloc bug "
        f"(6.12.0)? pyproject.toml pins pyside6 < 6.12.\n{result.stderr[-2000:]}")
    assert result.stdout.startswith("ok ")
