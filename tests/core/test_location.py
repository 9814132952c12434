"""Where a project folder lies (core/location.py): read from a mount table handed in, never a real mount."""
from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from annotator.core.location import LOCAL, NETWORK, SYNCED, Location, mount_table, mountinfo_table, where

# /proc/self/mountinfo of a lab computer: its disk, the lab server's share mounted twice over the same
# point (the later one counts), an NFS home, an sshfs mount, a folder whose name has a space
MOUNTINFO = """\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
25 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:35 / /mnt/lab rw,relatime shared:30 - ext4 /dev/sdb1 rw
41 40 0:36 / /mnt/lab rw,relatime shared:31 - cifs //server/lab rw,vers=3.1.1,cache=strict
42 22 0:37 / /home/li/nfs rw,relatime shared:32 - nfs4 server:/export/li rw,vers=4.2
43 22 0:38 / /home/li/remote rw,nosuid shared:33 - fuse.sshfs li@server: rw,user_id=1000
44 22 0:39 / /media/li/My\\040Share rw,relatime shared:34 - smb3 //nas/share rw
45 22 259:3 / /home/li/nfs/local rw,relatime shared:35 - ext4 /dev/nvme0n1p3 rw
46 22 0:40 / /home/li/gluster rw - glusterfs server:/vol rw
47 22 0:41 / /mnt/wslc rw - 9p drvfs rw,aname=drvfs
48 22 0:42 / /run/user/1000/gvfs rw,nosuid - fuse.gvfsd-fuse gvfsd-fuse rw,user_id=1000
"""


def linux(path: str) -> Location:
    return where(PurePosixPath(path), system="linux", mounts=MOUNTINFO)


@pytest.mark.parametrize("path, expected", [
    ("/mnt/lab/reports", Location(NETWORK, "cifs")),  # the share mounted over the local disk's mount point
    ("/mnt/lab", Location(NETWORK, "cifs")),
    ("/home/li/nfs/p", Location(NETWORK, "nfs4")),
    ("/home/li/nfs/local/p", Location()),  # a local disk mounted inside the NFS one
    ("/home/li/remote/p", Location(NETWORK, "fuse.sshfs")),
    ("/media/li/My Share/p", Location(NETWORK, "smb3")),  # the kernel's \040 is a space
    ("/home/li/gluster/p", Location(NETWORK, "glusterfs")),
    ("/mnt/wslc/Users/li/p", Location(NETWORK, "9p")),
    ("/run/user/1000/gvfs/smb-share:server=nas,share=lab/p", Location(NETWORK, "fuse.gvfsd-fuse")),  # Files' smb://
    ("/mnt/laboratory/p", Location()),  # not under /mnt/lab: a name that only starts alike
    ("/home/li/p", Location()),
])
def test_the_mount_holding_a_path_says_whether_it_is_a_network_file_system(path, expected):
    assert linux(path) == expected


def test_mountinfo_lines_give_their_mount_point_and_type():
    table = mountinfo_table(MOUNTINFO)
    assert table[0] == ("/", "ext4") and ("/media/li/My Share", "smb3") in table
    assert mountinfo_table("garbage\n\n1 2 3\n") == []


@pytest.mark.parametrize("path, name", [
    ("/home/li/Dropbox/reports/p", "Dropbox"),
    ("/home/li/Dropbox (Lab)/p", "Dropbox (Lab)"),
    ("/Users/li/Library/CloudStorage/OneDrive-Personal/p", "OneDrive-Personal"),
    ("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/p", "iCloud Drive"),
    ("/Users/li/Nutstore Files/我的坚果云/p", "Nutstore Files"),
    ("/home/li/BaiduSyncdisk/p", "BaiduSyncdisk"),
])
def test_a_folder_inside_a_sync_clients_folder_is_synced(path, name):
    assert linux(path) == Location(SYNCED, name)


@pytest.mark.parametrize("path, name", [
    (r"C:\Users\li\OneDrive - Xiamen University\reports\p", "OneDrive - Xiamen University"),
    (r"C:\Users\li\iCloudDrive\p", "iCloudDrive"),
    (r"G:\My Drive\p", "My Drive"),
    (r"D:\百度网盘同步空间\p", "百度网盘同步空间"),
    (r"C:\Users\li\WPSDrive\12345\WPS云盘\p", "WPSDrive"),
    (r"C:\Users\li\Nutstore\1\我的坚果云\p", "Nutstore"),
])
def test_windows_sync_folders(path, name):
    assert where(PureWindowsPath(path), system="win32", drive_type=lambda root: 3) == Location(SYNCED, name)


def test_windows_network_drives_and_unc_paths():
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return 4 if root == "Z:\\" else 3  # DRIVE_REMOTE, DRIVE_FIXED

    def win(path: str) -> Location:
        return where(PureWindowsPath(path), system="win32", drive_type=drive_type)

    assert win(r"Z:\reports\p") == Location(NETWORK, "SMB") and asked == ["Z:\\"]
    assert win(r"\\server\lab\reports\p") == Location(NETWORK, "SMB")
    assert win(r"\\?\UNC\server\lab\p") == Location(NETWORK, "SMB")
    assert win(r"C:\Users\li\Documents\p") == Location()
    assert win(r"\\?\C:\Users\li\p") == Location()


def test_a_wsl_distributions_files_seen_from_windows_are_a_share_named_wsl():
    # Windows reaches them over 9P, as WSL reaches C: at /mnt/c (a 9p mount, network above): two systems sharing no
    # memory, whose locks do not reach each other; SQLite's write-ahead log would be damaged there. It said "SMB"
    def win(path: str) -> Location:
        return where(PureWindowsPath(path), system="win32", drive_type=lambda root: 3)

    for path in (r"\\wsl$\Ubuntu\home\li\p", r"\\wsl.localhost\Ubuntu-24.04\home\li\p", "//wsl$/Ubuntu/home/li/p",
                 r"\\?\UNC\wsl.localhost\Ubuntu\home\li\p", r"\\WSL$\Debian\srv\p"):
        assert win(path) == Location(NETWORK, "WSL"), path
    assert win(r"\\wslserver\lab\p") == Location(NETWORK, "SMB")


def test_macos_mount_output():
    text = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
            "//li@nas.local/lab on /Volumes/lab (smbfs, nodev, nosuid, mounted by li)\n"
            "server:/export on /Volumes/export (nfs, asynchronous)\n"
            "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n")
    assert mount_table(text)[1] == ("/Volumes/lab", "smbfs")

    def mac(path: str) -> Location:
        return where(PurePosixPath(path), system="darwin", mounts=text)

    assert mac("/Volumes/lab/reports/p") == Location(NETWORK, "smbfs")
    assert mac("/Volumes/export/p") == Location(NETWORK, "nfs")
    assert mac("/Users/li/Documents/p") == Location()


def test_a_network_share_is_told_before_a_sync_folder_on_it():
    assert linux("/mnt/lab/Dropbox/p") == Location(NETWORK, "cifs")


def test_what_cannot_be_told_is_local_and_nothing_raises(tmp_path):
    assert where(PurePosixPath("/home/li/p"), system="linux", mounts="") == Location(LOCAL)
    assert where(PurePosixPath("/home/li/p"), system="sunos5") == Location()

    def broken(root: str) -> int:
        raise OSError("no such call")

    assert where(PureWindowsPath(r"C:\p"), system="win32", drive_type=broken) == Location()
    assert where(tmp_path).kind in (LOCAL, NETWORK, SYNCED)  # this computer's own table: read, no error
