"""Private, atomic file writes.

Everything commdesk writes holds personal data (contacts, minutes, the audit log), so its files are
created readable by their owner only (0600) and its folders 0700, whatever the umask, on Linux and
macOS (Windows keeps its own ACLs: the user's profile folders are private already).

A file is built next to its target and moved over it only when complete, so a failure or a cancel
leaves any earlier file untouched and no partial file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def private_folder(path: str | os.PathLike) -> Path:
    """Make ``path`` (and missing parents) as folders only their owner may enter. An existing
    folder is left as it is (it may be the user's own, e.g. Documents)."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        if _POSIX:
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    return path


def tighten_folder(path: str | os.PathLike) -> None:
    """commdesk's own folder (data, logs, cache) made owner-only if it exists and is ours: one
    an older commdesk made with the umask's 0755 would otherwise show recovery copies to others."""
    path = Path(path)
    if not _POSIX or not path.is_dir():
        return
    st = path.stat()
    if st.st_uid == os.getuid() and st.st_mode & 0o077:
        os.chmod(path, FOLDER_MODE)


def private_file(path: str | os.PathLike) -> Path:
    """Create ``path`` empty and owner-only if it does not exist (an existing file is left alone),
    so that whatever writes it next (SQLite, a log handler) never makes it readable by others."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return path
    os.close(fd)
    if _POSIX:
        os.chmod(path, FILE_MODE)
    return path


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None] | bytes) -> Path:
    """Write ``path`` through ``write(handle)`` (or the given bytes) in one atomic replace; the
    file is owner-only (0600)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)  # 0600 already
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(write, (bytes, bytearray)):
                handle.write(write)
            else:
                write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if _POSIX:
            os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return path


def _sync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a power cut right after it keeps the new file)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder; the file itself is synced
    finally:
        os.close(dir_fd)
