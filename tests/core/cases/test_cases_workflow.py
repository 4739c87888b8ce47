"""A case's statuses and their transitions, priorities, and complaint grades with who decides (HL-4)."""

from __future__ import annotations

import pytest

from commdesk.core.cases.workflow import (
    COMPLAINT_GRADES,
    MANAGER,
    CaseStatus,
    Channel,
    Priority,
    allowed_next,
    check_grade_change,
    check_grade_decision,
    check_transition,
    default_priority,
    escalation_grade,
    grade_deciders,
    is_reopen,
    may_change_grade,
    may_decide_grade,
)
from commdesk.core.domain.people import Role
from commdesk.core.errors import PermissionDenied, ValidationError

S = CaseStatus

# Spelled out here rather than read from the module, so a change of the table has to change the test.
EXPECTED = {
    S.NEW: {S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING, S.RESOLVED},
    S.ACKNOWLEDGED: {S.IN_PROGRESS, S.WAITING, S.RESOLVED},
    S.IN_PROGRESS: {S.WAITING, S.RESOLVED},
    S.WAITING: {S.IN_PROGRESS, S.RESOLVED},
    S.RESOLVED: {S.CLOSED, S.IN_PROGRESS},
    S.CLOSED: {S.IN_PROGRESS},
}


@pytest.mark.parametrize("old", list(S))
@pytest.mark.parametrize("new", list(S))
def test_every_pair_of_statuses(old, new):
    assert set(allowed_next(old)) == EXPECTED[old]
    if new in EXPECTED[old]:
        check_transition(old, new)
        return
    with pytest.raises(ValidationError) as caught:
        check_transition(old, new)
    message = caught.value.errors["status"]
    # The message names where the case is and what it can become instead (the fix).
    assert old.label in message
    assert all(s.label in message for s in EXPECTED[old])


def test_statuses_as_stored_strings_are_accepted():
    check_transition("resolved", "closed")  # what the database hands back
    with pytest.raises(ValidationError):
        check_transition("closed", "resolved")
    with pytest.raises(ValueError):
        check_transition("new", "archived")


def test_a_case_is_closed_only_after_its_outcome_and_reopens_to_in_progress():
    for status in (S.NEW, S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING):
        assert S.CLOSED not in allowed_next(status)
    assert is_reopen(S.RESOLVED, S.IN_PROGRESS) and is_reopen(S.CLOSED, S.IN_PROGRESS)
    assert not is_reopen(S.WAITING, S.IN_PROGRESS) and not is_reopen(S.RESOLVED, S.CLOSED)


def test_staying_in_the_same_status_is_refused_with_a_plain_message():
    with pytest.raises(ValidationError, match="already"):
        check_transition(S.WAITING, S.WAITING)


def test_values_and_labels():
    assert [c.value for c in Channel] == [
        "hotline",
        "mailbox",
        "web_form",
        "social_media",
        "letter",
        "walk_in",
        "media_inquiry",
    ]
    assert [p.value for p in Priority] == ["low", "normal", "high", "urgent"]
    assert sorted(Priority, key=lambda p: p.rank) == [
        Priority.LOW,
        Priority.NORMAL,
        Priority.HIGH,
        Priority.URGENT,
    ]
    for member in (*Channel, *S, *Priority):
        assert member.label and member.label != member.value
    assert default_priority(Channel.MEDIA_INQUIRY) is Priority.HIGH  # MD-5: answered quickly
    assert default_priority(Channel.HOTLINE) is Priority.NORMAL


# ---------------------------------------------------------------------------------------- grades
def test_who_decides_each_grade():
    assert grade_deciders(1) == {"officer", "reviewer", MANAGER}
    assert grade_deciders(2) == {"reviewer", MANAGER}
    assert grade_deciders(3) == {MANAGER}
    # The administrator role alone decides no complaint; the people roles as enum members or strings.
    assert not may_decide_grade(1, [Role.ADMINISTRATOR])
    assert may_decide_grade(1, [Role.ADMINISTRATOR, Role.OFFICER])
    assert may_decide_grade(2, {Role.REVIEWER}) and may_decide_grade(2, ["reviewer"])
    assert not may_decide_grade(2, [Role.OFFICER])
    assert not may_decide_grade(3, [Role.REVIEWER, Role.OFFICER, Role.ADMINISTRATOR])
    assert may_decide_grade(3, [MANAGER])
    assert not may_decide_grade(1, [])


def test_escalation_goes_up_one_grade_at_a_time():
    assert [escalation_grade(g) for g in (1, 2, 3)] == [2, 3, None]
    assert [g.grade for g in COMPLAINT_GRADES.values()] == [1, 2, 3]
    assert all(COMPLAINT_GRADES[g].label and COMPLAINT_GRADES[g].description for g in (1, 2, 3))


@pytest.mark.parametrize("grade", [0, 4, -1, "x"])
def test_a_grade_outside_one_to_three_is_a_validation_error(grade):
    with pytest.raises(ValidationError) as caught:
        grade_deciders(grade)
    assert "1, 2 or 3" in caught.value.errors["grade"]


def test_refusal_names_who_may_decide():
    check_grade_decision(2, [Role.REVIEWER])
    with pytest.raises(PermissionDenied) as caught:
        check_grade_decision(2, [Role.OFFICER])
    assert "reviewer" in str(caught.value) and "manager" in str(caught.value)
    with pytest.raises(PermissionDenied, match="manager named in the settings"):
        check_grade_decision(3, [Role.REVIEWER])


def test_anyone_working_cases_raises_a_grade_only_its_deciders_lower_it():
    officer, reviewer, admin = [Role.OFFICER], [Role.REVIEWER], [Role.ADMINISTRATOR]
    assert may_change_grade(None, 1, officer)  # grading a case as a complaint
    assert may_change_grade(1, 3, officer)  # escalating what matters (FB-4)
    assert not may_change_grade(1, 2, admin)  # administrators do not work cases by that role
    assert not may_change_grade(2, 1, officer)
    assert may_change_grade(2, 1, reviewer)
    assert not may_change_grade(3, 2, reviewer)
    assert may_change_grade(3, None, [MANAGER])
    assert not may_change_grade(2, None, officer)  # no longer a complaint: a decision of its grade
    assert may_change_grade(2, 2, [])  # no change
    with pytest.raises(ValidationError):
        may_change_grade(1, 5, officer)


def test_a_refused_grade_change_says_why():
    check_grade_change(None, 2, [Role.OFFICER])
    with pytest.raises(PermissionDenied, match="decided by a reviewer or a manager"):
        check_grade_change(2, 1, [Role.OFFICER])
    with pytest.raises(PermissionDenied, match="may grade a complaint"):
        check_grade_change(None, 1, [Role.ADMINISTRATOR])
    with pytest.raises(ValidationError):
        check_grade_change(1, 0, [Role.REVIEWER])
