"""Meetings as plain data: planning (PC-1..PC-4, FM-1..FM-3) and minutes (PC-5..PC-7, FM-4, FM-5).

No Qt, no database: services map these to and from persistence, the UI shows them, the rules
(``core/rules/meetings.py``), the schedule arithmetic and the ``.ics`` builder read them.

Times: ``Meeting.start`` is an aware datetime; ``Meeting.tz`` is the IANA zone the meeting is
planned in (its wall-clock time is what participants see and what a series repeats).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.i18n import translate


class _Labelled(str, enum.Enum):
    """A str enum whose members have a translated ``label`` (looked up at call time)."""

    @property
    def label(self) -> str:
        return _LABELS[self]()


class MeetingKind(_Labelled):
    CONFERENCE = "conference"  # phone or video call (PC-1..PC-4)
    IN_PERSON = "in_person"  # face to face (FM-1..FM-3)


class Response(_Labelled):
    """A participant's answer to the invitation (iCalendar PARTSTAT)."""

    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


class ActionStatus(_Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"  # with a note saying why

    @property
    def is_active(self) -> bool:
        """Still someone's work: open or in progress."""
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class MinutesState(_Labelled):
    DRAFT = "draft"
    CIRCULATED = "circulated"  # sent out for comments
    APPROVED = "approved"  # locked; re-opening makes a new version


class _LabelTable(dict):
    """Labels by (enum class, value): str enums with the same value (``done``) are equal as keys."""

    @staticmethod
    def _key(member):
        return (type(member).__name__, member.value)

    def __setitem__(self, member, label) -> None:
        super().__setitem__(self._key(member), label)

    def __getitem__(self, member):
        return super().__getitem__(self._key(member))

    def update(self, other=(), /, **kw) -> None:  # keys are enum members, not their names
        for member, label in dict(other).items():
            self[member] = label


_LABELS: dict[enum.Enum, Callable[[], str]] = _LabelTable()
_LABELS.update(
    {
        MeetingKind.CONFERENCE: lambda: translate("Meetings", "Conference call / video"),
        MeetingKind.IN_PERSON: lambda: translate("Meetings", "In person"),
        Response.NEEDS_ACTION: lambda: translate("Meetings", "No answer yet"),
        Response.ACCEPTED: lambda: translate("Meetings", "Accepted"),
        Response.DECLINED: lambda: translate("Meetings", "Declined"),
        Response.TENTATIVE: lambda: translate("Meetings", "Tentative"),
        ActionStatus.OPEN: lambda: translate("Meetings", "Open"),
        ActionStatus.IN_PROGRESS: lambda: translate("Meetings", "In progress"),
        ActionStatus.DONE: lambda: translate("Meetings", "Done"),
        ActionStatus.CANCELLED: lambda: translate("Meetings", "Cancelled"),
        MinutesState.DRAFT: lambda: translate("Meetings", "Draft"),
        MinutesState.CIRCULATED: lambda: translate("Meetings", "Circulated for comments"),
        MinutesState.APPROVED: lambda: translate("Meetings", "Approved"),
    }
)


def new_uid(domain: str = "commdesk") -> str:
    """A globally unique, stable iCalendar UID for a new meeting (store it with the meeting)."""
    return f"{uuid.uuid4()}@{domain}"


@dataclass
class Organiser:
    name: str
    email: str
    person_id: int | None = None  # the organiser in commdesk (re-opens approved minutes)


@dataclass
class Participant:
    name: str
    email: str = ""
    person_id: int | None = None  # someone in commdesk
    contact_id: int | None = None  # an external contact
    required: bool = True  # False: optional participant
    response: Response = Response.NEEDS_ACTION
    attended: bool | None = None  # None until attendance is checked off


@dataclass
class AgendaItem:
    title: str
    presenter: str = ""
    minutes: int | None = None  # time box
    documents: list[str] = field(default_factory=list)  # names or paths of linked documents
    review_of_actions: bool = False  # the item that reviews a series' open actions (FM-5)


@dataclass
class ChecklistItem:
    """One line of the equipment (FM-2, PC-3) or preparation checklist."""

    text: str
    done: bool = False


@dataclass
class Meeting:
    kind: MeetingKind
    topic: str = ""
    purpose: str = ""
    start: datetime | None = None  # aware
    duration: int | None = None  # minutes
    tz: str = "Asia/Shanghai"  # IANA name
    organiser: Organiser | None = None
    host: str = ""
    note_taker: str = ""
    participants: list[Participant] = field(default_factory=list)
    room: str = ""
    link: str = ""
    dial_in: str = ""
    has_password: bool = False  # the password itself lives in the OS keyring
    agenda: list[AgendaItem] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)
    equipment: list[ChecklistItem] = field(default_factory=list)
    preparation: list[ChecklistItem] = field(default_factory=list)
    series_id: int | None = None
    invitation_sent_at: datetime | None = None
    id: int | None = None
    uid: str = field(default_factory=new_uid)
    sequence: int = 0  # iCalendar SEQUENCE; the service increments it on every change
    cancelled: bool = False
    version: int = 0  # optimistic locking of the stored record

    def __post_init__(self) -> None:
        self.kind = MeetingKind(self.kind)
        ZoneInfo(self.tz)  # raises ZoneInfoNotFoundError for an unknown zone name
        for name in ("start", "invitation_sent_at"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"Meeting.{name} must be an aware datetime, got {value!r}")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def local_start(self) -> datetime | None:
        """The start as wall-clock time in the meeting's own zone."""
        return None if self.start is None else self.start.astimezone(self.zone)

    @property
    def end(self) -> datetime | None:
        """``duration`` minutes of real time after the start, as wall-clock time in the meeting's zone
        (added in UTC: on the night the clocks go back, 01:30 + 60 min is 01:30 again, not 02:30).
        Compare it with ``<``/``>`` or in UTC: Python's ``==`` across zones is False for a time in
        the repeated hour (PEP 495)."""
        if self.start is None or self.duration is None:
            return None
        return (self.start.astimezone(UTC) + timedelta(minutes=self.duration)).astimezone(self.zone)

    @property
    def agenda_minutes(self) -> int:
        """Sum of the agenda's time boxes (items without one count as zero)."""
        return sum(item.minutes or 0 for item in self.agenda)


# --- minutes (PC-6) ---------------------------------------------------------------------------


@dataclass
class Point:
    """A discussion point, optionally under an agenda item (index into ``Meeting.agenda``)."""

    text: str
    agenda_index: int | None = None


@dataclass
class Decision:
    text: str
    agenda_index: int | None = None


@dataclass
class ActionItem:
    description: str
    owner_name: str = ""
    owner_email: str = ""
    deadline: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    note: str = ""  # required in practice when cancelled: why
    owner_person_id: int | None = None
    owner_contact_id: int | None = None
    agenda_index: int | None = None
    meeting_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.status = ActionStatus(self.status)
