"""Minutes being written: one plain, JSON-serialisable draft (PC-6), and how drafts keep it.

``MinutesDraft`` is what the live mode and the minutes editor work on in memory and what the service
saves in one unit of work. ``MINUTES_DRAFTS`` keeps a copy on local disk (``core.drafts``: replaced
atomically, so a crash of the app or the machine loses at most what was typed since the last write;
the editor writes at least every 2 seconds while someone types). Fully offline: no database or
network is needed to write or read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from commdesk.core.drafts import DraftKind, Legacy
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


def _minutes_from_legacy(payload: dict) -> dict:
    """A copy the minutes' own recovery store wrote (``minutes-<key>.json``) in the drafts' shape."""
    return {
        "key": payload["key"],
        "saved_at": payload["saved_at"],
        "label": payload.get("label", ""),
        "extra": payload.get("live") or {},
        "value": {"format": payload.get("format", FORMAT), "draft": payload["draft"]},
    }


#: Minutes being written, kept on this computer until saved (``core.drafts``); keyed by the meeting's
#: id; ``extra`` holds live mode's state (the agenda item and its timer).
MINUTES_DRAFTS: DraftKind[MinutesDraft] = DraftKind(
    "minutes",
    encode=MinutesDraft.to_json,
    decode=MinutesDraft.from_json,
    legacy=(Legacy("minutes-*.json", _minutes_from_legacy),),
)
