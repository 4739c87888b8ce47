"""Bounded memory for large imports: planned contacts kept in a temporary file, and the in-file
duplicate keys kept as 64-bit hashes in flat arrays.

``PlannedSpool`` holds planned contacts in batches pickled to an anonymous temporary file (gone
when closed or when the process ends), with the latest batch in memory; it is a ``Sequence``
(``len``, iteration in order, indexing) and reads one batch at a time, so a plan of a million new
contacts takes a few MB of memory instead of a few GB. ``batch_ref`` names a batch by where it is
in the file (``SpooledBatch``): a child process that inherited the file's descriptor reads it
itself, so the batch is not read here and pickled to it again. ``KeyIndex`` maps text keys (e-mail keys,
phone numbers) to small integers through open addressing over two ``array`` columns: 16 bytes a
slot instead of the ~200 bytes a ``dict`` entry with its string costs. A hash may collide, so a
caller checks what it finds.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, overload

#: planned contacts per pickled batch
SPOOL_BATCH = 2000


def _pread(fd: int, size: int, offset: int) -> bytes:
    parts, got = [], 0
    while got < size:
        part = os.pread(fd, size - got, offset + got)
        if not part:
            raise EOFError("the spool file ended early")
        parts.append(part)
        got += len(part)
    return b"".join(parts)


Decode = Callable[[bytes], Any]


def _item(stored: Any, decode: Decode | None) -> Any:
    """An item as appended: one appended as bytes is read back with the spool's ``decode``."""
    return decode(stored) if decode is not None and isinstance(stored, bytes) else stored


class SpooledBatch:
    """A written batch of a ``PlannedSpool``: where it is in the spool's file and which of its
    items were discarded. ``load`` reads it through the spool in the process that made it, or, in
    a process it was sent to (pickled: only the place travels), from the file descriptor that
    process inherited (``core.parallel.ahead``'s ``pass_fds``)."""

    __slots__ = ("decode", "discarded", "fd", "offset", "size", "spool")

    def __init__(
        self,
        spool: PlannedSpool | None,
        fd: int,
        offset: int,
        size: int,
        discarded: frozenset[int],
        decode: Decode | None = None,
    ):
        self.spool, self.fd, self.offset, self.size = spool, fd, offset, size
        self.discarded, self.decode = discarded, decode

    def __getstate__(self) -> tuple[int, int, int, frozenset[int], Decode | None]:
        return self.fd, self.offset, self.size, self.discarded, self.decode

    def __setstate__(self, state: tuple[int, int, int, frozenset[int], Decode | None]) -> None:
        self.spool = None
        self.fd, self.offset, self.size, self.discarded, self.decode = state

    def load(self) -> list[Any]:
        if self.spool is not None:
            data = self.spool._read(self.offset, self.size)
        else:
            data = _pread(self.fd, self.size, self.offset)
        discarded, decode = self.discarded, self.decode
        return [_item(item, decode) for o, item in pickle.loads(data) if o not in discarded]


class PlannedSpool(Sequence[Any]):
    """Items appended in order (ordinals increasing), kept in batches in a temporary file; ``discard(ordinal)`` drops an
    item appended earlier (its ``ordinal`` is the number ``append`` returned). ``decode`` reads back
    an item appended as bytes (a module-level function: a child process is sent it by name)."""

    def __init__(self, decode: Decode | None = None) -> None:
        self.decode = decode
        self._file: IO[bytes] | None = None
        self._batches: list[tuple[int, int, int]] = []  # (offset, size, first ordinal)
        self._sizes: list[int] = []  # items of each written batch not discarded
        self._pending: list[tuple[int, Any]] = []
        self._discarded: set[int] = set()
        self._count = 0
        self._lock = threading.Lock()
        self.outlets: set[str] = set()  # the outlet names of every item appended

    def append(self, ordinal: int, item: Any, outlets: Sequence[str] = ()) -> None:
        """Add ``item`` as ``ordinal`` (higher than every earlier one). An item given as ``bytes``
        (encoded already, for ``decode``) is kept so, and read back decoded."""
        self._pending.append((ordinal, item))
        self._count += 1
        self.outlets.update(outlets)
        if len(self._pending) >= SPOOL_BATCH:
            self._write()

    def _write(self) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="commdesk-import-")  # noqa: SIM115 - kept open across calls; close() ends it
        data = pickle.dumps(self._pending, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._file.seek(0, os.SEEK_END)
            offset = self._file.tell()
            self._file.write(data)
            self._file.flush()  # on the file itself, for a process that reads it (``SpooledBatch``)
        self._batches.append((offset, len(data), self._pending[0][0]))
        self._sizes.append(len(self._pending))
        self._pending = []

    def take(self, ordinal: int) -> Any | None:
        """The item appended as ``ordinal`` (None if it is not here), dropped from the spool."""
        if ordinal in self._discarded:
            return None
        for n in range(len(self._pending)):
            if self._pending[n][0] == ordinal:
                item = self._pending.pop(n)[1]
                self._count -= 1
                return _item(item, self.decode)
        b = bisect_right([first for _, _, first in self._batches], ordinal) - 1
        if b < 0:
            return None
        for o, item in self._load(b):
            if o == ordinal:  # (read back by ``_load``)
                self._discarded.add(ordinal)
                self._sizes[b] -= 1
                self._count -= 1
                return item
        return None

    @property
    def spooled(self) -> bool:
        return bool(self._batches)

    def batch_sizes(self) -> list[int]:
        """The number of items of each batch, in order (``batch(n)`` has ``batch_sizes()[n]``)."""
        return [*self._sizes, *([len(self._pending)] if self._pending else [])]

    def batch_count(self) -> int:
        return len(self._batches) + (1 if self._pending else 0)

    def _read(self, offset: int, size: int) -> bytes:
        assert self._file is not None
        with self._lock:
            self._file.seek(offset)
            return self._file.read(size)

    def _load(self, n: int) -> list[tuple[int, Any]]:
        if n == len(self._batches):
            return [(o, _item(item, self.decode)) for o, item in self._pending]
        offset, size, _ = self._batches[n]
        data = self._read(offset, size)
        return [(o, _item(item, self.decode)) for o, item in pickle.loads(data) if o not in self._discarded]

    def fileno(self) -> int | None:
        """The descriptor of the spool's file (None while nothing was written to it)."""
        return self._file.fileno() if self._file is not None else None

    def batch_ref(self, n: int) -> SpooledBatch | list[Any]:
        """Batch ``n`` as a ``SpooledBatch`` when it is in the file (its items when it is the one
        still in memory)."""
        if n == len(self._batches):
            return self.batch(n)
        assert self._file is not None
        offset, size, first = self._batches[n]
        end = self._batches[n + 1][2] if n + 1 < len(self._batches) else None
        if end is None and self._pending:
            end = self._pending[0][0]
        discarded = frozenset(o for o in self._discarded if o >= first and (end is None or o < end))
        return SpooledBatch(self, self._file.fileno(), offset, size, discarded, self.decode)

    def batch(self, n: int) -> list[Any]:
        """The items of batch ``n`` (the discarded ones left out); safe from several threads."""
        return [item for _, item in self._load(n)]

    def batches(self) -> Iterator[list[Any]]:
        for n in range(self.batch_count()):
            items = self.batch(n)
            if items:
                yield items

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        for items in self.batches():
            yield from items

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        for items in self.batches():
            if index < len(items):
                return items[index]
            index -= len(items)
        raise IndexError(index)

    def __add__(self, other: Sequence[Any]) -> list[Any]:
        return [*self, *other]

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __getstate__(self) -> dict[str, Any]:  # a plan sent elsewhere takes its items along
        return {"items": list(self), "outlets": self.outlets}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]  # the spool made anew from the items
        for n, item in enumerate(state["items"]):
            self.append(n, item)
        self.outlets = state["outlets"]


_EMPTY = 0  # a hash of 0 is stored as 1 (a collision like any other; callers check)


class KeyIndex:
    """Text key -> small non-negative integer, ``setdefault`` semantics, as hashes (see the module
    doc: a hit may be a collision, so callers check the key against what they find)."""

    def __init__(self, capacity: int = 1 << 12):
        self._mask = capacity - 1
        self._hashes = array("q", bytes(8 * capacity))
        self._values = array("q", bytes(8 * capacity))
        self._used = 0

    def _slot(self, h: int) -> int:
        mask, hashes = self._mask, self._hashes
        i = h & mask
        while True:
            found = hashes[i]
            if found in (_EMPTY, h):
                return i
            i = (i + 1) & mask

    @staticmethod
    def _hash(key: str) -> int:
        return hash(key) or 1

    def get(self, key: str) -> int | None:
        h = self._hash(key)
        i = self._slot(h)
        return self._values[i] if self._hashes[i] == h else None

    def setdefault(self, key: str, value: int) -> None:
        h = self._hash(key)
        i = self._slot(h)
        if self._hashes[i] == h:
            return
        self._hashes[i] = h
        self._values[i] = value
        self._used += 1
        if self._used * 2 > self._mask:
            self._grow()

    def repoint(self, key: str, old: int, new: int) -> None:
        """Point ``key`` at ``new`` if it points at ``old``."""
        h = self._hash(key)
        i = self._slot(h)
        if self._hashes[i] == h and self._values[i] == old:
            self._values[i] = new

    def _grow(self) -> None:
        old = zip(self._hashes, self._values, strict=True)  # the old columns, read lazily
        capacity = (self._mask + 1) * 2
        self._mask = capacity - 1
        self._hashes = array("q", bytes(8 * capacity))
        self._values = array("q", bytes(8 * capacity))
        for h, v in old:
            if h != _EMPTY:
                i = self._slot(h)
                self._hashes[i] = h
                self._values[i] = v

    def __len__(self) -> int:
        return self._used
