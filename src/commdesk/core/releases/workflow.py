"""The review workflow of a press release as a pure state machine (MD-3, P-6, AN-4).

Nothing leaves the organisation unreviewed. The service loads a release, builds ``ReleaseFacts``,
asks :func:`check_transition` (which raises) or :func:`allowed_actions` (which lists what the
current person may do now), and stores the facts :func:`apply_action` returns.

Transitions (``TRANSITIONS`` is the single source of truth, targets included; written with the
review engine's ``Transition``, as its own table: a release's states, actions and roles are its own,
stored as they are)::

    submit          Draft, ChangesRequested          -> InReview          officer
    request_changes InReview, Approved, Scheduled    -> ChangesRequested  chosen reviewer
    approve         InReview                         -> InReview/Approved chosen reviewer
    schedule        Approved                         -> Scheduled         officer
    unschedule      Scheduled                        -> Approved          officer
    publish         Approved, Scheduled              -> Published         officer
    archive         Published, Withdrawn             -> Archived          administrator
    withdraw        any state before Published       -> Withdrawn         officer or administrator
    reopen          Withdrawn                        -> Draft             officer

Decisions:

* Checks run in a fixed order and the first failure is raised: the state allows the action
  (``ValidationError``), the actor holds a role the action needs (``PermissionDenied``), the person
  may do it on *this* release (chosen reviewer, four eyes: ``PermissionDenied``), the facts allow it
  (note, embargo, duplicate approval: ``ValidationError``).
* Four eyes: the author and the last editor can never approve or request changes, even when they
  hold the reviewer role and were chosen. A reviewer who edits becomes the last editor.
* An approval counts only for the content hash it was given for. Rule "any": one valid approval
  makes the release Approved. Rule "all": every chosen reviewer must have approved the current hash;
  a chosen reviewer who is also author or last editor can therefore never complete an "all" review;
  :func:`review_progress` reports them as ``ineligible`` so the UI can ask for another reviewer.
* Scheduling means "publish at the embargo time": it needs an embargo in the future. Publishing is
  refused before the embargo.
* Request changes removes the requester's own approval; reopen clears every approval.
* Editing is possible in Draft, InReview, ChangesRequested, Approved and Scheduled. Any change of
  content after approval voids all approvals and returns the release to InReview
  (:func:`after_edit`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.actor import ADMINISTRATOR, OFFICER, REVIEWER, Actor
from commdesk.core.review.workflow import Transition, four_eyes_allow


class State(str, enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]()


_STATE_LABELS: dict[State, Callable[[], str]] = {
    State.DRAFT: lambda: translate("Releases", "Draft"),
    State.IN_REVIEW: lambda: translate("Releases", "In review"),
    State.CHANGES_REQUESTED: lambda: translate("Releases", "Changes requested"),
    State.APPROVED: lambda: translate("Releases", "Approved"),
    State.SCHEDULED: lambda: translate("Releases", "Scheduled"),
    State.PUBLISHED: lambda: translate("Releases", "Published"),
    State.ARCHIVED: lambda: translate("Releases", "Archived"),
    State.WITHDRAWN: lambda: translate("Releases", "Withdrawn"),
}


class Action(str, enum.Enum):
    SUBMIT = "submit"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"
    SCHEDULE = "schedule"
    UNSCHEDULE = "unschedule"
    PUBLISH = "publish"
    ARCHIVE = "archive"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]()


_ACTION_LABELS: dict[Action, Callable[[], str]] = {
    Action.SUBMIT: lambda: translate("Releases", "Submit for review"),
    Action.REQUEST_CHANGES: lambda: translate("Releases", "Request changes"),
    Action.APPROVE: lambda: translate("Releases", "Approve"),
    Action.SCHEDULE: lambda: translate("Releases", "Schedule"),
    Action.UNSCHEDULE: lambda: translate("Releases", "Unschedule"),
    Action.PUBLISH: lambda: translate("Releases", "Publish"),
    Action.ARCHIVE: lambda: translate("Releases", "Archive"),
    Action.WITHDRAW: lambda: translate("Releases", "Withdraw"),
    Action.REOPEN: lambda: translate("Releases", "Reopen as draft"),
}

_BEFORE_PUBLISHED = frozenset(
    {State.DRAFT, State.IN_REVIEW, State.CHANGES_REQUESTED, State.APPROVED, State.SCHEDULED}
)

_OFFICER = frozenset({OFFICER})
_REVIEWER = frozenset({REVIEWER})

#: action -> the states it may start from, the roles of which the actor needs at least one, where
#: it leads (an approval: approved once the review rule is met, else still in review)
TRANSITIONS: dict[Action, Transition[State, str]] = {
    Action.SUBMIT: Transition(frozenset({State.DRAFT, State.CHANGES_REQUESTED}), _OFFICER, State.IN_REVIEW),
    Action.REQUEST_CHANGES: Transition(
        frozenset({State.IN_REVIEW, State.APPROVED, State.SCHEDULED}), _REVIEWER, State.CHANGES_REQUESTED
    ),
    Action.APPROVE: Transition(frozenset({State.IN_REVIEW}), _REVIEWER),
    Action.SCHEDULE: Transition(frozenset({State.APPROVED}), _OFFICER, State.SCHEDULED),
    Action.UNSCHEDULE: Transition(frozenset({State.SCHEDULED}), _OFFICER, State.APPROVED),
    Action.PUBLISH: Transition(frozenset({State.APPROVED, State.SCHEDULED}), _OFFICER, State.PUBLISHED),
    Action.ARCHIVE: Transition(
        frozenset({State.PUBLISHED, State.WITHDRAWN}), frozenset({ADMINISTRATOR}), State.ARCHIVED
    ),
    Action.WITHDRAW: Transition(_BEFORE_PUBLISHED, frozenset({OFFICER, ADMINISTRATOR}), State.WITHDRAWN),
    Action.REOPEN: Transition(frozenset({State.WITHDRAWN}), _OFFICER, State.DRAFT),
}

#: States in which the content may still be edited.
EDITABLE_STATES = _BEFORE_PUBLISHED
#: Roles that may edit a release's content.
EDIT_ROLES = frozenset({OFFICER})

REVIEW_RULES = ("any", "all")


@dataclass(frozen=True)
class Approval:
    reviewer_id: int
    content_hash: str


@dataclass(frozen=True)
class ReleaseFacts:
    """What the workflow needs to know about one release; nothing more."""

    state: State
    author_id: int
    last_editor_id: int
    content_hash: str
    reviewer_ids: frozenset[int] = field(default_factory=frozenset)
    review_rule: str = "any"
    approvals: tuple[Approval, ...] = ()
    embargo: datetime | None = None
    submit_note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", State(self.state))
        object.__setattr__(self, "reviewer_ids", frozenset(self.reviewer_ids))
        object.__setattr__(
            self, "approvals", tuple(a if isinstance(a, Approval) else Approval(*a) for a in self.approvals)
        )
        if self.review_rule not in REVIEW_RULES:
            raise ValueError(f"review_rule must be one of {REVIEW_RULES}, not {self.review_rule!r}")
        if self.embargo is not None and self.embargo.utcoffset() is None:
            raise ValueError("embargo must be an aware datetime")


@dataclass(frozen=True)
class ReviewProgress:
    """Who approved the current content, who is still awaited, who can never approve it."""

    approved_by: frozenset[int]
    waiting_for: frozenset[int]
    ineligible: frozenset[int]
    complete: bool


def format_moment(moment: datetime) -> str:
    """An aware time as people read it, with its UTC offset: ``2025-03-01 09:00 (UTC+08:00)``."""
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{moment:%Y-%m-%d %H:%M} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"


def may_approve(facts: ReleaseFacts, person_id: int) -> bool:
    """Four eyes: a chosen reviewer who is neither the author nor the last editor."""
    return person_id in facts.reviewer_ids and four_eyes_allow(
        person_id, facts.author_id, facts.last_editor_id
    )


def review_progress(facts: ReleaseFacts) -> ReviewProgress:
    approved = frozenset(
        a.reviewer_id
        for a in facts.approvals
        if a.content_hash == facts.content_hash and may_approve(facts, a.reviewer_id)
    )
    ineligible = frozenset(r for r in facts.reviewer_ids if not may_approve(facts, r))
    waiting = frozenset(facts.reviewer_ids - approved - ineligible)
    if facts.review_rule == "any":
        complete = bool(approved)
        if complete:
            waiting = frozenset()
    else:
        complete = bool(facts.reviewer_ids) and approved == facts.reviewer_ids
    return ReviewProgress(approved, waiting, ineligible, complete)


def _state_error(facts: ReleaseFacts, action: Action) -> ValidationError:
    return ValidationError(
        {
            "state": translate(
                "Releases",
                "A release that is \u201c{state}\u201d cannot be given the action \u201c{action}\u201d.",
            ).format(state=facts.state.label, action=action.label)
        }
    )


def _role_error(action: Action) -> PermissionDenied:
    messages = {
        Action.SUBMIT: lambda: translate("Releases", "Only an officer can submit a release for review."),
        Action.REQUEST_CHANGES: lambda: translate("Releases", "Only a reviewer can request changes."),
        Action.APPROVE: lambda: translate("Releases", "Only a reviewer can approve a release."),
        Action.SCHEDULE: lambda: translate("Releases", "Only an officer can schedule a release."),
        Action.UNSCHEDULE: lambda: translate("Releases", "Only an officer can unschedule a release."),
        Action.PUBLISH: lambda: translate("Releases", "Only an officer can publish a release."),
        Action.ARCHIVE: lambda: translate("Releases", "Only an administrator can archive a release."),
        Action.WITHDRAW: lambda: translate(
            "Releases", "Only an officer or an administrator can withdraw a release."
        ),
        Action.REOPEN: lambda: translate("Releases", "Only an officer can reopen a withdrawn release."),
    }
    return PermissionDenied(messages[action]())


def _check_reviewer(facts: ReleaseFacts, actor: Actor) -> None:
    if actor.person_id not in facts.reviewer_ids:
        raise PermissionDenied(
            translate("Releases", "Only the reviewers chosen for this release can review it.")
        )
    if actor.person_id == facts.author_id:
        raise PermissionDenied(
            translate("Releases", "You wrote this release; another reviewer has to review it (four eyes).")
        )
    if actor.person_id == facts.last_editor_id:
        raise PermissionDenied(
            translate(
                "Releases", "You edited this release last; another reviewer has to review it (four eyes)."
            )
        )


def _check_facts(facts: ReleaseFacts, actor: Actor, action: Action, now: datetime) -> None:
    if action is Action.SUBMIT:
        if not facts.submit_note.strip():
            raise ValidationError(
                {
                    "submit_note": translate(
                        "Releases", "Write a note for the reviewers: what should they look at?"
                    )
                }
            )
        if not facts.reviewer_ids:
            raise ValidationError(
                {"reviewer_ids": translate("Releases", "Choose at least one reviewer before submitting.")}
            )
        if not any(may_approve(facts, r) for r in facts.reviewer_ids):
            raise ValidationError(
                {
                    "reviewer_ids": translate(
                        "Releases",
                        "Choose a reviewer other than the author and the last editor; they cannot approve "
                        "their own work (four eyes).",
                    )
                }
            )
    elif action is Action.APPROVE:
        if Approval(actor.person_id, facts.content_hash) in facts.approvals:
            raise ValidationError(
                {"approvals": translate("Releases", "You have already approved this version of the release.")}
            )
    elif action is Action.SCHEDULE:
        if facts.embargo is None:
            raise ValidationError(
                {
                    "embargo": translate(
                        "Releases", "Set an embargo time to schedule the release, or publish it now."
                    )
                }
            )
        if facts.embargo <= now:
            raise ValidationError(
                {
                    "embargo": translate(
                        "Releases", "The embargo ({embargo}) has passed; publish the release now instead."
                    ).format(embargo=format_moment(facts.embargo))
                }
            )
    elif action is Action.PUBLISH:
        if facts.embargo is not None and now < facts.embargo:
            raise ValidationError(
                {
                    "embargo": translate(
                        "Releases",
                        "This release is under embargo until {embargo}; it cannot be published before then.",
                    ).format(embargo=format_moment(facts.embargo))
                }
            )
        if not review_progress(facts).complete:
            raise ValidationError(
                {
                    "approvals": translate(
                        "Releases",
                        "The approved version has changed; the release needs to be approved again.",
                    )
                }
            )


def check_transition(facts: ReleaseFacts, actor: Actor, action: Action, now: datetime) -> State:
    """The state the release reaches if ``actor`` does ``action`` at ``now``; raises otherwise."""
    if now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    action = Action(action)
    step = TRANSITIONS[action]
    if facts.state not in step.sources:
        raise _state_error(facts, action)
    if not step.roles & actor.roles:
        raise _role_error(action)
    if action in (Action.APPROVE, Action.REQUEST_CHANGES):
        _check_reviewer(facts, actor)
    _check_facts(facts, actor, action, now)
    return _target(facts, actor, action)


def _target(facts: ReleaseFacts, actor: Actor, action: Action) -> State:
    if action is Action.APPROVE:
        after = replace(facts, approvals=(*facts.approvals, Approval(actor.person_id, facts.content_hash)))
        return State.APPROVED if review_progress(after).complete else State.IN_REVIEW
    target = TRANSITIONS[action].target
    assert target is not None, action  # every other action names its target in the table
    return target


def apply_action(facts: ReleaseFacts, actor: Actor, action: Action, now: datetime) -> ReleaseFacts:
    """Check and perform ``action``: the new facts (state and approvals) for the service to store."""
    state = check_transition(facts, actor, action, now)
    approvals = facts.approvals
    if action is Action.APPROVE:
        approvals = (*approvals, Approval(actor.person_id, facts.content_hash))
    elif action is Action.REQUEST_CHANGES:
        approvals = tuple(a for a in approvals if a.reviewer_id != actor.person_id)
    elif action is Action.REOPEN:
        approvals = ()
    return replace(facts, state=state, approvals=approvals)


def why_not(facts: ReleaseFacts, actor: Actor, action: Action, now: datetime) -> str | None:
    """``None`` if the action is possible now, else the sentence explaining why not (for tooltips)."""
    try:
        check_transition(facts, actor, action, now)
    except ValidationError as exc:
        return " ".join(exc.errors.values())
    except PermissionDenied as exc:
        return str(exc)
    return None


def allowed_actions(facts: ReleaseFacts, actor: Actor, now: datetime) -> list[Action]:
    """Actions ``actor`` may take now, in ``Action`` order.

    The submit note is asked for together with the submit action, so a missing note does not hide
    "submit" here; :func:`check_transition` still insists on it.
    """
    probe = facts if facts.submit_note.strip() else replace(facts, submit_note="-")
    result = []
    for action in Action:
        try:
            check_transition(probe if action is Action.SUBMIT else facts, actor, action, now)
        except (PermissionDenied, ValidationError):
            continue
        result.append(action)
    return result


def check_edit(facts: ReleaseFacts, actor: Actor) -> None:
    """Raise unless ``actor`` may change the content of the release now."""
    if facts.state not in EDITABLE_STATES:
        raise ValidationError(
            {
                "state": translate(
                    "Releases", "A release that is \u201c{state}\u201d can no longer be edited."
                ).format(state=facts.state.label)
            }
        )
    if not EDIT_ROLES & actor.roles:
        raise PermissionDenied(translate("Releases", "Only an officer can edit a release."))


def after_edit(facts: ReleaseFacts, editor_id: int, new_hash: str) -> ReleaseFacts:
    """The facts after ``editor_id`` saved content hashing to ``new_hash``.

    Saving unchanged content changes nothing. A real change makes the editor the last editor,
    voids every approval, and sends an Approved or Scheduled release back to InReview.
    """
    if facts.state not in EDITABLE_STATES:
        raise ValidationError(
            {
                "state": translate(
                    "Releases", "A release that is \u201c{state}\u201d can no longer be edited."
                ).format(state=facts.state.label)
            }
        )
    if new_hash == facts.content_hash:
        return facts
    state = State.IN_REVIEW if facts.state in (State.APPROVED, State.SCHEDULED) else facts.state
    return replace(facts, state=state, last_editor_id=editor_id, content_hash=new_hash, approvals=())


def awaiting_review_by(facts_list: Iterable[tuple[object, ReleaseFacts]], person_id: int) -> list[object]:
    """Keys of releases in review that ``person_id`` may approve and has not approved yet."""
    return [
        key
        for key, facts in facts_list
        if facts.state is State.IN_REVIEW and person_id in review_progress(facts).waiting_for
    ]
