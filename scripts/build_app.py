"""Build the desktop program for people without Python (PyInstaller, one folder), and try it.

    python -m pip install -e ".[app]"         # PyInstaller
    python scripts/build_app.py [--out build/app] [--smoke] [--gui-seconds 5]

1. builds the wheel and installs it (no dependencies) into OUT/site, so the program is frozen
   from exactly what the wheel ships;
2. runs PyInstaller on scripts/annotator.spec: OUT/dist/annotator/ holds the program
   (``annotator`` or ``annotator.exe``; on macOS also OUT/dist/annotator.app);
3. with --smoke, runs the frozen program from another folder with a fresh home folder:
   ``--version``, then ``new``/``import``/``suggest``/``export`` on the demo article, a saved web page and a
   PDF, whose
   suggestions must equal the checkout's line for line, and the window for a few seconds
   (offscreen where there is no display). Exits non-zero with the reason on a failure.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "scripts" / "annotator.spec"


def sh(cmd: list, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if done.returncode != 0:
        sys.exit(f"build_app: {' '.join(map(str, cmd[:4]))} … exited {done.returncode}:\n"
                 f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def build(out: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('build_app: PyInstaller is not installed: python -m pip install -e ".[app]"')
    for sub in ("dist", "site", "wheel", "work"):
        shutil.rmtree(out / sub, ignore_errors=True)
    sh([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", out / "wheel"])
    (wheel,) = (out / "wheel").glob("annotator-*.whl")
    sh([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", out / "site", wheel])
    env = dict(os.environ, ANNOTATOR_APP_SITE=str(out / "site"))
    sh([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", out / "dist", "--workpath", out / "work", SPEC], env=env, cwd=out)
    program = out / "dist" / "annotator" / ("annotator.exe" if os.name == "nt" else "annotator")
    if not program.exists():
        sys.exit(f"build_app: PyInstaller made no {program}")
    return program


def user_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "ANNOTATOR_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), USERPROFILE=str(home), LANG="C.UTF-8")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def suggestions(annotator: list, work: Path, env: dict, articles: list[Path]) -> list[str]:
    work.mkdir(parents=True)
    project = work / "project"
    for args in (["new", project], ["import", project, *articles], ["suggest", project],
                 ["export", project, "-o", work / "out.jsonl", "--status", "suggested"]):
        done = sh([*annotator, *args], cwd=work, env=env, timeout=300)
        if "Traceback" in done.stderr:
            sys.exit(f"build_app: {args[0]} printed a traceback:\n{done.stderr}")
    return (work / "out.jsonl").read_text(encoding="utf-8").splitlines()


def smoke(program: Path, gui_seconds: float) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="annotator-app-check-"))
    try:
        home = tmp / "home"
        home.mkdir()
        env = user_env(home)
        version = sh([program, "--version"], cwd=tmp, env=env, timeout=120).stdout.strip()
        print(f"frozen: {version}")
        # the demo article, and a saved web page: its reader (lxml.html) is frozen too
        articles = [*sorted((ROOT / "projects" / "demo").glob("*.txt")), ROOT / "tests" / "data" / "html" /
                    "hechi_2015_utf8.html"]
        articles += sorted((ROOT / "tests" / "data" / "pdf").glob("*_qt_cid.pdf"))  # pypdf frozen too (CID font)
        frozen = suggestions([program], tmp / "frozen", env, articles)
        checkout_home = tmp / "home-checkout"
        checkout_home.mkdir()
        checkout = suggestions([sys.executable, "-m", "annotator"], tmp / "checkout",
                               dict(user_env(checkout_home), PYTHONPATH=str(ROOT)), articles)
        if not frozen or frozen != checkout:
            sys.exit(f"build_app: the frozen program's suggestions differ from the checkout's "
                     f"({len(frozen)} vs {len(checkout)} lines)")
        print(f"frozen: suggest on the demo article, a web page and a PDF: {len(frozen)} suggestions, identical "
              "to the checkout's")
        if gui_seconds > 0:
            try:
                done = subprocess.run([str(program)], cwd=tmp, env=env, capture_output=True, text=True,
                                      timeout=gui_seconds)
                sys.exit(f"build_app: the window exited {done.returncode} within {gui_seconds} s:\n{done.stderr}")
            except subprocess.TimeoutExpired as e:
                err = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
                if "Traceback" in err:
                    sys.exit(f"build_app: the window printed a traceback:\n{err}")
            print(f"frozen: the window still running after {gui_seconds:g} s, no traceback")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "app")
    ap.add_argument("--smoke", action="store_true", help="run the frozen program afterwards")
    ap.add_argument("--gui-seconds", type=float, default=5)
    args = ap.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    program = build(out)
    size = sum(p.stat().st_size for p in program.parent.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {program} ({size / 2**20:.0f} MiB) in {time.perf_counter() - start:.0f} s")
    if args.smoke:
        t = time.perf_counter()
        smoke(program, args.gui_seconds)
        print(f"smoke test passed in {time.perf_counter() - t:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
