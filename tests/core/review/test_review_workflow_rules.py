"""The review state machine without a database: four eyes, two reviewers, edits."""

from __future__ import annotations

import pytest

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.review import workflow as wf
from commdesk.core.review.content import content_hash
from commdesk.core.review.kinds import Kind

AUTHOR = Person(1, "作者", roles=frozenset({Role.OFFICER, Role.REVIEWER}))
EDITOR = Person(2, "编辑", roles=frozenset({Role.OFFICER, Role.REVIEWER}))
R1 = Person(3, "审核一", roles=frozenset({Role.REVIEWER}))
R2 = Person(4, "审核二", roles=frozenset({Role.REVIEWER}))


def facts(state=wf.State.IN_REVIEW, approvals=(), needed=1):
    return wf.Facts(Kind.POST, state, AUTHOR.id, EDITOR.id, "h", tuple(approvals), needed)


def test_four_eyes_and_roles():
    for person in (AUTHOR, EDITOR):
        with pytest.raises(PermissionDenied):
            wf.check(wf.Action.APPROVE, facts(), person)
    with pytest.raises(PermissionDenied):
        wf.check(wf.Action.SUBMIT, facts(wf.State.DRAFT), R1)
    with pytest.raises(ValidationError):
        wf.check(wf.Action.APPROVE, facts(wf.State.DRAFT), R1)
    wf.check(wf.Action.APPROVE, facts(), R1)
    assert wf.allowed_actions(facts(), R1) == [wf.Action.APPROVE, wf.Action.RETURN]


def test_two_reviewers_are_two_people_approving_the_same_hash():
    one = facts(approvals=((R1.id, "h"),), needed=2)
    assert wf.after_approve(facts(needed=2), R1.id) is wf.State.IN_REVIEW
    assert wf.after_approve(one, R2.id) is wf.State.APPROVED
    with pytest.raises(ValidationError):
        wf.check(wf.Action.APPROVE, one, R1)
    stale = facts(approvals=((R1.id, "old"),), needed=2)
    assert wf.after_approve(stale, R2.id) is wf.State.IN_REVIEW
    assert not facts(wf.State.APPROVED, approvals=((R1.id, "old"),)).approved_enough


def test_edits_send_an_approved_item_back_and_stop_after_it_went_out():
    assert wf.after_edit(wf.State.APPROVED) is wf.State.IN_REVIEW
    assert wf.after_edit(wf.State.SENT) is wf.State.IN_REVIEW  # a correction stops queued copies
    assert wf.after_edit(wf.State.RETURNED) is wf.State.RETURNED
    for state in (wf.State.PUBLISHED, wf.State.WITHDRAWN):
        with pytest.raises(ValidationError):
            wf.after_edit(state)
    assert wf.reviewers_needed("2") == 2 and wf.reviewers_needed("7") == 1 and wf.reviewers_needed(None) == 1


def test_the_hash_ignores_only_what_a_reader_cannot_see():
    assert content_hash({"a": "通知 ", "b": "x"}) == content_hash({"b": "x", "a": "通知"})
    assert content_hash({"a": "通知"}) != content_hash({"a": "通 知"})
    assert content_hash({"a": "e\u0301"}) == content_hash({"a": "\u00e9"})


def test_each_action_leads_where_the_table_says_and_the_facts_decide_the_rest():
    writer = Person(5, "干事", roles=frozenset({Role.OFFICER}))
    walk = [
        (wf.Action.SUBMIT, wf.State.DRAFT, writer, wf.State.IN_REVIEW),
        (wf.Action.RETURN, wf.State.IN_REVIEW, R1, wf.State.RETURNED),
        (wf.Action.SUBMIT, wf.State.RETURNED, writer, wf.State.IN_REVIEW),
        (wf.Action.WITHDRAW, wf.State.IN_REVIEW, writer, wf.State.WITHDRAWN),
        (wf.Action.REOPEN, wf.State.WITHDRAWN, writer, wf.State.DRAFT),
    ]
    for action, state, person, reached in walk:
        wf.check(action, facts(state), person)
        assert wf.after(action, facts(state), person.id) is reached
    assert wf.after(wf.Action.APPROVE, facts(needed=2), R1.id) is wf.State.IN_REVIEW
    assert wf.after(wf.Action.APPROVE, facts(), R1.id) is wf.State.APPROVED
    approved = facts(wf.State.APPROVED, approvals=((R1.id, "h"),))
    wf.check(wf.Action.FINISH, approved, writer)
    assert wf.after(wf.Action.FINISH, approved, writer.id) is wf.State(Kind.POST.finished_state)
    # the table names a target for every action the facts do not decide
    assert {a for a, t in wf.TRANSITIONS.items() if t.target is None} == {wf.Action.APPROVE, wf.Action.FINISH}
