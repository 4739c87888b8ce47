"""The review workflow: every (state, action, role set) against an explicit table, then the rules."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.releases.actor import Actor
from commdesk.core.releases.workflow import (
    Action,
    Approval,
    ReleaseFacts,
    State,
    after_edit,
    allowed_actions,
    apply_action,
    awaiting_review_by,
    check_edit,
    check_transition,
    review_progress,
    why_not,
)

S, A = State, Action
CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 1, 9, 0, tzinfo=CST)
AUTHOR, EDITOR, ME, OTHER = 1, 2, 3, 4

ROLE_SETS = [
    frozenset(c)
    for n in range(4)
    for c in itertools.combinations(("administrator", "officer", "reviewer"), n)
]

# Which roles each action needs (at least one of them), written out independently of the code.
NEEDS = {
    A.SUBMIT: {"officer"},
    A.REQUEST_CHANGES: {"reviewer"},
    A.APPROVE: {"reviewer"},
    A.SCHEDULE: {"officer"},
    A.UNSCHEDULE: {"officer"},
    A.PUBLISH: {"officer"},
    A.ARCHIVE: {"administrator"},
    A.WITHDRAW: {"officer", "administrator"},
    A.REOPEN: {"officer"},
}

# (state, action) -> outcome for an actor with a needed role, per embargo variant:
# "none" = no embargo, "future" = embargo one day ahead. Pairs not listed are refused by state.
EXPECT = {
    (S.DRAFT, A.SUBMIT): (S.IN_REVIEW, S.IN_REVIEW),
    (S.CHANGES_REQUESTED, A.SUBMIT): (S.IN_REVIEW, S.IN_REVIEW),
    (S.IN_REVIEW, A.REQUEST_CHANGES): (S.CHANGES_REQUESTED, S.CHANGES_REQUESTED),
    (S.APPROVED, A.REQUEST_CHANGES): (S.CHANGES_REQUESTED, S.CHANGES_REQUESTED),
    (S.SCHEDULED, A.REQUEST_CHANGES): (S.CHANGES_REQUESTED, S.CHANGES_REQUESTED),
    (S.IN_REVIEW, A.APPROVE): (S.APPROVED, S.APPROVED),
    (S.APPROVED, A.SCHEDULE): (ValidationError, S.SCHEDULED),
    (S.SCHEDULED, A.UNSCHEDULE): (S.APPROVED, S.APPROVED),
    (S.APPROVED, A.PUBLISH): (S.PUBLISHED, ValidationError),
    (S.SCHEDULED, A.PUBLISH): (S.PUBLISHED, ValidationError),
    (S.PUBLISHED, A.ARCHIVE): (S.ARCHIVED, S.ARCHIVED),
    (S.WITHDRAWN, A.ARCHIVE): (S.ARCHIVED, S.ARCHIVED),
    (S.DRAFT, A.WITHDRAW): (S.WITHDRAWN, S.WITHDRAWN),
    (S.IN_REVIEW, A.WITHDRAW): (S.WITHDRAWN, S.WITHDRAWN),
    (S.CHANGES_REQUESTED, A.WITHDRAW): (S.WITHDRAWN, S.WITHDRAWN),
    (S.APPROVED, A.WITHDRAW): (S.WITHDRAWN, S.WITHDRAWN),
    (S.SCHEDULED, A.WITHDRAW): (S.WITHDRAWN, S.WITHDRAWN),
    (S.WITHDRAWN, A.REOPEN): (S.DRAFT, S.DRAFT),
}


def facts_for(state: State, embargo=None, **kw) -> ReleaseFacts:
    approved = state in (S.APPROVED, S.SCHEDULED)
    base = {
        "state": state,
        "author_id": AUTHOR,
        "last_editor_id": EDITOR,
        "content_hash": "h1",
        "reviewer_ids": {ME, OTHER},
        "review_rule": "any",
        "approvals": (Approval(OTHER, "h1"),) if approved else (),
        "embargo": embargo,
        "submit_note": "Please check the figures in paragraph 2.",
    }
    base.update(kw)
    return ReleaseFacts(**base)


def actor(roles, pid=ME) -> Actor:
    return Actor(person_id=pid, name="王芳", roles=frozenset(roles))


@pytest.mark.parametrize("variant", ["none", "future"])
def test_every_state_action_and_role_set(variant):
    embargo = None if variant == "none" else NOW + timedelta(days=1)
    checked = 0
    for state, action, roles in itertools.product(State, Action, ROLE_SETS):
        facts = facts_for(state, embargo)
        who = actor(roles)
        if (state, action) not in EXPECT:
            expected = ValidationError
        elif not NEEDS[action] & roles:
            expected = PermissionDenied
        else:
            expected = EXPECT[state, action][0 if variant == "none" else 1]
        where = f"{state.value} + {action.value} by {sorted(roles)} ({variant})"
        if isinstance(expected, State):
            assert check_transition(facts, who, action, NOW) is expected, where
            assert action in allowed_actions(facts, who, NOW), where
            assert why_not(facts, who, action, NOW) is None, where
        else:
            with pytest.raises(expected) as info:
                check_transition(facts, who, action, NOW)
            assert type(info.value) is expected, where
            assert str(info.value).strip(), where
            assert action not in allowed_actions(facts, who, NOW), where
            assert why_not(facts, who, action, NOW), where
        checked += 1
    assert checked == len(State) * len(Action) * 8


def test_state_and_action_labels_are_distinct_text():
    assert len({s.label for s in State}) == len(State)
    assert len({a.label for a in Action}) == len(Action)


@pytest.mark.parametrize("who", [AUTHOR, EDITOR])
def test_four_eyes_author_and_last_editor_never_approve(who):
    facts = facts_for(S.IN_REVIEW, reviewer_ids={AUTHOR, EDITOR, ME})
    everything = actor({"administrator", "officer", "reviewer"}, pid=who)
    with pytest.raises(PermissionDenied, match="four eyes"):
        check_transition(facts, everything, A.APPROVE, NOW)
    with pytest.raises(PermissionDenied, match="four eyes"):
        check_transition(facts, everything, A.REQUEST_CHANGES, NOW)
    assert A.APPROVE not in allowed_actions(facts, everything, NOW)
    assert review_progress(facts).ineligible == {AUTHOR, EDITOR}


def test_reviewer_who_edits_loses_the_right_to_approve():
    facts = after_edit(facts_for(S.IN_REVIEW), editor_id=ME, new_hash="h2")
    with pytest.raises(PermissionDenied, match="edited this release last"):
        check_transition(facts, actor({"reviewer", "officer"}), A.APPROVE, NOW)


def test_only_chosen_reviewers_review():
    facts = facts_for(S.IN_REVIEW)
    with pytest.raises(PermissionDenied, match="chosen"):
        check_transition(facts, actor({"reviewer"}, pid=99), A.APPROVE, NOW)


def test_all_rule_needs_every_chosen_reviewer_on_the_current_hash():
    facts = facts_for(S.IN_REVIEW, review_rule="all", approvals=(Approval(OTHER, "old"),))
    facts = apply_action(facts, actor({"reviewer"}), A.APPROVE, NOW)
    assert facts.state is S.IN_REVIEW  # OTHER's approval was for another hash
    assert review_progress(facts).waiting_for == {OTHER}
    assert awaiting_review_by([("r1", facts)], OTHER) == ["r1"]
    assert awaiting_review_by([("r1", facts)], ME) == []
    facts = apply_action(facts, actor({"reviewer"}, pid=OTHER), A.APPROVE, NOW)
    assert facts.state is S.APPROVED
    assert review_progress(facts).complete


def test_any_rule_ignores_approvals_of_other_versions():
    facts = facts_for(S.APPROVED, approvals=(Approval(OTHER, "old"),))
    with pytest.raises(ValidationError, match="approved again"):
        check_transition(facts, actor({"officer"}), A.PUBLISH, NOW)


def test_duplicate_approval_is_refused():
    facts = facts_for(S.IN_REVIEW, review_rule="all", approvals=(Approval(ME, "h1"),))
    with pytest.raises(ValidationError, match="already approved"):
        check_transition(facts, actor({"reviewer"}), A.APPROVE, NOW)


@pytest.mark.parametrize("state", [S.APPROVED, S.SCHEDULED])
def test_edit_after_approval_voids_it_and_returns_to_review(state):
    facts = facts_for(state, embargo=NOW + timedelta(hours=3))
    edited = after_edit(facts, editor_id=AUTHOR, new_hash="h2")
    assert edited.state is S.IN_REVIEW
    assert edited.approvals == ()
    assert edited.last_editor_id == AUTHOR and edited.content_hash == "h2"
    assert not review_progress(edited).complete


def test_saving_unchanged_content_changes_nothing():
    facts = facts_for(S.APPROVED)
    assert after_edit(facts, editor_id=ME, new_hash="h1") is facts


def test_edit_in_draft_keeps_the_state():
    assert after_edit(facts_for(S.DRAFT), AUTHOR, "h9").state is S.DRAFT


@pytest.mark.parametrize("state", [S.PUBLISHED, S.ARCHIVED, S.WITHDRAWN])
def test_closed_releases_cannot_be_edited(state):
    with pytest.raises(ValidationError, match="can no longer be edited"):
        after_edit(facts_for(state), AUTHOR, "h2")
    with pytest.raises(ValidationError):
        check_edit(facts_for(state), actor({"officer"}))


def test_only_officers_edit():
    with pytest.raises(PermissionDenied):
        check_edit(facts_for(S.DRAFT), actor({"reviewer"}))
    check_edit(facts_for(S.DRAFT), actor({"officer"}))


def test_publish_before_embargo_names_the_embargo_time():
    embargo = datetime(2025, 3, 2, 10, 30, tzinfo=CST)
    facts = facts_for(S.SCHEDULED, embargo=embargo)
    with pytest.raises(ValidationError, match=r"2025-03-02 10:30 \(UTC\+08:00\)"):
        check_transition(facts, actor({"officer"}), A.PUBLISH, NOW)
    at_embargo = embargo.astimezone(UTC)  # same instant, other zone
    assert check_transition(facts, actor({"officer"}), A.PUBLISH, at_embargo) is S.PUBLISHED
    assert A.PUBLISH not in allowed_actions(facts, actor({"officer"}), NOW)


def test_schedule_needs_a_future_embargo():
    facts = facts_for(S.APPROVED, embargo=NOW - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="has passed"):
        check_transition(facts, actor({"officer"}), A.SCHEDULE, NOW)


def test_submit_needs_a_note_but_the_button_is_offered():
    facts = facts_for(S.DRAFT, submit_note="   ")
    with pytest.raises(ValidationError, match="note for the reviewers") as info:
        check_transition(facts, actor({"officer"}), A.SUBMIT, NOW)
    assert "submit_note" in info.value.errors
    assert A.SUBMIT in allowed_actions(facts, actor({"officer"}), NOW)


def test_submit_needs_an_eligible_reviewer():
    with pytest.raises(ValidationError, match="at least one reviewer"):
        check_transition(facts_for(S.DRAFT, reviewer_ids=set()), actor({"officer"}), A.SUBMIT, NOW)
    with pytest.raises(ValidationError, match="four eyes"):
        check_transition(facts_for(S.DRAFT, reviewer_ids={AUTHOR}), actor({"officer"}), A.SUBMIT, NOW)


def test_request_changes_drops_the_requesters_approval_and_reopen_clears_all():
    facts = facts_for(S.APPROVED, approvals=(Approval(ME, "h1"), Approval(OTHER, "h1")))
    facts = apply_action(facts, actor({"reviewer"}), A.REQUEST_CHANGES, NOW)
    assert facts.state is S.CHANGES_REQUESTED and facts.approvals == (Approval(OTHER, "h1"),)
    facts = apply_action(facts, actor({"officer"}), A.WITHDRAW, NOW)
    facts = apply_action(facts, actor({"officer"}), A.REOPEN, NOW)
    assert facts.state is S.DRAFT and facts.approvals == ()


def test_naive_times_are_programming_errors():
    with pytest.raises(ValueError):
        facts_for(S.DRAFT, embargo=datetime(2025, 1, 1))
    with pytest.raises(ValueError):
        check_transition(facts_for(S.DRAFT), actor({"officer"}), A.SUBMIT, datetime(2025, 1, 1))


def test_actor_adapts_the_foundation_person():
    person = Person(id=7, name="李雷", roles=frozenset({Role.REVIEWER, Role.OFFICER}))
    a = Actor.from_person(person)
    assert a.roles == {"reviewer", "officer"} and a.has("reviewer") and a.person_id == 7
    assert replace(a, roles=frozenset({Role.ADMINISTRATOR})).roles == {"administrator"}
