"""Minutes being written: one plain, JSON-serialisable draft (PC-6), and the crash-recovery store.

``MinutesDraft`` is what the live mode and the minutes editor work on in memory and what the service
saves in one unit of work. ``RecoveryStore`` keeps a copy on local disk, replaced atomically (write a
temporary file, fsync, rename), so a crash of the app or the machine loses at most what was typed
since the last write; the editor writes at least every 2 seconds while someone types. Fully offline:
no database or network is needed to write or read it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from commdesk.core.files import private_folder, write_atomically
from commdesk.core.meetings.model import ActionItem, ActionStatus, Decision, MinutesState, Point

FORMAT = 1


@dataclass
class ReviewOutcome:
    """One earlier action under "review of actions": what happened to it (FM-5)."""

    review_id: int
    action_id: int
    description: str
    owner_name: str = ""
    deadline: date | None = None
    from_meeting: str = ""
    outcome: str = ""
    status: ActionStatus = ActionStatus.OPEN

    def __post_init__(self) -> None:
        self.status = ActionStatus(self.status)


@dataclass
class MinutesDraft:
    meeting_id: int
    minutes_id: int | None = None
    number: int = 1  # version of the minutes (re-opening adds one)
    state: MinutesState = MinutesState.DRAFT
    version: int = 0  # optimistic locking of the stored minutes
    notes: str = ""  # Markdown subset
    points: list[Point] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    attendance: dict[int, bool | None] = field(default_factory=dict)  # participant position -> present
    reviews: list[ReviewOutcome] = field(default_factory=list)
    approved_by: str = ""  # the sign-off: who approved this version ...
    approved_at: datetime | None = None  # ... and when (aware, UTC)

    def __post_init__(self) -> None:
        self.state = MinutesState(self.state)

    @property
    def locked(self) -> bool:
        return self.state is MinutesState.APPROVED

    @property
    def empty(self) -> bool:
        return not (
            self.notes.strip()
            or self.points
            or self.decisions
            or self.actions
            or any(r.outcome.strip() for r in self.reviews)
        )

    # JSON, for the recovery store ---------------------------------------------------------------
    def to_json(self) -> dict:
        data = asdict(self)
        data["state"] = self.state.value
        data["attendance"] = {str(k): v for k, v in self.attendance.items()}
        data["approved_at"] = self.approved_at.isoformat() if self.approved_at else None
        for item in data["actions"] + data["reviews"]:
            item["status"] = ActionStatus(item["status"]).value
            item["deadline"] = item["deadline"].isoformat() if item["deadline"] else None
        return {"format": FORMAT, "draft": data}

    @classmethod
    def from_json(cls, payload: dict) -> MinutesDraft:
        data = dict(payload["draft"])

        def day(value):
            return date.fromisoformat(value) if value else None

        data["points"] = [Point(**p) for p in data.get("points", [])]
        data["decisions"] = [Decision(**d) for d in data.get("decisions", [])]
        data["actions"] = [
            ActionItem(**{**a, "deadline": day(a.get("deadline"))}) for a in data.get("actions", [])
        ]
        data["reviews"] = [
            ReviewOutcome(**{**r, "deadline": day(r.get("deadline"))}) for r in data.get("reviews", [])
        ]
        data["attendance"] = {int(k): v for k, v in data.get("attendance", {}).items()}
        data["approved_at"] = datetime.fromisoformat(data["approved_at"]) if data.get("approved_at") else None
        return cls(**data)


@dataclass(frozen=True)
class Recovered:
    key: str
    saved_at: datetime  # aware
    label: str
    draft: MinutesDraft
    live: dict = field(default_factory=dict)  # {"item": agenda row, "seconds": timer, "running": bool}


_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class RecoveryStore:
    """Drafts on local disk, one file per meeting, each write atomic."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / f"minutes-{_SAFE.sub('_', key)}.json"

    def write(
        self,
        key: str,
        draft: MinutesDraft,
        label: str = "",
        saved_at: datetime | None = None,
        live: dict | None = None,
    ) -> Path:
        """Replace the copy of ``key``; ``live`` is the live mode's state (current agenda item, timer)."""
        private_folder(self.folder)
        payload = draft.to_json()
        payload.update(
            key=key, label=label, saved_at=(saved_at or datetime.now(UTC)).isoformat(), live=live or {}
        )
        target = self._path(key)
        write_atomically(target, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return target

    def read(self, key: str) -> Recovered | None:
        return self._load(self._path(key))

    def _load(self, path: Path) -> Recovered | None:
        try:
            payload = json.loads(path.read_text("utf-8"))
            saved_at = datetime.fromisoformat(payload["saved_at"])
            if saved_at.utcoffset() is None:
                raise ValueError("a recovery copy without a zone")
            live = payload.get("live") or {}
            return Recovered(
                payload["key"],
                saved_at,
                payload.get("label", ""),
                MinutesDraft.from_json(payload),
                live if isinstance(live, dict) else {},
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def pending(self) -> list[Recovered]:
        """Every draft left behind (by a crash, or an editor closed without saving), oldest first."""
        if not self.folder.is_dir():
            return []
        found = [r for p in sorted(self.folder.glob("minutes-*.json")) if (r := self._load(p)) is not None]
        return sorted(found, key=lambda r: r.saved_at)

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
