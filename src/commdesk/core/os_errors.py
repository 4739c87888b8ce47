"""Why the operating system refused a file or a connection, in words of the interface's language.

An ``OSError``'s own text (``strerror``: "No such file or directory") is the system's, in English
whatever language commdesk speaks; put inside a Chinese sentence it reads
"无法从 /nonexist 读取答复：No such file or directory". ``os_problem`` says the common cases in the
interface's language with what to do about them; any other keeps the system's words. Use it
wherever a message names why a file could not be read or written, or a server reached.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable

from commdesk.core.i18n import translate

_BY_ERRNO: dict[int, Callable[[], str]] = {
    errno.ENOENT: lambda: translate(
        "Files", "there is no such file or folder; check the name and the folder"
    ),
    errno.EACCES: lambda: translate("Files", "permission denied; check who may open it"),
    errno.EPERM: lambda: translate("Files", "permission denied; check who may open it"),
    errno.EISDIR: lambda: translate("Files", "it is a folder, not a file; give a file in it"),
    errno.ENOTDIR: lambda: translate("Files", "a part of the path is a file, not a folder; check the path"),
    errno.ENOSPC: lambda: translate("Files", "the disk is full; make room on it"),
    errno.EROFS: lambda: translate("Files", "the disk is read-only; choose another place"),
    errno.ENAMETOOLONG: lambda: translate("Files", "the name is too long; choose a shorter one"),
    errno.ECONNREFUSED: lambda: translate(
        "Files", "the connection was refused; check the server's name and port"
    ),
    errno.ETIMEDOUT: lambda: translate("Files", "no answer in time; check the network"),
    errno.EHOSTUNREACH: lambda: translate("Files", "the server cannot be reached; check the network"),
    errno.ENETUNREACH: lambda: translate("Files", "the network cannot be reached; check the connection"),
}


def os_problem(exc: BaseException) -> str:
    """What went wrong, for ``{reason}`` in a sentence: the common cases in words (not found,
    permission denied, a folder given for a file, disk full, refused connections ...), text that
    is not UTF-8, an unknown server name; else the system's own words."""
    if isinstance(exc, UnicodeDecodeError):
        return translate("Files", "it is not UTF-8 text; save it as UTF-8")
    if isinstance(exc, socket.gaierror):
        return translate("Files", "the server's name is not known; check its spelling and the network")
    if isinstance(exc, TimeoutError):
        return _BY_ERRNO[errno.ETIMEDOUT]()
    if isinstance(exc, OSError):
        words = _BY_ERRNO.get(exc.errno) if exc.errno is not None else None
        if words is not None:
            return words()
        return exc.strerror or str(exc) or type(exc).__name__
    return str(exc) or type(exc).__name__


__all__ = ["os_problem"]
