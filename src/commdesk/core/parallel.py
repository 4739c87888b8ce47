"""Work computed ahead in a forked child process, while this process does something else.

A bulk import spends about as long in Python (turning records into rows) as SQLite spends
writing them; with the rows made in a child process the two overlap on a machine with two
cores. ``ahead(make)`` yields what ``make()`` yields, computed in a child that was forked from
this process (so it sees the same data without copying it) and sent back pickled through a
pipe, one item at a time, at most one item ahead of the reader (the pipe's buffer).

Only where ``fork`` is safe for this: Linux. The child runs pure Python on data it already has:
no database, no Qt, no logging, no imports; it leaves with ``os._exit`` so nothing of this
process (a database connection, buffered output) is closed or flushed twice. Anywhere else,
or when the child fails, the items are computed here: ``ahead`` returns how many items came
from the child so the caller can go on from there (``fallback``).
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
_HEAD = struct.Struct("<Q")


def fork_available() -> bool:
    return (
        sys.platform.startswith("linux") and hasattr(os, "fork") and os.environ.get("COMMDESK_NO_FORK") != "1"
    )


def _child(make: Callable[[], Iterator], fd: int) -> None:
    code = 1
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for item in make():
                data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
                out.write(_HEAD.pack(len(data)))
                out.write(data)
                out.flush()
        code = 0
    except BaseException:  # noqa: BLE001 - the worker reports any failure through its exit code
        pass
    finally:
        os._exit(code)


def ahead(make: Callable[[int], Iterator[T]], count: int) -> Iterator[T]:
    """The ``count`` items of ``make(0)``, computed in a forked child where possible.

    ``make(start)`` must yield the items from number ``start`` on, the same every time it is
    called; when the child stops early (or cannot be forked), the rest come from
    ``make(received)`` here. Closing the iterator (``close()``, or leaving a ``for`` loop by an
    exception) stops the child."""
    received = 0
    if fork_available() and count > 1:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            pid = -1
        if pid == 0:
            os.close(read)
            _child(lambda: make(0), write)
        if pid > 0:
            os.close(write)
            try:
                with os.fdopen(read, "rb", buffering=1 << 20) as inp:
                    while received < count:
                        head = inp.read(_HEAD.size)
                        if len(head) < _HEAD.size:
                            break
                        (size,) = _HEAD.unpack(head)
                        data = inp.read(size)
                        if len(data) < size:
                            break
                        yield pickle.loads(data)
                        received += 1
            finally:
                _reap(pid)
    if received < count:
        yield from make(received)


def _reap(pid: int) -> None:
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):  # still running: the reader stopped early
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass
