"""The review workflow of every kind as a pure state machine (four eyes, one or two reviewers).

Transitions (``TRANSITIONS`` is the single source of truth, targets included; press releases
write their own table with the same ``Transition``, see ``core.releases.workflow``)::

    submit    draft, returned              -> in_review             officer, administrator
    approve   in_review                    -> in_review / approved  reviewer (not author, not last editor)
    return    in_review, approved          -> returned              reviewer (with a comment)
    finish    approved                     -> sent / published      officer, administrator (the kind's service)
    withdraw  draft .. approved, sent      -> withdrawn             officer, administrator
    reopen    withdrawn                    -> draft                 officer, administrator

* An approval counts only for the content hash it was given for. A kind needs one or two
  reviewers (the setting per kind); with two, two *different* people must approve the same hash.
* Four eyes: the author and the last editor never approve or return the item, whatever roles
  they hold.
* Editing is possible in draft, in review, returned, approved and sent. An edit that changes the
  content hash voids every approval; an approved or sent item goes back to in review
  (:func:`after_edit`), and the outbox holds every message built from the old text that has not
  left yet (a correction of a sent announcement stops its queued copies). What was published (a
  post on its platform) or withdrawn is not edited.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.review.kinds import Kind


class State(str, enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    SENT = "sent"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        """The state as a column or a badge shows it ("In review")."""
        return _STATE_LABELS[self]()

    @property
    def in_sentence(self) -> str:
        """The state inside a sentence ("… while the announcement is in review."): lower case in
        English; the Chinese sentences put it in quotes themselves (“审核中”)."""
        return _STATE_WORDS[self]()


_STATE_WORDS: dict[State, Callable[[], str]] = {
    State.DRAFT: lambda: translate("Publishing", "draft"),
    State.IN_REVIEW: lambda: translate("Publishing", "in review"),
    State.RETURNED: lambda: translate("Publishing", "returned"),
    State.APPROVED: lambda: translate("Publishing", "approved"),
    State.SENT: lambda: translate("Publishing", "sent"),
    State.PUBLISHED: lambda: translate("Publishing", "published"),
    State.WITHDRAWN: lambda: translate("Publishing", "withdrawn"),
}

_STATE_LABELS: dict[State, Callable[[], str]] = {
    State.DRAFT: lambda: translate("Publishing", "Draft"),
    State.IN_REVIEW: lambda: translate("Publishing", "In review"),
    State.RETURNED: lambda: translate("Publishing", "Returned"),
    State.APPROVED: lambda: translate("Publishing", "Approved"),
    State.SENT: lambda: translate("Publishing", "Sent"),
    State.PUBLISHED: lambda: translate("Publishing", "Published"),
    State.WITHDRAWN: lambda: translate("Publishing", "Withdrawn"),
}


class Action(str, enum.Enum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    FINISH = "finish"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]()


_ACTION_LABELS: dict[Action, Callable[[], str]] = {
    Action.SUBMIT: lambda: translate("Publishing", "Submit for review"),
    Action.APPROVE: lambda: translate("Publishing", "Approve"),
    Action.RETURN: lambda: translate("Publishing", "Return with comments"),
    Action.FINISH: lambda: translate("Publishing", "Send or publish"),
    Action.WITHDRAW: lambda: translate("Publishing", "Withdraw"),
    Action.REOPEN: lambda: translate("Publishing", "Reopen as draft"),
}

S = TypeVar("S")
R = TypeVar("R")


@dataclass(frozen=True)
class Transition(Generic[S, R]):
    """One action of a review workflow: the states it may start from, the roles of which the actor
    needs one, and the state it leads to (None: the facts decide, as for an approval)."""

    sources: frozenset[S]
    roles: frozenset[R]
    target: S | None = None


def four_eyes_allow(person_id: int | None, author_id: int | None, last_editor_id: int | None) -> bool:
    """Four eyes: neither the author nor the last editor reviews what they wrote."""
    return person_id is None or person_id not in (author_id, last_editor_id)


_WRITERS = frozenset({Role.OFFICER, Role.ADMINISTRATOR})
REVIEWERS = frozenset({Role.REVIEWER})

#: action -> the states it may start from, the roles of which the actor needs one, where it leads
#: (an approval: ``after_approve``; finishing: the kind's finished state, ``after_finish``)
TRANSITIONS: dict[Action, Transition[State, Role]] = {
    Action.SUBMIT: Transition(frozenset({State.DRAFT, State.RETURNED}), _WRITERS, State.IN_REVIEW),
    Action.APPROVE: Transition(frozenset({State.IN_REVIEW}), REVIEWERS),
    Action.RETURN: Transition(frozenset({State.IN_REVIEW, State.APPROVED}), REVIEWERS, State.RETURNED),
    Action.FINISH: Transition(frozenset({State.APPROVED}), _WRITERS),
    Action.WITHDRAW: Transition(
        frozenset({State.DRAFT, State.IN_REVIEW, State.RETURNED, State.APPROVED, State.SENT}),
        _WRITERS,
        State.WITHDRAWN,
    ),
    Action.REOPEN: Transition(frozenset({State.WITHDRAWN}), _WRITERS, State.DRAFT),
}

EDITABLE = frozenset({State.DRAFT, State.IN_REVIEW, State.RETURNED, State.APPROVED, State.SENT})
#: the number of reviewers a kind may ask for
REVIEWER_CHOICES = (1, 2)


@dataclass(frozen=True)
class Facts:
    """What the rules need of an item: its state, who wrote it, its current hash, the live
    approvals ``(reviewer_id, content_hash)`` and how many distinct reviewers the kind needs."""

    kind: Kind
    state: State
    author_id: int | None
    last_editor_id: int | None
    content_hash: str
    approvals: tuple[tuple[int, str], ...] = ()
    needed: int = 1

    def approvers(self) -> frozenset[int]:
        """The people whose approval of the current text is still valid."""
        return frozenset(r for r, h in self.approvals if h == self.content_hash)

    @property
    def approved_enough(self) -> bool:
        return len(self.approvers()) >= self.needed


def _state_refusal(action: Action, facts: Facts) -> str:
    return translate("Publishing", "“{action}” is not possible while the {kind} is {state}.").format(
        action=action.label, kind=facts.kind.label, state=facts.state.in_sentence
    )


def _refusal(action: Action, facts: Facts, person: Person) -> tuple[str, type[Exception]] | None:
    """The first failing check (state, role, four eyes, the facts) as (reason, error class)."""
    step = TRANSITIONS[action]
    if facts.state not in step.sources:
        return _state_refusal(action, facts), ValidationError
    if not any(person.has(r) for r in step.roles):
        return (
            translate("Publishing", "“{action}” needs the role {roles}.").format(
                action=action.label,
                roles=translate("Publishing", " or ").join(sorted(r.label for r in step.roles)),
            ),
            PermissionDenied,
        )
    if action in (Action.APPROVE, Action.RETURN) and not four_eyes_allow(
        person.id, facts.author_id, facts.last_editor_id
    ):
        if person.id == facts.author_id:
            return (
                translate("Publishing", "You wrote this {kind}: someone else reviews it (four eyes).").format(
                    kind=facts.kind.label
                ),
                PermissionDenied,
            )
        return (
            translate(
                "Publishing", "You edited this {kind} last: someone else reviews it (four eyes)."
            ).format(kind=facts.kind.label),
            PermissionDenied,
        )
    if action is Action.APPROVE and person.id in facts.approvers():
        return (
            translate(
                "Publishing", "You approved this text already; a second reviewer must be someone else."
            ),
            ValidationError,
        )
    if action is Action.FINISH and not facts.approved_enough:
        return (
            translate(
                "Publishing",
                "The {kind} has not been approved in its current version; have it reviewed first.",
            ).format(kind=facts.kind.label),
            ValidationError,
        )
    return None


def why_not(action: Action, facts: Facts, person: Person) -> str | None:
    """None when ``person`` may do ``action`` now, else the reason in words."""
    found = _refusal(action, facts, person)
    return found[0] if found else None


def check(action: Action, facts: Facts, person: Person) -> None:
    """Raise ``ValidationError`` (state, facts) or ``PermissionDenied`` (role, four eyes) when
    ``person`` may not do ``action``."""
    found = _refusal(action, facts, person)
    if found is None:
        return
    why, error = found
    raise ValidationError({"state": why}) if error is ValidationError else PermissionDenied(why)


def allowed_actions(facts: Facts, person: Person) -> list[Action]:
    return [a for a in Action if why_not(a, facts, person) is None]


def after_approve(facts: Facts, reviewer_id: int) -> State:
    """The state once ``reviewer_id`` approved the current text: approved when enough distinct
    reviewers did, else still in review (waiting for the second)."""
    approvers = facts.approvers() | {reviewer_id}
    return State.APPROVED if len(approvers) >= facts.needed else State.IN_REVIEW


def after_finish(kind: Kind) -> State:
    return State(kind.finished_state)


def after(action: Action, facts: Facts, person_id: int) -> State:
    """The state ``action`` by ``person_id`` leads to (checked already): the table's target, or
    what the facts decide (an approval, the kind's finished state)."""
    if action is Action.APPROVE:
        return after_approve(facts, person_id)
    if action is Action.FINISH:
        return after_finish(facts.kind)
    target = TRANSITIONS[action].target
    assert target is not None, action  # every other action names its target in the table
    return target


def after_edit(state: State) -> State:
    """The state after a change of content (which voids every approval)."""
    if state not in EDITABLE:
        raise ValidationError(
            {
                "state": translate(
                    "Publishing", "A {state} item can no longer be edited; make a new one."
                ).format(state=state.in_sentence)
            }
        )
    return State.IN_REVIEW if state in (State.APPROVED, State.SENT) else state


def reviewers_needed(value: object) -> int:
    """A stored setting as 1 or 2 (anything else counts as one reviewer)."""
    try:
        n = int(str(value))
    except (TypeError, ValueError):
        return 1
    return n if n in REVIEWER_CHOICES else 1
