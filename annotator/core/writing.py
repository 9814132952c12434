"""Writing output files so that a crash never leaves a half-written one behind.

A file is written to ``.<name>.<pid>.<random>.part`` beside its target and renamed into place
when complete. The temporary file is created with the mode a normal file gets (0666 less the
umask, or the mode of the file it replaces), so colleagues on a shared folder can open an
exported workbook. ``.part`` files that a killed run left beside a target are removed the
next time that target is written.

A folder (a project unpacked from a package) is made whole in a hidden ``.<name>.<pid>.<random>.part``
folder beside it and renamed into place in one step (:func:`atomic_folder`); such folders of processes
that are gone are removed the next time a folder is made in the same place.
"""
from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import re
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.errors import SaveError


def process_alive(pid: int) -> bool:
    """Whether a process of that id runs (one of another user counts): a ``.part`` file named
    with its id may still be being written. On Windows it asks the system about the process, never
    ``os.kill(pid, 0)``: there signal 0 is CTRL_C_EVENT, which would press Ctrl+C in that process group."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return windows_process_alive(pid, _kernel32())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


_STILL_ACTIVE = 259  # GetExitCodeProcess's code of a process that has not ended
_ERROR_ACCESS_DENIED = 5  # OpenProcess refused: the process is there, another user's


def windows_process_alive(pid: int, kernel32: Any) -> bool:
    """Whether process ``pid`` runs, asked of Windows' ``kernel32`` (a stand-in in tests): opened for a query,
    it runs while its exit code is STILL_ACTIVE; refused, it is another user's; not found, it is gone."""
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.last_error() == _ERROR_ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: a .part or a folder of a running writer must not be taken away
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


_WINDOWS_CTYPES: Any = ctypes  # WinDLL and get_last_error exist on Windows alone (the types know it)


class _Kernel32:
    """Windows' kernel32 with the error of its last call (ctypes keeps it per thread)."""

    def __init__(self) -> None:
        self._dll = _WINDOWS_CTYPES.WinDLL("kernel32", use_last_error=True)
        self.OpenProcess = self._dll.OpenProcess
        self.GetExitCodeProcess = self._dll.GetExitCodeProcess
        self.CloseHandle = self._dll.CloseHandle

    @staticmethod
    def last_error() -> int:
        return int(_WINDOWS_CTYPES.get_last_error())


def _kernel32() -> _Kernel32:
    return _Kernel32()


def remove_stale_parts(target: Path) -> None:
    """Delete the ``.part`` files of earlier writers of ``target`` that are no longer running."""
    pattern = re.compile(rf"^\.{re.escape(_part_stem(target))}\.(\d+)\.[0-9a-f]+\.part$")
    legacy = re.compile(rf"^\.{re.escape(target.name)}\.[A-Za-z0-9_]{{8}}\.part$")  # mkstemp names
    try:
        entries = list(os.scandir(target.parent or "."))
    except OSError:
        return
    for entry in entries:
        m = pattern.match(entry.name)
        if (m and not process_alive(int(m.group(1)))) or legacy.match(entry.name):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


NAME_MAX = 255  # bytes of one file name on the usual file systems
_PART_ROOM = len(".") + len(".4294967295.ffffffff.part")  # what a temporary name adds to the target's


def _part_stem(target: Path) -> str:
    """The target's name as its temporary files carry it: shortened (with a hash, so two long names
    stay apart) where the whole temporary name would be longer than a file name may be — a target
    whose own name is allowed is never refused for its temporary file's."""
    name = target.name
    if len(os.fsencode(name)) + _PART_ROOM <= NAME_MAX:
        return name
    digest = hashlib.sha1(os.fsencode(name)).hexdigest()[:8]
    keep = os.fsencode(name)[:NAME_MAX - _PART_ROOM - len(digest) - 1].decode("utf-8", "ignore")  # whole characters
    return f"{keep}~{digest}"


def _create_part(target: Path) -> Path:
    """Create an empty temporary file beside ``target`` with the mode a new file would get."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666  # the umask applies, as for any new file
    for _ in range(100):
        tmp = target.with_name(f".{_part_stem(target)}.{os.getpid()}.{os.urandom(4).hex()}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        os.close(fd)
        if mode != 0o666:  # the replaced file's own mode, not reduced by the umask
            os.chmod(tmp, mode)
        return tmp
    raise FileExistsError(f"no free temporary name beside {target}")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces ``target`` only if the block succeeds."""
    target = Path(target)
    if target.is_dir():  # os.replace would say only "Is a directory"
        raise SaveError(f"{target}: is a folder; choose a file name to write; nothing was written")
    if not target.parent.is_dir():  # "No such file or directory": which one?
        raise SaveError(f"{target}: the folder {target.parent} does not exist; nothing was written")
    remove_stale_parts(target)
    try:
        tmp = _create_part(target)
    except OSError as e:
        raise SaveError(f"{target}: cannot write there ({e.strerror or e}); nothing was changed") from e
    try:
        yield tmp
        os.replace(tmp, target)
        sync_folder(target.parent)
    except OSError as e:
        raise SaveError(f"{target}: could not be written ({e.strerror or e}); nothing was changed") from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut, not only a kill: the file's bytes are synced before
    it is renamed, and the folder that records the new name is synced after (POSIX; Windows opens no folder so,
    and a file system that cannot sync a folder, some network shares, is let be: the rename stands as before)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(target: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())


_FOLDER_PART = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.part$")


def remove_stale_folders(parent: Path) -> list[Path]:
    """Delete the hidden ``.part`` folders in ``parent`` of :func:`atomic_folder` runs that are no longer running
    (killed before their rename); returns what was removed."""
    return remove_dead_folders(parent, _FOLDER_PART)


def remove_dead_folders(parent: str | Path, pattern: re.Pattern[str]) -> list[Path]:
    """Delete the folders in ``parent`` whose name ``pattern`` matches with the id of a process that is gone (its
    first group): what a killed run left; returns what was removed. One another user's, in a sticky /tmp, stays."""
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return []
    removed = []
    for entry in entries:
        m = pattern.match(entry.name)
        if m and entry.is_dir(follow_symlinks=False) and not process_alive(int(m.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield a new hidden folder beside ``target`` (absent, or an empty folder, whose parents are made): it takes
    ``target``'s place in one rename if the block succeeds, and is removed if not. A kill (no ``finally``) before
    the rename leaves ``target`` as it was and the hidden folder, which the next call beside it removes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_folders(target.parent)
    for _ in range(100):
        tmp = target.with_name(f".{_part_stem(target)}.{os.getpid()}.{os.urandom(4).hex()}.part")
        try:
            tmp.mkdir()  # the mode a new folder gets (mkdtemp's is 0700: colleagues could not open the project)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"no free temporary name beside {target}")
    try:
        with contextlib.suppress(OSError):  # an empty folder the user made keeps its mode
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
        yield tmp
        try:
            os.rename(tmp, target)  # POSIX: replaces an empty folder
        except OSError:
            if not target.is_dir() or any(target.iterdir()):
                raise
            target.rmdir()  # Windows renames onto no folder
            os.rename(tmp, target)
        sync_folder(target.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
