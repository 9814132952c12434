"""A stand-in for LibreOffice's ``soffice`` (CI has none): a small Python script put on PATH that logs
each call's arguments and, for each input file, writes STEM.docx with python-docx holding the file's
lines (read as UTF-8), as ``soffice --headless --convert-to docx --outdir DIR files…`` does. A file
whose text starts with FAIL is not converted; HANG makes the call wait (until it is stopped);
GARBAGE is converted to random characters (what LibreOffice makes of a file it takes for plain text)."""
from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

SCRIPT = '''#!{python}
import json, sys, time
from pathlib import Path
args = sys.argv[1:]
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
outdir = Path(args[args.index("--outdir") + 1])
files = [a for a in args[args.index("--outdir") + 2:]]
import docx
for name in files:
    path = Path(name)
    text = path.read_text(encoding="utf-8")
    if text.startswith("FAIL"):
        print("Error: source file could not be loaded")
        continue
    if text.startswith("HANG"):
        while True:
            time.sleep(1)
    if text.startswith("GARBAGE"):
        text = "".join(chr(0xAC00 + (i * 7919) % 11000) for i in range(300))
    document = docx.Document()
    for line in text.split("\\n"):
        document.add_paragraph(line)
    document.save(str(outdir / (path.stem + ".docx")))
    print(f"convert {{path}} -> {{outdir / (path.stem + '.docx')}} using filter : MS Word 2007 XML")
'''


def install(folder: Path, monkeypatch) -> Path:
    """Put a fake ``soffice`` first on PATH (and the real one's setting aside); the log of its calls."""
    bin_dir = folder / "fake-bin"
    bin_dir.mkdir()
    log = folder / "soffice-calls.jsonl"
    name = "soffice.py" if os.name == "nt" else "soffice"
    script = bin_dir / name
    script.write_text(SCRIPT.format(python=sys.executable, log=str(log)), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.delenv("ANNOTATOR_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(bin_dir) + os.pathsep + os.environ.get("PATH", ""))
    return log


def calls(log: Path) -> list[list[str]]:
    """Each call's arguments, in order."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def converted(call: list[str]) -> list[str]:
    """The names of the files one call converted."""
    return [Path(a).name for a in call[call.index("--outdir") + 2:]]
