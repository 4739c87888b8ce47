"""Bulk work: items computed ahead in a child process while this process does something else,
and the cyclic garbage collector paused while millions of live objects are made.

A bulk import spends about as long in Python (turning records into rows) as the database spends
writing them; with the rows made in a child process the two overlap on a machine with two cores.
``ahead(fn, context, items)`` yields ``fn(context, item)`` for each item, in order.

The child is a new interpreter (``python -m commdesk.core.parallel``), never a fork of this
process: a fork copies every other thread's locks as they are at that moment (the window's task
runner, Qt's own threads, the logging and database pools), and a child that needs one of them
hangs. A new interpreter shares nothing with this process, so what it works on is sent to it
pickled: ``fn`` and ``context`` once, then the items one by one as it is ready for them (a thread
here writes them into its standard input); the results come back the same way, each tagged with
its item's number. ``fn`` must be a module-level function; it runs pure Python on what it was
sent (no database, no Qt).

Nothing waits for the child: a new interpreter takes a second or so to start, so this process
makes the first items itself, and from then on makes each item that the child has not been sent
yet (the child takes over as soon as it is ahead). Neither waits for the other: while this
process waits for a result of the child's, it makes the next item the child has not been sent and
keeps it until its turn (when the child is the slower one, the work is shared). The child is
never sent more than ``LEAD`` items beyond the one needed (its results wait here), and a thread
here reads its results as they come, so a large result never holds it up. An item is read from
``items`` only by whoever makes it: an item may name data in a file the child inherited
(``pass_fds``) instead of carrying it through the pipe. Where no interpreter can be started (a frozen build:
its executable is the app), with ``COMMDESK_NO_CHILD_PROCESS=1``, or when the child fails, the
items are made here.
"""

from __future__ import annotations

import gc
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, Generic, TypeVar

C = TypeVar("C")
X = TypeVar("X")
T = TypeVar("T")
#: a frame: its length and the number of the item it belongs to, then the pickle
_HEAD = struct.Struct("<QQ")
_READ = 1 << 20


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
        os.name == "posix"
        and bool(sys.executable)
        and not getattr(sys, "frozen", False)
        and os.environ.get("COMMDESK_NO_CHILD_PROCESS") != "1"
    )


def _frame(number: int, value: object) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEAD.pack(len(data), number) + data


#: items the child may be sent beyond the one this process needs next (its results wait here, so
#: this bounds the memory they take)
LEAD = 4


class _Child(Generic[X]):
    """The child process, the thread that feeds it items, the thread that reads its results as
    they arrive (so a large result never holds the child up), and those results."""

    def __init__(
        self, fn: Callable[[Any, X], Any], context: object, items: Sequence[X], pass_fds: Sequence[int] = ()
    ):
        self.items = items
        self.wanted = 0  # the item this process needs next: the feeder skips what comes before
        self.sent = 0  # items 0 .. sent - 1 are with the child (or were skipped)
        self.making = -1  # the last item this process makes itself: the feeder skips it too
        self.sending = -1  # the item the feeder is writing to the child
        self.fed = False  # the feeder has finished (every item sent, or the child is gone)
        self.progress = threading.Condition()  # notified when ``sent``, ``fed`` or ``wanted`` change
        self.buffer = bytearray()
        self.done = False  # no more results will come (the child ended or failed)
        self.arrived = threading.Condition()  # guards ``buffer`` and ``done``; notified as they change
        head = _frame(0, (fn, context))  # in this thread: fails here when they cannot be pickled
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "commdesk.core.parallel"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            bufsize=0,
            pass_fds=tuple(pass_fds),
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.out = self.process.stdout.fileno()
        self.feeder = threading.Thread(
            target=self._feed, args=(self.process.stdin, head), name="parallel-feed", daemon=True
        )
        self.reader = threading.Thread(target=self._read_all, name="parallel-read", daemon=True)
        self.feeder.start()
        self.reader.start()

    def _feed(self, pipe: IO[bytes], head: bytes) -> None:
        try:
            with pipe:
                pipe.write(head)
                n = 0

                def near() -> bool:  # never more than LEAD items ahead of what is needed
                    return max(n, self.wanted, self.making + 1) <= self.wanted + LEAD

                while True:
                    with self.progress:
                        self.progress.wait_for(near)
                        n = max(n, self.wanted, self.making + 1)
                        self.sending = n  # under the lock: ``claim`` passes it by
                    if n >= len(self.items):
                        break
                    pipe.write(_frame(n, self.items[n]))  # waits while the child is busy
                    n += 1
                    with self.progress:
                        self.sent = n
                        self.progress.notify_all()
        except (OSError, ValueError):  # the child is gone (or was stopped): the items are made here
            pass
        except Exception:  # noqa: BLE001 - an item that cannot be pickled is made here
            pass
        finally:
            with self.progress:
                self.fed = True
                self.progress.notify_all()

    def _read_all(self) -> None:
        """Take what the child writes as it comes, until it ends."""
        try:
            while data := os.read(self.out, _READ):
                with self.arrived:
                    self.buffer += data
                    self.arrived.notify_all()
        except OSError:  # closed by ``stop``
            pass
        finally:
            with self.arrived:
                self.done = True
                self.arrived.notify_all()

    def _result(self, number: int) -> tuple[bool, Any]:
        """(True, result) when the child's result for item ``number`` has come; older results
        (items made here meanwhile) are dropped unread. Called holding ``arrived``."""
        while len(self.buffer) >= _HEAD.size:
            size, n = _HEAD.unpack_from(self.buffer)
            end = _HEAD.size + size
            if len(self.buffer) < end:
                break
            if n == number:
                data = bytes(self.buffer[_HEAD.size : end])
                del self.buffer[:end]
                return True, data
            del self.buffer[:end]
            if n > number:  # cannot happen (results come in order); be safe: make it here
                break
        return False, None

    def want(self, number: int) -> None:
        """This process needs item ``number`` next."""
        with self.progress:
            self.wanted = number
            self.progress.notify_all()

    def claim(self, number: int) -> int | None:
        """The next item after ``number`` that the child was not sent and is not being sent, now
        this process's to make (the feeder skips it): work for this process while it waits for
        item ``number``. None when there is none within ``LEAD`` items."""
        with self.progress:
            m = max(self.sent, self.sending + 1, self.making + 1, number + 1)
            if m > number + LEAD or m >= len(self.items):
                return None
            self.making = m
            self.progress.notify_all()
            return m

    def take(
        self, number: int, insist: bool = False, meanwhile: Callable[[int], bool] | None = None
    ) -> tuple[bool, Any]:
        """The child's result for item ``number`` if it has it or is working on it; (False, None)
        when this process should make the item itself (``insist``: unless the child can no longer
        make it, wait until it has been sent the item and has made it). While the result has not
        come, ``meanwhile(number)`` is called (it does other work and says whether it did)."""
        self.want(number)
        while True:
            with self.arrived:
                found, data = self._result(number)
                done = self.done
            if found:
                return True, pickle.loads(data)
            if done:
                with self.arrived:  # the last results may have come with the end
                    found, data = self._result(number)
                return (True, pickle.loads(data)) if found else (False, None)
            if self.sent <= number:  # not with the child yet: quicker made here
                if not insist:
                    with self.progress:
                        self.making = number
                    return False, None
                with self.progress:
                    self.progress.wait_for(lambda: self.sent > number or self.fed)
                if self.sent <= number:
                    return False, None
            if meanwhile is not None and meanwhile(number):
                continue
            with self.arrived:
                self.arrived.wait(0.05)  # until more of the child's results come

    def stop(self) -> None:
        with self.progress:
            self.wanted = len(self.items)
            self.progress.notify_all()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.feeder.join(timeout=5)


def ahead(
    fn: Callable[[C, X], T],
    context: C,
    items: Sequence[X],
    wait_for_child: bool = False,
    pass_fds: Sequence[int] = (),
) -> Generator[T, None, None]:
    """``fn(context, item)`` for each of ``items``, in order, computed in a child process where it
    is ahead of this one (see the module doc; ``wait_for_child``: every item the child can make,
    even when this process would be quicker). Closing the iterator (``close()``, or leaving a
    ``for`` loop by an exception) stops the child.

    The two processes share the work: while this one waits for the child's result, it makes the
    next item the child has not been sent (``_Child.claim``) and keeps it until its turn, so
    neither waits for the other whichever is quicker (unless ``wait_for_child``).

    ``items[n]`` is asked for only by whoever makes item ``n`` (an item may be read from a file
    when asked for: this process does not read what the child makes). ``len(items)`` may shrink
    while they are made, and an ``IndexError`` from ``items[n]`` ends them (a sequence read as it
    goes that holds fewer items than it said). ``pass_fds``: file descriptors the child inherits
    under the same numbers (an item may say where in an open file its data is)."""
    child: _Child[X] | None = None
    if child_available() and len(items) > 1:
        try:
            child = _Child(fn, context, items, pass_fds)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            child = None
    made_here: dict[int, T] = {}  # items made here ahead of their turn

    def meanwhile(number: int) -> bool:
        assert child is not None
        m = child.claim(number)
        if m is None:
            return False
        try:
            item = items[m]
        except IndexError:  # fewer items than said: the loop below ends before m
            return False
        made_here[m] = fn(context, item)
        return True

    try:
        n = 0
        while n < len(items):
            if n in made_here:
                if child is not None:
                    child.want(n)  # the feeder may go on LEAD items beyond it
                yield made_here.pop(n)
                n += 1
                continue
            if child is not None:
                found, value = child.take(n, wait_for_child, None if wait_for_child else meanwhile)
                if found:
                    yield value
                    n += 1
                    continue
            try:
                item = items[n]
            except IndexError:
                return
            yield fn(context, item)
            n += 1
    finally:
        if child is not None:
            child.stop()


def _serve(inp: IO[bytes], out: IO[bytes]) -> int:
    """The child: read ``fn`` and ``context``, then each item, and write each result back."""

    def frames() -> Iterator[tuple[int, Any]]:
        while True:
            head = inp.read(_HEAD.size)
            if len(head) < _HEAD.size:
                return
            size, number = _HEAD.unpack(head)
            data = inp.read(size)
            if len(data) < size:
                return
            yield number, pickle.loads(data)

    received = frames()
    _, (fn, context) = next(received)
    for number, item in received:
        out.write(_frame(number, fn(context, item)))
        out.flush()
    return 0


if __name__ == "__main__":
    try:
        code = _serve(sys.stdin.buffer, sys.stdout.buffer)
    except BaseException:  # noqa: BLE001 - the parent notices the missing results and makes them itself
        code = 1
    sys.exit(code)
