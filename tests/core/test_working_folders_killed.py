"""A training's and an office import's working folders in the system's temporary folder, and the demo's build
folder in its own, left by a process that was ended before it could remove them, are removed by the next one
(``core/working_folders.py``).

- A training writes each label's layer to ``annotator-crf-…`` (``crf.train``). The window trains in a child process
  and ends it on Cancel (``WorkerProcess``: ``terminate``, SIGTERM, which Python's default lets end the child at
  once): every cancelled training left its folder there for good, as a killed ``annotator train`` did.
- An import of office documents converts them in ``annotator-office-…`` (LibreOffice's profile and the .docx files):
  an import killed left it there for good.
- The demo project is built in a hidden folder inside its own (moved into place in one step): a build killed (the
  window's first start closed by force) left ``.build-…``, a project, there for good.

The kill is injected where the folder holds its work (a child process ends itself there, or is held there until the
window's Cancel ends it), so each test is deterministic; the jobs of the window's child are functions of this module.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from annotator.core.progress import Stopped
from annotator.core.store import Store
from annotator.core.suggest.model import training
from annotator.core.suggest.model.crf import Params
from annotator.core.worker_process import WorkerProcess
from annotator.demo import ensure_demo
from annotator.paths import DB_FILENAME
from tests import office_fake
from tests.core.conftest import build_project
from tests.core.test_model_suggest import spans_of_names, synthetic_texts

ROOT = Path(__file__).resolve().parents[2]
QUICK = Params(max_iterations=5)
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")


@pytest.fixture
def temporary(tmp_path, monkeypatch) -> Path:
    """The system's temporary folder, for this test alone (and the processes it starts), holding a running
    process's working folder (this one's) and one an older annotator left (no id in its name): both stay."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in (f"annotator-crf-{os.getpid()}-abcd_123", "annotator-office-abcd_123"):
        (folder / name).mkdir()
    return folder


def others(temporary: Path) -> list[str]:
    """What the temporary folder holds besides the two folders :func:`temporary` put there."""
    return sorted(p.name for p in temporary.iterdir()
                  if p.name not in (f"annotator-crf-{os.getpid()}-abcd_123", "annotator-office-abcd_123"))


def two_labels(folder: Path) -> Path:
    """A project whose accepted spans are of two labels (so a training writes a layer, then another)."""
    texts = synthetic_texts()
    targets = [(doc, text.find("城市面貌"), text.find("城市面貌") + 8, "TARGET") for doc, text in texts.items()]
    return build_project(folder, texts, spans_of_names(texts) + targets)


def learn_held(docs, params, progress=None, on_layer=None):
    """The window's training (``training.learn`` in its child), held before its second layer, once its first is
    written in the working folder, until the window's Cancel ends the child."""
    def layer(i, n, label):
        on_layer(i, n, label)
        if i == 1:
            threading.Event().wait()
    return training.learn(docs, params, progress, layer)


@LINUX
def test_a_training_cancelled_in_the_window_leaves_no_working_folder_after_the_next(tmp_path, temporary):
    with Store.open(two_labels(tmp_path / "p")) as store:
        docs = training.read_documents(store)
    assert len({a.label for d in docs for _, spans in d.versions for a in spans}) == 2
    worker, cancel = WorkerProcess(), threading.Event()
    try:
        with pytest.raises(Stopped):
            worker.run(learn_held, docs, QUICK, cancelled=cancel.is_set,
                       on_layer=lambda i, n, label: i == 1 and cancel.set())
    finally:
        worker.close()
    left = others(temporary)
    assert [name.startswith("annotator-crf-") for name in left] == [True]  # the cancelled child's, its layer in it
    assert list((temporary / left[0]).iterdir())
    training.learn(docs, QUICK)  # the next training (here: the command line's, or the window's tests')
    assert others(temporary) == []


AFTER_A_LAYER = """
import pycrfsuite
class Trainer(pycrfsuite.Trainer):
    def train(self, *args, **kwargs):
        super().train(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
pycrfsuite.Trainer = Trainer
"""
AFTER_A_CONVERSION = """
from annotator.core.imports import office
real = office.convert
def convert(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
office.convert = convert
"""


def run_killed(kill: str, *args: object) -> subprocess.CompletedProcess[str]:
    """``annotator ARGS`` in a child process, ``kill`` (code that makes it kill itself at some point) run first."""
    child = f"import os, signal, sys\n{kill}\nfrom annotator.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", child, *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=300)


@LINUX
def test_a_killed_train_commands_working_folder_is_removed_by_the_next_training(tmp_path, temporary):
    project = two_labels(tmp_path / "p")
    killed = run_killed(AFTER_A_LAYER, "train", project, "--iterations", "5")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = others(temporary)
    assert [name.startswith("annotator-crf-") for name in left] == [True] and list((temporary / left[0]).iterdir())
    done = run_killed("", "evaluate", project, "--cross-validate", "--iterations", "5")
    assert done.returncode == 0, done.stderr
    assert others(temporary) == []


@LINUX
def test_an_office_import_killed_leaves_no_working_folder_after_the_next(tmp_path, temporary, monkeypatch):
    office_fake.install(tmp_path, monkeypatch)
    project = build_project(tmp_path / "p", {"a.txt": "思明区新增10家规上工业企业。"})
    for name in ("one.doc", "two.doc"):
        (tmp_path / name).write_text(f"{name}：湖里区投资55.1亿元建设松元产业园。", encoding="utf-8")
    killed = run_killed(AFTER_A_CONVERSION, "import", project, tmp_path / "one.doc")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = others(temporary)
    assert [name.startswith("annotator-office-") for name in left] == [True] and list((temporary / left[0]).iterdir())
    done = run_killed("", "import", project, tmp_path / "two.doc")
    assert done.returncode == 0, done.stderr
    assert others(temporary) == []
    with Store.open(project) as store:
        assert sorted(d.name for d in store.documents()) == ["a.txt", "two.doc"]


DEMO_KILLED = """
import os, signal, sys
from pathlib import Path
from annotator import demo
if sys.argv[1] == "building":
    real = demo.import_files
    def import_files(*args, **kwargs):
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    demo.import_files = import_files
else:  # once the database is in place
    real = os.replace
    def replace(source, target, *args, **kwargs):
        real(source, target, *args, **kwargs)
        if Path(target).name == sys.argv[3]:
            os.kill(os.getpid(), signal.SIGKILL)
    os.replace = replace
demo.ensure_demo(Path(sys.argv[2]))
"""


@LINUX
@pytest.mark.parametrize("when", ["building", "in place"])
def test_a_demo_build_killed_leaves_no_working_folder_after_the_next_start(tmp_path, when):
    whole = sorted(p.name for p in ensure_demo(tmp_path / "whole").iterdir())
    folder = tmp_path / "demo"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    killed = subprocess.run([sys.executable, "-c", DEMO_KILLED, when, str(folder), DB_FILENAME], capture_output=True,
                            text=True, env=env, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (folder / DB_FILENAME).exists() == (when == "in place")
    def more() -> list[str]:  # than a demo built whole holds (its database opened again: what opening it leaves)
        return [p.name for p in folder.iterdir() if p.name not in whole and not p.name.startswith(DB_FILENAME)]
    assert more()  # the killed build's folder, beside the demo's files
    ensure_demo(folder)  # the window's next start
    assert more() == []
