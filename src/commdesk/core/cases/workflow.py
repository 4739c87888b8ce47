"""A case's channel, status, priority and complaint grade, and the rules between them (CR-3, FB-4, HL-4).

Statuses and their transitions (``TRANSITIONS`` is the single source of truth)::

    new           -> acknowledged, in progress, waiting, resolved
    acknowledged  -> in progress, waiting, resolved
    in progress   -> waiting, resolved
    waiting       -> in progress, resolved
    resolved      -> closed, in progress (reopen)
    closed        -> in progress (reopen)

Decisions:

* "Waiting" means waiting for *them* (the person who raised the case): the clocks are paused
  (``CLOCKS_PAUSED``). A first answer may already be a question back, so a new case may go straight
  to waiting; a call settled on the phone goes straight from new to resolved (first-contact
  resolution, HL-3).
* A case is only closed after it was resolved: the outcome is recorded on resolving and the person is
  told it (FB-4), so nothing is closed without one. A duplicate is resolved with that outcome.
* Reopening (resolved or closed -> in progress) keeps the case and its history; the service restarts
  the resolution clock.
* Complaints are graded 1-3 (HL-4: "明确投诉分级和处理权限", grading with handling authority per
  grade). The grade says who may decide the complaint (accept the outcome and resolve it, or lower
  the grade); anyone who works cases may raise it (FB-4: escalate what matters). See
  ``COMPLAINT_GRADES``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from commdesk.core.domain.people import Role
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.i18n import translate


class Channel(enum.StrEnum):
    HOTLINE = "hotline"
    MAILBOX = "mailbox"
    WEB_FORM = "web_form"
    SOCIAL_MEDIA = "social_media"  # a comment or message on one of the office's accounts (SM-3)
    LETTER = "letter"
    WALK_IN = "walk_in"
    MEDIA_INQUIRY = "media_inquiry"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]()


_CHANNEL_LABELS: dict[Channel, Callable[[], str]] = {
    Channel.HOTLINE: lambda: translate("Cases", "Hotline"),
    Channel.MAILBOX: lambda: translate("Cases", "Feedback mailbox"),
    Channel.WEB_FORM: lambda: translate("Cases", "Web form"),
    Channel.SOCIAL_MEDIA: lambda: translate("Cases", "Social media"),
    Channel.LETTER: lambda: translate("Cases", "Letter"),
    Channel.WALK_IN: lambda: translate("Cases", "Walk-in"),
    Channel.MEDIA_INQUIRY: lambda: translate("Cases", "Media inquiry"),
}


class CaseStatus(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting for them: the clocks are paused
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]()


_STATUS_LABELS: dict[CaseStatus, Callable[[], str]] = {
    CaseStatus.NEW: lambda: translate("Cases", "New"),
    CaseStatus.ACKNOWLEDGED: lambda: translate("Cases", "Acknowledged"),
    CaseStatus.IN_PROGRESS: lambda: translate("Cases", "In progress"),
    CaseStatus.WAITING: lambda: translate("Cases", "Waiting for them"),
    CaseStatus.RESOLVED: lambda: translate("Cases", "Resolved"),
    CaseStatus.CLOSED: lambda: translate("Cases", "Closed"),
}


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]()

    @property
    def rank(self) -> int:
        """0 for low up to 3 for urgent, for sorting (the values sort alphabetically, not by weight)."""
        return list(Priority).index(self)


_PRIORITY_LABELS: dict[Priority, Callable[[], str]] = {
    Priority.LOW: lambda: translate("Cases", "Low"),
    Priority.NORMAL: lambda: translate("Cases", "Normal"),
    Priority.HIGH: lambda: translate("Cases", "High"),
    Priority.URGENT: lambda: translate("Cases", "Urgent"),
}


def default_priority(channel: Channel) -> Priority:
    """The priority a new case of ``channel`` gets unless someone sets another: media inquiries are
    answered quickly (MD-5), so they start high; everything else normal. A complaint from social
    media starts normal too: SM-3 asks for a prompt answer on the platform, which is logged with the
    comment (the publishing calendar's messages), and names no figure; the case that handles the
    complaint keeps HL-2's promise (a first response within 24 hours) like the other channels, and
    its category and grade decide the rest (HL-4)."""
    return Priority.HIGH if Channel(channel) is Channel.MEDIA_INQUIRY else Priority.NORMAL


# ------------------------------------------------------------------------------------- statuses
_S = CaseStatus

# status -> the statuses it may become, in the order a menu offers them
TRANSITIONS: Mapping[CaseStatus, tuple[CaseStatus, ...]] = MappingProxyType(
    {
        _S.NEW: (_S.ACKNOWLEDGED, _S.IN_PROGRESS, _S.WAITING, _S.RESOLVED),
        _S.ACKNOWLEDGED: (_S.IN_PROGRESS, _S.WAITING, _S.RESOLVED),
        _S.IN_PROGRESS: (_S.WAITING, _S.RESOLVED),
        _S.WAITING: (_S.IN_PROGRESS, _S.RESOLVED),
        _S.RESOLVED: (_S.CLOSED, _S.IN_PROGRESS),
        _S.CLOSED: (_S.IN_PROGRESS,),
    }
)

# Statuses in which the case is still being worked on (its clocks run or are paused).
OPEN_STATUSES = frozenset({_S.NEW, _S.ACKNOWLEDGED, _S.IN_PROGRESS, _S.WAITING})
# Statuses in which an outcome has been given; leaving them is a reopen.
DONE_STATUSES = frozenset({_S.RESOLVED, _S.CLOSED})
# Statuses in which the clocks stand still because the case waits for the other side.
CLOCKS_PAUSED = frozenset({_S.WAITING})


def allowed_next(status: CaseStatus) -> tuple[CaseStatus, ...]:
    """The statuses a case in ``status`` may move to."""
    return TRANSITIONS[CaseStatus(status)]


def is_reopen(old: CaseStatus, new: CaseStatus) -> bool:
    """Whether ``old`` -> ``new`` reopens a resolved or closed case."""
    return CaseStatus(old) in DONE_STATUSES and CaseStatus(new) in OPEN_STATUSES


def check_transition(old: CaseStatus, new: CaseStatus) -> None:
    """Raise ``ValidationError`` (field ``status``) unless a case may move from ``old`` to ``new``;
    the message names both statuses and the ones that are possible instead."""
    old, new = CaseStatus(old), CaseStatus(new)
    choices = allowed_next(old)
    if new in choices:
        return
    listed = translate("Cases", ", ").join(s.label for s in choices)
    if new is old:
        message = translate("Cases", "The case is already “{status}”; from here it can become: {choices}.")
        raise ValidationError({"status": message.format(status=old.label, choices=listed)})
    message = translate(
        "Cases", "A case cannot go from “{old}” to “{new}”; from “{old}” it can become: {choices}."
    )
    raise ValidationError({"status": message.format(old=old.label, new=new.label, choices=listed)})


# ------------------------------------------------------------------------------ complaint grades
# The leadership tier of HL-4's handling authority. The people roles (administrator, officer,
# reviewer) have no manager; the organisation's settings name managers (the same setting that says
# whom an overdue case is escalated to). The service adds this name to the roles it passes to
# ``may_decide_grade`` for a person the settings name as a manager, so the rule stays data here.
MANAGER = "manager"

# Everyone who may work on cases and so raise a complaint's grade.
CASE_WORKERS = frozenset({Role.OFFICER.value, Role.REVIEWER.value, MANAGER})

GRADES = (1, 2, 3)


@dataclass(frozen=True)
class ComplaintGrade:
    """One grade of HL-4: who may decide a complaint of this grade and where it escalates to."""

    grade: int
    deciders: frozenset[str]  # role names (``Role`` values, ``MANAGER``); any one of them suffices
    escalates_to: int | None  # the next grade up, None at the top

    @property
    def label(self) -> str:
        return {
            1: lambda: translate("Cases", "Grade 1 (general)"),
            2: lambda: translate("Cases", "Grade 2 (serious)"),
            3: lambda: translate("Cases", "Grade 3 (major)"),
        }[self.grade]()

    @property
    def description(self) -> str:
        return {
            1: lambda: translate(
                "Cases", "One person's problem the desk can settle; decided by an officer or a reviewer."
            ),
            2: lambda: translate(
                "Cases",
                "Repeated or costly harm, or a promise broken; decided by a reviewer, who answers for the "
                "organisation.",
            ),
            3: lambda: translate(
                "Cases",
                "Safety, legal or media risk, or many people affected; decided by a manager named in the "
                "settings.",
            ),
        }[self.grade]()

    @property
    def deciders_label(self) -> str:
        """Who may decide, in words (for messages and the grade picker)."""
        names = {
            Role.OFFICER.value: lambda: translate("Cases", "an officer"),
            Role.REVIEWER.value: lambda: translate("Cases", "a reviewer"),
            MANAGER: lambda: translate("Cases", "a manager named in the settings"),
        }
        order = (Role.OFFICER.value, Role.REVIEWER.value, MANAGER)
        return translate("Cases", " or ").join(names[r]() for r in order if r in self.deciders)


# HL-4's grades. A higher authority may always decide a lower grade: an officer decides grade 1, a
# reviewer grades 1-2 (the role that already answers for what the organisation says, MD-3/P-6), a
# manager every grade. Administrators maintain lists and settings and decide no complaint by that
# role alone (CR-2: separation of duties); most also hold the officer role.
COMPLAINT_GRADES: Mapping[int, ComplaintGrade] = MappingProxyType(
    {
        1: ComplaintGrade(1, frozenset({Role.OFFICER.value, Role.REVIEWER.value, MANAGER}), 2),
        2: ComplaintGrade(2, frozenset({Role.REVIEWER.value, MANAGER}), 3),
        3: ComplaintGrade(3, frozenset({MANAGER}), None),
    }
)


def _grade(grade: int) -> ComplaintGrade:
    try:
        return COMPLAINT_GRADES[int(grade)]
    except (KeyError, TypeError, ValueError):
        message = translate("Cases", "A complaint's grade is 1, 2 or 3; {grade} is not one of them.")
        raise ValidationError({"grade": message.format(grade=grade)}) from None


def _role_names(roles: Iterable[Any]) -> frozenset[str]:
    # ``Role`` members and plain strings alike; a str enum hashes by member name, so compare values.
    return frozenset(str(getattr(r, "value", r)) for r in roles)


def grade_deciders(grade: int) -> frozenset[str]:
    """The role names of which a person needs one to decide a complaint of ``grade``."""
    return _grade(grade).deciders


def may_decide_grade(grade: int, roles: Iterable[Any]) -> bool:
    """Whether someone holding ``roles`` (``Role`` members or names, plus ``MANAGER`` when the
    settings name them a manager) may decide a complaint of ``grade``."""
    return bool(_grade(grade).deciders & _role_names(roles))


def check_grade_decision(grade: int, roles: Iterable[Any]) -> None:
    """Raise ``PermissionDenied`` naming who may decide, unless ``roles`` may decide ``grade``."""
    info = _grade(grade)
    if not may_decide_grade(grade, roles):
        raise PermissionDenied(
            translate(
                "Cases",
                "A complaint of “{grade}” is decided by {deciders}; hand it to one of them or ask them to decide.",
            ).format(grade=info.label, deciders=info.deciders_label)
        )


def escalation_grade(grade: int) -> int | None:
    """The grade a complaint of ``grade`` escalates to (None at the top)."""
    return _grade(grade).escalates_to


def may_change_grade(old: int | None, new: int | None, roles: Iterable[Any]) -> bool:
    """Whether ``roles`` may change a case's grade from ``old`` to ``new`` (None: not a complaint).

    Raising a grade (or grading a case at all) is open to everyone who works cases (FB-4: escalate
    what matters); lowering or removing it needs the authority of the grade it had."""
    if new is not None:
        _grade(new)
    if old == new:
        return True
    names = _role_names(roles)
    if old is None or (new is not None and new > old):
        return bool(names & CASE_WORKERS)
    return may_decide_grade(old, names)


def check_grade_change(old: int | None, new: int | None, roles: Iterable[Any]) -> None:
    """Raise unless ``roles`` may change the grade from ``old`` to ``new`` (``may_change_grade``):
    ``ValidationError`` for a grade outside 1-3, ``PermissionDenied`` naming who may lower it, or
    saying that grading needs someone who works cases."""
    if may_change_grade(old, new, roles):
        return
    if old is not None and (new is None or new < old):
        check_grade_decision(old, roles)
    raise PermissionDenied(
        translate(
            "Cases", "Only an officer, a reviewer or a manager named in the settings may grade a complaint."
        )
    )
