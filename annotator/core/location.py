"""Where a project folder lies: on this computer's disk, on a network share, or in a cloud-synced folder.

SQLite's write-ahead log needs every program using the database on one computer: its index is shared
memory, a file mapped into each process, which two computers never see alike over a network
(https://www.sqlite.org/wal.html: "WAL does not work over a network filesystem"); and the locks that keep
two writers apart are often broken on network file systems ("How To Corrupt An SQLite Database File" §2.1).
A sync client (Dropbox, OneDrive, iCloud Drive, Google Drive, 坚果云, 百度网盘, WPS 云盘 …) copies
``project.sqlite`` and its ``-wal`` file at different moments and lets two computers edit their own
copies, which can leave a damaged or rolled-back project. :func:`where` tells which, once per opening
(a few hundred microseconds on Linux), and never raises: whatever it cannot tell is taken as local.

The file system holding a path is read from the mount table, not probed: on Linux the type of the
mount holding it in ``/proc/self/mountinfo`` (the longest mount point above it, the last mounted
winning); on macOS the type ``mount`` lists for it; on Windows ``GetDriveTypeW`` of its drive
(``DRIVE_REMOTE``: a mapped network drive) or a UNC path (``\\\\server\\share``). psutil's
``disk_partitions`` was not used: it would add a compiled dependency for one lookup, it has no answer
for a UNC path, on Linux it leaves out network file systems unless asked for every mount, and on
Windows it asks every drive letter (a disconnected network drive or an empty card reader can keep it
waiting) where ``GetDriveTypeW`` asks only the project's.
"""
from __future__ import annotations

import contextlib
import ntpath
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import NamedTuple

LOCAL = "local"
NETWORK = "network"  # a network file system: SQLite's write-ahead log does not work there
SYNCED = "synced"  # inside a folder a sync client copies to other computers

# file system types of network (and host-shared) file systems, as Linux's mount table and macOS's
# ``mount`` name them
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "9p", "afs", "openafs", "coda", "ceph", "glusterfs",
    "lustre", "gpfs", "beegfs", "orangefs", "pvfs2", "davfs", "webdav", "afpfs", "vboxsf", "prl_fs",
    "fuse.sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.cephfs", "fuse.ceph-fuse", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.davfs", "fuse.juicefs", "fuse.vmhgfs-fuse", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.afpfs",
    # GNOME's and KDE's file managers' mounts of a share (smb://, sftp://, dav://), drives of cloud services
    "fuse.gvfsd-fuse", "fuse.kio-fuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
})
# folder names sync clients make (compared casefolded); the name found is what the warning names
SYNC_NAMES = frozenset(name.casefold() for name in (
    "Dropbox", "OneDrive", "iCloud Drive", "iCloudDrive", "com~apple~CloudDocs", "Google Drive", "My Drive",
    "我的云端硬盘", "Nutstore", "Nutstore Files", "坚果云", "我的坚果云", "BaiduNetdisk", "BaiduSyncdisk",
    "百度网盘", "百度网盘同步", "百度网盘同步空间", "百度云同步盘", "WPSDrive", "WPS云盘", "WPS Cloud", "Box Sync",
    "Nextcloud", "ownCloud", "Seafile", "SynologyDrive", "pCloud Drive", "Tresorit", "Yandex.Disk", "MEGA",
))
SYNC_PREFIXES = tuple(prefix.casefold() for prefix in (
    "Dropbox (", "OneDrive - ", "OneDrive-", "GoogleDrive-", "Box-Box"))
# macOS: every folder below these is synced (iCloud Drive's own; the File Provider's, where Dropbox,
# OneDrive and Google Drive now keep theirs)
SYNC_PARENTS = {("library", "mobile documents"): "iCloud Drive", ("library", "cloudstorage"): ""}
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive
MOUNT_TABLE_SECONDS = 30.0  # macOS: the table ``mount`` printed is used again for this long


class Location(NamedTuple):  # made at every opening, the window's first included: no dataclass (test_start)
    """Where a folder lies: :data:`LOCAL`, :data:`NETWORK` (``what``: the file system's type, ``cifs``)
    or :data:`SYNCED` (``what``: the sync folder's name as it is on disk, ``OneDrive - Contoso``)."""

    kind: str = LOCAL
    what: str = ""

    @property
    def local(self) -> bool:
        return self.kind == LOCAL


def where(folder: str | Path, *, system: str | None = None, mounts: str | None = None,
          drive_type: Callable[[str], int] | None = None) -> Location:
    """Where ``folder`` lies. ``system`` (``sys.platform``), ``mounts`` (Linux: the text of
    ``/proc/self/mountinfo``; macOS: what ``mount`` prints) and ``drive_type`` (Windows: ``GetDriveTypeW``
    of a drive's root) are what tests hand in; by default they are read from this computer."""
    try:
        system = system or sys.platform
        windows = system.startswith("win")
        paths = _paths(folder, windows)
        network = _network(paths[-1], system, mounts, drive_type)
        if network:
            return Location(NETWORK, network)
        for path in paths:
            synced = synced_folder(path)
            if synced:
                return Location(SYNCED, synced)
    except Exception:  # noqa: BLE001 - whatever goes wrong here, the project opens as before
        pass
    return Location()


def _paths(folder: str | Path, windows: bool) -> list[PurePath]:
    """The folder as given (made absolute) and, last, with its links followed."""
    if isinstance(folder, PurePath) and not isinstance(folder, Path):
        return [folder]  # a test's path of another system: taken as it is
    given = os.path.abspath(folder)
    try:
        resolved = os.path.realpath(folder)
    except (OSError, ValueError):
        resolved = given
    kind = PureWindowsPath if windows else PurePosixPath
    return [kind(given), kind(resolved)] if given != resolved else [kind(given)]


def _network(path: PurePath, system: str, mounts: str | None, drive_type: Callable[[str], int] | None) -> str:
    """The network file system holding ``path`` ("" when it is not one, or cannot be told)."""
    if system.startswith("win"):
        return _windows_network(str(path), drive_type)
    if system.startswith("linux"):
        return fs_type(str(path), mountinfo_table(mounts if mounts is not None else _read_mountinfo()))
    if system == "darwin":
        return fs_type(str(path), mount_table(mounts if mounts is not None else _run_mount()))
    return ""


def fs_type_is_network(fs: str) -> bool:
    return fs.lower() in NETWORK_TYPES


def fs_type(path: str, table: list[tuple[str, str]]) -> str:
    """The type of the mount holding ``path`` when it is a network file system, else ""."""
    best, found = -1, ""
    for point, fs in table:  # the longest mount point above the path; of equal ones, the last mounted
        if _under(path, point) and len(point) >= best:
            best, found = len(point), fs
    return found if fs_type_is_network(found) else ""


def _under(path: str, point: str) -> bool:
    return point == "/" or path == point or path.startswith(point.rstrip("/") + "/")


def mountinfo_table(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of ``/proc/self/mountinfo``, in order."""
    table = []
    for line in text.splitlines():
        fields = line.split(" ")
        if " - " not in line or len(fields) < 5:
            continue
        after = line.split(" - ", 1)[1].split(" ")
        table.append((_unescape(fields[4]), after[0]))
    return table


def _unescape(field: str) -> str:
    """A mount point as the kernel writes it: space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_table(text: str) -> list[tuple[str, str]]:
    """(mount point, type) of each line macOS's ``mount`` prints:
    ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)``."""
    table = []
    for line in text.splitlines():
        head, _, options = line.rpartition(" (")
        _source, on, point = head.partition(" on ")
        if on and options:
            table.append((point, options.split(",")[0].strip()))
    return table


def _read_mountinfo() -> str:
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as f:
            return f.read()
    except OSError:
        return ""


_mac_table: tuple[float, str] | None = None


def _run_mount() -> str:
    """What ``/sbin/mount`` prints (it asks the kernel without waiting on a network server), kept a while:
    the window opens a project several times over."""
    global _mac_table
    if _mac_table is not None and time.monotonic() - _mac_table[0] < MOUNT_TABLE_SECONDS:
        return _mac_table[1]
    text = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        text = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False).stdout
    _mac_table = time.monotonic(), text
    return text


def _windows_network(path: str, drive_type: Callable[[str], int] | None) -> str:
    """"SMB" for a UNC path or a mapped network drive, "WSL" for a WSL distribution's files ("" otherwise)."""
    drive, _rest = ntpath.splitdrive(path)
    if drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\")):
        return _unc_kind(drive[2:])
    if path.upper().startswith("\\\\?\\UNC\\"):
        return _unc_kind(path[8:])
    if not drive:
        return ""
    if drive_type is None:
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return "SMB" if drive_type(drive.rstrip("\\/") + "\\") == DRIVE_REMOTE else ""


def _unc_kind(server_on: str) -> str:
    """``\\\\wsl$\\Ubuntu`` and ``\\\\wsl.localhost\\Ubuntu``: a WSL distribution's own files, which Windows reaches
    over the 9P protocol, as WSL reaches ``C:`` at ``/mnt/c`` (a ``9p`` mount): two systems that share no memory and
    whose file locks do not reach each other, like two computers: a share, named "WSL" in what is said."""
    server = server_on.replace("/", "\\").split("\\", 1)[0].casefold()
    return "WSL" if server in ("wsl$", "wsl.localhost") else "SMB"


def synced_folder(path: PurePath) -> str:
    """The name of the sync client's folder holding ``path`` ("" when none does)."""
    parts = path.parts
    folded = [part.casefold() for part in parts]
    for i, name in enumerate(folded):
        if name in SYNC_NAMES or name.startswith(SYNC_PREFIXES):
            return parts[i]
        pair = tuple(folded[i:i + 2])
        if pair in SYNC_PARENTS and len(parts) > i + 2:
            return SYNC_PARENTS[pair] or parts[i + 2]  # (Library/CloudStorage/OneDrive-Personal)
    return ""
