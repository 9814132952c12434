"""A project on a network share or in a cloud-synced folder: each command that opens it says so once on
standard error, what it risks and where to keep it instead (cli_place.py); results stay on standard
output. The detector (core/location.py) is told where the folder lies: no real mount is needed."""
from __future__ import annotations

from pathlib import Path

from annotator.core import location
from annotator.core.location import NETWORK, SYNCED, Location
from tests.cli_run import ARTICLE, run


def lies(monkeypatch, folder: Path, where: Location) -> None:
    monkeypatch.setattr(location, "where", lambda at, **_k: where if Path(at) == folder else Location())


def test_each_command_on_a_network_share_warns_once_on_stderr(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    lies(monkeypatch, folder, Location(NETWORK, "cifs"))
    warning = (f"annotator: warning: {folder} is on a network share (cifs): SQLite's write-ahead log does not "
               "work over a network and file locks there often fail, so two computers writing the project can "
               "damage it; annotator writes it there with a rollback journal, not the write-ahead log (slower). "
               "Keep the project on this computer's disk and hand work over with 'annotator export-package' and "
               "'annotator merge', or let one computer at a time open it\n")
    code, out, err = run(capsys, "new", folder)
    assert code == 0 and out.startswith("created project") and err == warning
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "import", folder, tmp_path / "a.txt")
    assert code == 0 and err.count(warning) == 1 and warning not in out
    code, out, err = run(capsys, "stats", folder)
    assert code == 0 and "documents" in out and err == warning


def test_a_synced_folder_warns_and_a_local_one_says_nothing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "Dropbox" / "p"
    assert run(capsys, "new", folder)[0] == 0
    lies(monkeypatch, folder, Location(SYNCED, "Dropbox"))
    code, out, err = run(capsys, "stats", folder)
    assert code == 0 and "documents" in out
    assert err == (f"annotator: warning: {folder} is in a cloud-synced folder (Dropbox): the sync copies "
                   "project.sqlite and its -wal file at different moments and does not merge edits made on two "
                   "computers, which can leave the project damaged or rolled back. Keep the project on this "
                   "computer's disk outside Dropbox and hand work over with 'annotator export-package' and "
                   "'annotator merge', or close it on one computer and let the sync finish before opening it on "
                   "another\n")
    lies(monkeypatch, folder, Location())
    assert run(capsys, "stats", folder)[2] == ""


def test_a_read_only_project_on_a_share_is_not_warned_of(tmp_path, monkeypatch, capsys):
    from annotator.core.store import read_only

    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    lies(monkeypatch, folder, Location(NETWORK, "nfs"))
    monkeypatch.setattr(read_only, "can_write", lambda path: False)
    code, out, err = run(capsys, "stats", folder)
    assert code == 0 and "network share" not in err
