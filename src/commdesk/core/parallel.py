"""Bulk work: items computed ahead in a child process while this process does something else,
and the cyclic garbage collector paused while millions of live objects are made.

A bulk import spends about as long in Python (turning records into rows) as the database spends
writing them; with the rows made in a child process the two overlap on a machine with two cores.
``ahead(make, count)`` yields what ``make(0)`` yields, computed in a child and sent back pickled
through a pipe, one item at a time, at most about one item ahead of the reader (the pipe's buffer).

The child is a new interpreter (``python -m commdesk.core.parallel``), never a fork of this
process: a fork copies every other thread's locks as they are at that moment (the window's task
runner, Qt's own threads, the logging and database pools), and a child that needs one of them
hangs. A new interpreter shares nothing with this process: ``make`` reaches it pickled on its
standard input (so it must be a module-level function or a bound method of a picklable object,
and must not hold a database connection), and it imports what unpickling ``make`` needs. It runs
pure Python on the data it was sent: no database, no Qt.

Where no interpreter can be started (a frozen build: its executable is the app), with
``COMMDESK_NO_CHILD_PROCESS=1``, or when the child fails, the items are computed here: ``make``
is called again from the first item the child did not deliver.
"""

from __future__ import annotations

import gc
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import IO, TypeVar

T = TypeVar("T")
_HEAD = struct.Struct("<Q")
_BUFFER = 1 << 20


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk step: the rows of a 100,000-row file are
    hundreds of thousands of live objects, and collecting between them (nothing of which is
    garbage) cost a third of an import's planning time. Reference counting still frees as usual."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def child_available() -> bool:
    """Whether ``ahead`` can start a child interpreter here."""
    return (
        bool(sys.executable)
        and not getattr(sys, "frozen", False)
        and os.environ.get("COMMDESK_NO_CHILD_PROCESS") != "1"
    )


def _feed(pipe: IO[bytes], data: bytes) -> None:
    """Hand ``make`` to the child (from a thread: the child reads it only once it has started)."""
    try:
        with pipe:
            pipe.write(data)
    except OSError:  # the child is gone; the reader notices and the items are made here
        pass


def _start(make: Callable[[int], Iterator[T]]) -> subprocess.Popen[bytes] | None:
    try:
        data = pickle.dumps(make, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "commdesk.core.parallel"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            bufsize=_BUFFER,
        )
    except OSError:
        return None
    assert child.stdin is not None
    threading.Thread(target=_feed, args=(child.stdin, data), name="parallel-feed", daemon=True).start()
    return child


def ahead(make: Callable[[int], Iterator[T]], count: int) -> Generator[T, None, None]:
    """The ``count`` items of ``make(0)``, computed in a child process where possible.

    ``make(start)`` must yield the items from number ``start`` on, the same every time it is
    called; when the child stops early (or cannot be started), the rest come from
    ``make(received)`` here. Closing the iterator (``close()``, or leaving a ``for`` loop by an
    exception) stops the child."""
    received = 0
    child = _start(make) if child_available() and count > 1 else None
    if child is not None:
        assert child.stdout is not None
        try:
            inp = child.stdout
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
            _stop(child)
    if received < count:
        yield from make(received)


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:  # still running: the reader stopped early
        child.kill()
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def _serve(inp: IO[bytes], out: IO[bytes]) -> int:
    """The child: read ``make``, write each item of ``make(0)`` framed by its length."""
    make = pickle.loads(inp.read())
    for item in make(0):
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_HEAD.pack(len(data)))
        out.write(data)
        out.flush()
    return 0


if __name__ == "__main__":
    try:
        code = _serve(sys.stdin.buffer, sys.stdout.buffer)
    except BaseException:  # noqa: BLE001 - the parent notices the missing items and makes them itself
        code = 1
    sys.exit(code)
