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


def test_on_the_servers_disk_a_project_opened_over_a_share_says_why_it_keeps_the_rollback_journal(tmp_path,
                                                                                                   monkeypatch, capsys):
    import sqlite3

    from annotator.core.store.journal import shared_mark

    def on_disk(folder: Path) -> tuple[str, str]:  # the journal mode and the mark, as another program reads them
        conn = sqlite3.connect(folder / "project.sqlite")
        try:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0]), shared_mark(conn)
        finally:
            conn.close()

    folder = tmp_path / "p"
    lies(monkeypatch, folder, Location(NETWORK, "cifs"))
    assert run(capsys, "new", folder)[0] == 0  # made over the share: marked
    lies(monkeypatch, folder, Location())  # the file server, on its own disk
    note = (f"annotator: warning: {folder} has been opened over a network share (cifs), so annotator writes it with a "
            "rollback journal here too, not the write-ahead log (slower): a computer that has it open over the share "
            "would not see this computer's write-ahead log and would damage the project. When no computer opens it "
            f"over a share any more, 'annotator shared {folder} --not' gives it back the write-ahead log\n")
    code, out, err = run(capsys, "stats", folder)
    assert code == 0 and "documents" in out and err == note
    assert on_disk(folder) == ("delete", "cifs")
    code, out, err = run(capsys, "shared", folder, "--not")
    assert (code, err) == (0, "")
    assert out == (f"{folder}: not marked shared any more; written with the write-ahead log (an opening over a network "
                   "share marks it again)\n")
    assert on_disk(folder) == ("wal", "") and run(capsys, "stats", folder)[2] == ""
    code, out, err = run(capsys, "shared", folder)  # marked by hand, before a colleague opens it over a share
    assert (code, err) == (0, "") and on_disk(folder) == ("delete", "annotator shared")
    assert out == (f"{folder}: was marked shared ('annotator shared'); written with a rollback journal on every "
                   f"computer, until 'annotator shared {folder} --not'\n")
    assert "was marked shared ('annotator shared'), so annotator writes it" in run(capsys, "stats", folder)[2]


def test_shared_not_over_a_share_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    from tests.cli_run import assert_user_error

    folder = tmp_path / "p"
    lies(monkeypatch, folder, Location(NETWORK, "nfs"))
    assert run(capsys, "new", folder)[0] == 0
    assert_user_error(run(capsys, "shared", folder, "--not"), str(folder), "network share (nfs)", "nothing was changed")
