"""Work typed at length (minutes, press releases, and whatever the next areas let people write) kept
safe on this computer until it is saved: one store for every area.

An area declares what its drafts are once, as a ``DraftKind`` (its name, how its value becomes JSON
and back, and the shapes earlier commdesk versions wrote), and opens the store of the database it
works on::

    MINUTES_DRAFTS = DraftKind("minutes", encode=..., decode=MinutesDraft.from_json)
    store = MINUTES_DRAFTS.open(ctx)        # paths.recovery_dir(ctx, "minutes")
    store.save("12", draft, label="Weekly press meeting", extra={"item": 2})
    store.load("12")    # Draft(area, key, saved_at, value, label, person_id, base_version, extra)
    store.list()        # every draft left behind (a crash, an editor closed unsaved), oldest first
    store.discard("12")

One JSON file per record (``draft-<key>.json``) in the area's recovery folder: one folder per
database, in the private data folder, so a copy is only offered back on the database it was typed
for. Each write replaces the file atomically and owner-only (``core.files.write_atomically``): a
crash of the app or the machine loses at most what was typed since the last write and never leaves
half a file. No database or network is needed to write or read a draft.

A file that cannot be read is set aside as ``.damaged`` (kept for a person to look at, never
offered, never deleted). Copies an earlier commdesk wrote in another shape or place (``Legacy``) are
rewritten in this shape the first time the store is opened, so none is lost on an upgrade.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from commdesk.core.files import private_folder, write_atomically
from commdesk.paths import legacy_recovery_dirs, recovery_dir

T = TypeVar("T")

FORMAT = 1
NEW = "new"  # the key of a record that was never saved
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def draft_key(key: str | int | None) -> str:
    """A record's key as drafts store it: its id as text, ``new`` for a record not saved yet."""
    return NEW if key is None else str(key)


@dataclass(frozen=True)
class Draft(Generic[T]):
    """One record's unsaved work: ``value`` is the area's own (a ``MinutesDraft``, a ``ReleaseEdit``)."""

    area: str
    key: str
    saved_at: datetime  # aware
    value: T
    label: str = ""  # what the record is called, for the question after a crash
    person_id: int | None = None  # who typed it
    base_version: int | None = None  # the stored version the edit started from
    extra: dict[str, Any] = field(default_factory=dict)  # the editor's own state (live mode's timer)


@dataclass(frozen=True)
class Legacy:
    """Copies an earlier commdesk wrote: files matching ``pattern`` and ``convert(payload)`` giving
    the payload in today's shape (the fields of ``DraftStore``'s files, ``value`` encoded)."""

    pattern: str
    convert: Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class DraftKind(Generic[T]):
    """What one area's drafts are: ``area`` names its recovery folder; ``encode``/``decode`` turn the
    value into JSON data and back; ``legacy`` lists the shapes earlier versions wrote."""

    area: str
    encode: Callable[[T], Any]
    decode: Callable[[Any], T]
    legacy: tuple[Legacy, ...] = ()

    def store(self, folder: str | os.PathLike, old_folders: Iterable[Path] = ()) -> DraftStore[T]:
        """The drafts in ``folder``; copies in an earlier shape there or in ``old_folders`` are moved in."""
        return DraftStore(self, folder, old_folders)

    def open(self, ctx: Any) -> DraftStore[T]:
        """The drafts typed on the database ``ctx`` works on (``paths.recovery_dir``), with the copies
        an earlier commdesk left beside a database file moved in."""
        return self.store(recovery_dir(ctx, self.area), legacy_recovery_dirs(ctx))


class DraftStore(Generic[T]):
    """One area's drafts on local disk, one file per record, each write atomic and owner-only."""

    def __init__(self, kind: DraftKind[T], folder: str | os.PathLike, old_folders: Iterable[Path] = ()):
        self.kind = kind
        self.folder = Path(folder)
        self._migrate([self.folder, *old_folders])

    def _path(self, key: str | int | None) -> Path:
        return self.folder / f"draft-{_SAFE.sub('_', draft_key(key))}.json"

    def save(
        self,
        key: str | int | None,
        value: T,
        *,
        saved_at: datetime | None = None,
        label: str = "",
        person_id: int | None = None,
        base_version: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Path:
        """Replace the draft of ``key`` (a record's id, None for a new record); returns its file."""
        moment = saved_at or datetime.now(UTC)
        if moment.utcoffset() is None:
            raise ValueError("a draft's time needs its zone")
        payload = {
            "format": FORMAT,
            "area": self.kind.area,
            "key": draft_key(key),
            "saved_at": moment.isoformat(),
            "label": label,
            "person_id": person_id,
            "base_version": base_version,
            "extra": dict(extra or {}),
            "value": self.kind.encode(value),
        }
        return self._write(self._path(key), payload)

    def _write(self, path: Path, payload: dict[str, Any]) -> Path:
        private_folder(self.folder)  # an unsaved draft is as private as the database
        return write_atomically(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def load(self, key: str | int | None) -> Draft[T] | None:
        """The draft of ``key``, or None (none kept, or one that cannot be read: set aside)."""
        return self._read(self._path(key))

    def list(self) -> list[Draft[T]]:
        """Every draft left behind (by a crash, or an editor closed without saving), oldest first."""
        if not self.folder.is_dir():
            return []
        found = [d for p in sorted(self.folder.glob("draft-*.json")) if (d := self._read(p)) is not None]
        return sorted(found, key=lambda d: d.saved_at)

    def discard(self, key: str | int | None) -> None:
        """Forget the draft of ``key`` (saved, or thrown away on purpose)."""
        self._path(key).unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------------------
    def _read(self, path: Path) -> Draft[T] | None:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            _set_aside(path)
            return None
        draft = self._parse(payload)
        if draft is None:
            _set_aside(path)
        return draft

    def _parse(self, payload: Any) -> Draft[T] | None:
        try:
            saved_at = datetime.fromisoformat(payload["saved_at"])
            if saved_at.utcoffset() is None:
                raise ValueError("a draft without a zone")
            extra = payload.get("extra") or {}
            return Draft(
                self.kind.area,
                str(payload["key"]),
                saved_at,
                self.kind.decode(payload["value"]),
                str(payload.get("label") or ""),
                _int_or_none(payload.get("person_id")),
                _int_or_none(payload.get("base_version")),
                extra if isinstance(extra, dict) else {},
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    # -- copies of earlier versions ------------------------------------------------------------------
    def _migrate(self, folders: Iterable[Path]) -> None:
        """Rewrite every copy an earlier commdesk left (``kind.legacy``) in today's shape and place;
        the old file goes only once the new one is written (or a newer draft of that record exists)."""
        for folder in folders:
            if not self.kind.legacy or not folder.is_dir():
                continue
            for legacy in self.kind.legacy:
                for old in sorted(folder.glob(legacy.pattern)):
                    self._migrate_one(old, legacy)
            if folder != self.folder:
                with contextlib.suppress(OSError):  # only when empty: anything else is left to its owner
                    folder.rmdir()

    def _migrate_one(self, old: Path, legacy: Legacy) -> None:
        try:
            payload = legacy.convert(json.loads(old.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            payload = None
        draft = self._parse(payload) if payload is not None else None
        if payload is None or draft is None:
            _set_aside(old)
            return
        target = self._path(draft.key)
        current = self._read(target)
        if current is None or current.saved_at < draft.saved_at:
            self._write(target, {**payload, "format": FORMAT, "area": self.kind.area, "key": draft.key})
        old.unlink(missing_ok=True)


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def _set_aside(path: Path) -> None:
    """A copy that cannot be read is kept beside the others as ``.damaged`` for a person to look at."""
    with contextlib.suppress(OSError):
        path.replace(path.with_suffix(".damaged"))
