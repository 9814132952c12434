"""The README's example of a coding team, on the shared reports: the gold as coder "gold", the
suggestions accepted as they are as coder "suggester" (a project of its own, merged in).

    python scripts/team_reports_example.py [FOLDER]

Runs the commands it prints (the same a team types) in a temporary folder, or in FOLDER (kept),
and shows ``annotator evaluate`` of the suggestions beside ``annotator agreement``: their exact
F1 per label are the same comparison seen from two sides (tests/core/test_team_reports.py).
The reports are ../shared/reports or $ANNOTATOR_SHARED/reports.
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

from annotator.cli import main as annotator

ROOT = Path(__file__).resolve().parents[1]
REPORTS = Path(os.environ.get("ANNOTATOR_SHARED") or ROOT.parent / "shared") / "reports"


def run(*args: str | Path | list[Path], show: bool = True) -> str:
    """Run one annotator command, print it (and its output when ``show``), return its output. A list
    of files is printed as the shell pattern that names them (../shared/reports/*.txt)."""
    words: list[str] = []
    shown: list[str] = []
    for a in args:
        if isinstance(a, list):
            words += [str(p) for p in a]
            shown.append(f"../shared/reports/*{''.join(a[0].suffixes)}")
        else:
            words.append(str(a))
            shown.append(str(a))
    print("$ annotator " + " ".join(shown))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = annotator(words)
    if code:
        raise SystemExit(f"annotator {words[0]} failed ({code})")
    if show:
        print(out.getvalue().rstrip())
    return out.getvalue()


def example(folder: Path) -> None:
    texts = sorted(REPORTS.glob("*.txt"))
    gold = sorted(REPORTS.glob("*.gold.jsonl"))
    if not texts or not gold:
        raise SystemExit(f"no reports with gold in {REPORTS} (set ANNOTATOR_SHARED)")
    os.chdir(folder)
    print("# coder 'suggester': the suggestions, accepted as they are, in a project of its own")
    run("new", "suggested", show=False)
    run("import", "suggested", texts, show=False)
    run("suggest", "suggested", "--no-links", show=False)
    run("evaluate", "suggested", "--gold", gold, "--status", "suggested")
    run("export", "suggested", "-o", "suggestions.jsonl", "--status", "suggested", show=False)
    run("new", "suggester", show=False)
    run("import", "suggester", texts, show=False)
    run("import-annotations", "suggester", "suggestions.jsonl", "--annotator", "suggester", show=False)
    run("review", "suggester", "--accept", "--annotator", "suggester", show=False)  # the lines are suggestions
    print("\n# the team's project: the gold as coder 'gold', the coder's project merged in")
    run("new", "team", show=False)
    run("import", "team", texts, show=False)
    run("import-annotations", "team", gold, "--annotator", "gold", show=False)
    run("merge", "team", "suggester")
    run("agreement", "team")


def main(argv: list[str]) -> int:
    if argv:
        folder = Path(argv[0]).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        example(folder)
        return 0
    with tempfile.TemporaryDirectory(prefix="annotator-team-") as tmp:
        here = Path.cwd()
        try:
            example(Path(tmp))
        finally:
            os.chdir(here)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
