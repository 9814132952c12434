"""Check the wheel as a new user gets it: built, installed in a fresh virtual environment
outside the checkout, and run from another folder with a fresh home folder.

    python scripts/check_wheel.py [--keep] [--shared DIR]

1. ``pip wheel . --no-deps``; the wheel must hold the resources and the demo article.
2. A virtual environment in a temporary folder (``--system-site-packages``, so the installed
   dependencies are reused, also those of the virtual environment this runs in; only the wheel is
   installed, with ``--no-deps``); annotator and its resources must be imported from there, not
   from the checkout.
3. From another folder: ``annotator new/import/suggest/export/evaluate`` on the shared
   corpus; the exported JSONL and the evaluation must equal the checkout's, line for line.
4. The window, offscreen, first start with a fresh home folder: the name is asked, the demo
   is built in the user's data folder and opened, no traceback; then ``annotator`` as a user
   starts it (it must still be running after a few seconds).
5. Nothing was written into the installed package or the checkout's demo.

Exits non-zero with the reason on the first failure. Used by .ci/run; runnable by hand.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import site
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import SHARED_ENV, shared_dir  # noqa: E402

WHEEL_MUST_HOLD = ["annotator/resources/gazetteer.tsv", "annotator/resources/project_heads.txt",
                   "annotator/resources/project_stoplist.txt", "annotator/resources/district_stopwords.txt",
                   "annotator/resources/jieba_user.txt", "annotator/resources/translations/annotator_zh_CN.qm",
                   "annotator/resources/guide/DISTRICT.md", "annotator/resources/guide/TARGET.zh_CN.md",
                   "annotator/projects/demo/demo.reviewed.jsonl", "annotator/resources/seed_model.zip"]
DEPENDENCIES = ("import PySide6.QtWidgets, sqlite_utils, jieba, openpyxl, docx, lxml.html, pypdf, ahocorasick, "
                "platformdirs, pycrfsuite")

FIRST_START = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from annotator.gui import app as gui
from annotator.paths import demo_project

qapp = gui.create_app()
seen = {"asked": 0, "window": None}

def tick():
    modal = QApplication.activeModalWidget()
    if modal is not None:  # the first-start question for the name (or an error box: see stderr)
        for edit in modal.findChildren(QLineEdit):
            edit.setText("wheel check")
        seen["asked"] += 1
        modal.accept()
        return
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "MainWindow" and w.isVisible() and getattr(w, "store", None) is not None:
            seen["window"] = [str(w.store.folder), w.doc_id, w.ann_model.rowCount(), w.windowTitle()]
            timer.stop()
            QTimer.singleShot(3000, qapp.quit)  # up for a few seconds

timer = QTimer()
timer.timeout.connect(tick)
timer.start(100)
QTimer.singleShot(120000, lambda: qapp.exit(3))
code = gui.run(None)
print(json.dumps({"code": code, "demo": str(demo_project()), **seen}))
"""


class CheckFailed(Exception):
    pass


def run(cmd: list, *, cwd: Path, env: dict, timeout: float = 600, ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    if ok and done.returncode != 0:
        raise CheckFailed(f"{' '.join(map(str, cmd))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    if "Traceback" in done.stderr:
        raise CheckFailed(f"{' '.join(map(str, cmd))} printed a traceback:\n{done.stderr}")
    return done


def user_env(home: Path) -> dict:
    """The environment of a user whose home folder is ``home`` (nothing of the test set-up)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "ANNOTATOR_", "PYTHON", "VIRTUAL_ENV", "PYTEST"))}
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def venv_bin(venv: Path, name: str) -> Path:
    folder = venv / ("Scripts" if os.name == "nt" else "bin")
    return folder / (name + (".exe" if os.name == "nt" else ""))


def reuse_this_environment(python: Path, tmp: Path) -> None:
    """Run from a virtual environment (a pyenv Python's, say), ``--system-site-packages`` gives the new
    one the base Python's packages, not this environment's dependencies: a .pth file adds them after
    its own site-packages (where the wheel goes, so the wheel's annotator is still the one imported)."""
    if sys.prefix == sys.base_prefix:
        return
    inner = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp,
                env=user_env(tmp)).stdout.strip()
    Path(inner, "check-wheel-outer-environment.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                                                encoding="utf-8")


def listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def pipeline(annotator: list, work: Path, env: dict, corpus: list[Path], gold: list[Path]) -> dict:
    """new, import, suggest, export (jsonl, xlsx), evaluate: what a user does with the corpus."""
    work.mkdir(parents=True)
    project = work / "project"
    run([*annotator, "new", project], cwd=work, env=env)
    run([*annotator, "import", project, *corpus], cwd=work, env=env)
    suggested = run([*annotator, "suggest", project], cwd=work, env=env).stdout.strip()
    run([*annotator, "export", project, "-o", work / "out.jsonl", "--status", "suggested"], cwd=work, env=env)
    run([*annotator, "export", project, "-o", work / "out.xlsx"], cwd=work, env=env)
    evaluation = run([*annotator, "evaluate", project, "--gold", *gold, "--status", "suggested", "--json"],
                     cwd=work, env=env).stdout
    lines = (work / "out.jsonl").read_text(encoding="utf-8").splitlines()
    if not lines:
        raise CheckFailed(f"nothing exported from {project}: {suggested}")
    return {"suggest": suggested, "jsonl": lines,
            "evaluate": json.loads(evaluation), "xlsx": (work / "out.xlsx").stat().st_size > 0}


def check(tmp: Path, shared: Path) -> list[str]:
    report = []
    t0 = time.perf_counter()

    def step(text: str) -> None:
        report.append(f"{time.perf_counter() - t0:6.1f} s  {text}")
        print(report[-1], flush=True)

    # 1. the wheel
    dist = tmp / "dist"
    run([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", dist], cwd=tmp, env=dict(os.environ))
    (wheel,) = dist.glob("annotator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in WHEEL_MUST_HOLD if n not in names]
    if missing or not any(n.startswith("annotator/projects/demo/") and n.endswith(".txt") for n in names):
        raise CheckFailed(f"the wheel lacks {missing or 'the demo article'}")
    step(f"built {wheel.name} ({wheel.stat().st_size // 1024} KiB, {len(names)} files)")

    # 2. a fresh virtual environment outside the checkout
    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", "--system-site-packages", venv], cwd=tmp, env=dict(os.environ))
    python = venv_bin(venv, "python")
    reuse_this_environment(python, tmp)
    # --ignore-installed: an annotator of the environment this runs in is not "already satisfied"
    run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed", wheel], cwd=tmp,
        env=user_env(tmp))
    home, work = tmp / "home", tmp / "work"
    home.mkdir()
    work.mkdir()
    env = user_env(home)
    where = run([python, "-c", f"{DEPENDENCIES}\nimport annotator, importlib.resources as r\n"
                 "from annotator.gui.i18n import available_languages\n"
                 "print(annotator.__file__); print(r.files('annotator.resources')); "
                 "print(r.files('annotator.projects')); print(dict(available_languages()).get('zh_CN'))"],
                cwd=work, env=env).stdout.split("\n")
    site = venv.resolve()
    if not all(Path(w).resolve().is_relative_to(site) for w in where[:3]) or where[3] == "None":
        raise CheckFailed(f"annotator is not imported from the wheel, or without its translation: {where}")
    package = Path(where[0]).resolve().parent
    before = listing(package)
    shipped_demo = listing(ROOT / "projects")
    version = run([venv_bin(venv, "annotator"), "--version"], cwd=work, env=env).stdout.strip()
    step(f"installed in {venv} ({version}); imports from {package}")

    # 3. the command line on the corpus, from another folder, against the checkout
    corpus = sorted(shared.glob("corpus/*.txt"))
    gold = sorted(shared.glob("corpus/*.gold.jsonl"))
    if not corpus or not gold:
        raise CheckFailed(f"no corpus in {shared}/corpus (set {SHARED_ENV})")
    from_wheel = pipeline([venv_bin(venv, "annotator")], work / "wheel", env, corpus, gold)
    checkout_home = tmp / "home-checkout"
    checkout_home.mkdir()
    from_checkout = pipeline([sys.executable, "-m", "annotator"], tmp / "checkout",
                             dict(user_env(checkout_home), PYTHONPATH=str(ROOT)), corpus, gold)
    for key in ("suggest", "jsonl", "evaluate", "xlsx"):
        if from_wheel[key] != from_checkout[key]:
            raise CheckFailed(f"{key} differs between the wheel and the checkout:\n"
                              f"wheel:    {str(from_wheel[key])[:2000]}\ncheckout: {str(from_checkout[key])[:2000]}")
    f1 = {label: round(s["overlap"]["f1"], 3) for label, s in from_wheel["evaluate"]["labels"].items()}
    step(f"suggest/export/evaluate as the checkout: {from_wheel['suggest']}; "
         f"{len(from_wheel['jsonl'])} JSONL lines identical; overlap F1 {f1}")

    # 4. the window: first start with a fresh home folder, then as a user starts it
    gui_home = tmp / "home-gui"
    gui_home.mkdir()
    env = user_env(gui_home)
    done = run([python, "-c", FIRST_START], cwd=work, env=env, timeout=300)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    demo = Path(seen["demo"])
    if seen["code"] != 0 or not seen["asked"] or not seen["window"]:
        raise CheckFailed(f"first start: {seen}\n{done.stderr}")
    if Path(seen["window"][0]).resolve() != demo.resolve() or not demo.resolve().is_relative_to(gui_home.resolve()):
        raise CheckFailed(f"first start did not open the demo in the user's data folder: {seen}")
    if seen["window"][2] <= 0:
        raise CheckFailed(f"the demo opened without annotations: {seen}")
    step(f"first start: name asked, demo built in {demo} and opened ({seen['window'][2]} spans), no traceback")
    try:
        started = subprocess.run([str(venv_bin(venv, "annotator"))], cwd=work, env=env, capture_output=True,
                                 text=True, timeout=6)
        raise CheckFailed(f"`annotator` exited {started.returncode} within 6 s:\n{started.stderr}")
    except subprocess.TimeoutExpired as e:
        stderr = (e.stderr or b"").decode() if isinstance(e.stderr, bytes) else (e.stderr or "")
        if "Traceback" in stderr:
            raise CheckFailed(f"`annotator` printed a traceback:\n{stderr}") from None
    step("`annotator` (the window) still running after 6 s, no traceback")

    # 5. nothing written where the program ships
    if listing(package) != before:
        raise CheckFailed(f"files were written into the installed package {package}")
    if listing(ROOT / "projects") != shipped_demo:
        raise CheckFailed("files were written into the checkout's projects/")
    step("nothing written into the installed package or the checkout")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--shared", type=Path, default=None,
                    help=f"shared data folder (default: ${SHARED_ENV} or ../shared)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="annotator-wheel-check-"))
    start = time.perf_counter()
    try:
        check(tmp, args.shared or shared_dir())
    except (CheckFailed, subprocess.TimeoutExpired) as e:
        print(f"check_wheel: FAILED: {e}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"check_wheel: passed in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
