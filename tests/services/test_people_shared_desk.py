"""A desk several people share (one office computer, a SQLite file): everyone who can approve
anything (a release's review, minutes' sign-off) has a passphrase as soon as a second person uses
the desk, so that no one approves in their name; the first person alone needs none. Who can
approve is asked of one place (services.approvals), the one the approval checks read."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import update

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import ValidationError
from commdesk.core.releases import workflow
from commdesk.persistence.models import PersonRow
from commdesk.services import approvals
from commdesk.services.approvals import Approval, approver_roles, can_approve
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.people import PeopleService


@pytest.fixture
def alone(ctx):
    """A new desk with its first person, who set no passphrase (nobody else is there)."""
    svc = ctx.service(PeopleService)
    first = svc.create_first_profile("周敏 Zhou Min", "zhou@example.org", roles={Role.ADMINISTRATOR})
    ctx.current = lambda: first
    return first


def drop_passphrase(ctx, person_id: int) -> None:
    """A desk from before the rule: someone's passphrase is missing."""
    with ctx.sessions() as session, session.begin():
        session.execute(update(PersonRow).where(PersonRow.id == person_id).values(passphrase_hash=None))


def test_the_first_person_alone_needs_no_passphrase(ctx, alone):
    svc = ctx.service(PeopleService)
    assert not alone.has_passphrase and svc.authenticate(alone.id, None).id == alone.id
    assert svc.missing_passphrases() == (alone,)  # they would need one before anyone else comes


def test_a_second_person_waits_for_the_approvers_passphrases(ctx, alone):
    svc = ctx.service(PeopleService)
    with pytest.raises(ValidationError) as refused:
        svc.create("李明 Li Ming", "li@example.org", roles={Role.OFFICER}, passphrase="li-pass")
    message = refused.value.errors["passphrase"]
    assert "周敏 Zhou Min (approves minutes)" in message  # who needs one, and why
    assert "People and roles" in message and "commdesk people passphrase" in message  # and how
    assert svc.why_not_add() == message  # what the window shows before anything is typed
    assert svc.count() == 1
    svc.update(svc.get(alone.id), passphrase="zhou-pass")
    with pytest.raises(ValidationError, match="李明 Li Ming can approve minutes") as refused:
        svc.create("李明 Li Ming", "li@example.org", roles={Role.OFFICER})
    assert "needs a passphrase" in str(refused.value)
    with pytest.raises(ValidationError, match="王芳 can approve press releases"):
        svc.create("王芳", roles={Role.REVIEWER})
    li = svc.create("李明 Li Ming", "li@example.org", roles={Role.OFFICER}, passphrase="li-pass")
    assert li.has_passphrase and svc.authenticate(li.id, "li-pass").id == li.id


def test_an_approver_keeps_their_passphrase_while_others_use_the_desk(ctx, people):
    svc = ctx.service(PeopleService)
    for key in ("admin", "officer", "reviewer"):
        with pytest.raises(ValidationError, match="keeps a passphrase"):
            svc.update(svc.get(people[key].id), clear_passphrase=True)
        assert svc.get(people[key].id).has_passphrase
    svc.update(svc.get(people["officer"].id), passphrase="a new one")  # changing it is fine
    assert svc.authenticate(people["officer"].id, "a new one").id == people["officer"].id


def test_the_last_one_left_may_drop_their_passphrase(ctx, alone):
    svc = ctx.service(PeopleService)
    svc.update(svc.get(alone.id), passphrase="zhou-pass")
    assert not svc.update(svc.get(alone.id), clear_passphrase=True).has_passphrase


def test_an_approver_without_passphrase_is_not_made_active_again(ctx, people):
    svc = ctx.service(PeopleService)
    officer2 = svc.update(replace(people["officer2"], active=False))
    drop_passphrase(ctx, officer2.id)
    assert svc.missing_passphrases() == ()  # inactive: nobody can sign in as them
    with pytest.raises(ValidationError, match="Emma Schmidt can approve minutes"):
        svc.update(replace(svc.get(officer2.id), active=True))
    assert not svc.get(officer2.id).active
    assert svc.update(replace(svc.get(officer2.id), active=True), passphrase="emma-again").active


def test_an_older_desk_is_not_refused_unrelated_edits_but_no_one_is_added(ctx, people):
    svc = ctx.service(PeopleService)
    drop_passphrase(ctx, people["reviewer"].id)
    assert svc.update(replace(svc.get(people["reviewer"].id), department="新闻中心")).department == "新闻中心"
    with pytest.raises(ValidationError, match="No passphrase yet: 王芳 Wang Fang \\(approves press releases"):
        svc.create("New One", roles={Role.OFFICER}, passphrase="new-pass")


def test_a_desk_becoming_shared_again_needs_the_approvers_passphrases(ctx, people):
    """Everyone else inactive, the administrator dropped their passphrase; making someone active
    again shares the desk, so the administrator is named first."""
    svc = ctx.service(PeopleService)
    for key in ("officer", "reviewer", "officer2"):
        svc.update(replace(svc.get(people[key].id), active=False))
    svc.update(svc.get(people["admin"].id), clear_passphrase=True)  # alone at the desk
    with pytest.raises(ValidationError, match="No passphrase yet: 陈静 Chen Jing"):
        svc.update(replace(svc.get(people["officer"].id), active=True))


def test_a_role_that_approves_needs_a_passphrase_and_a_new_approval_is_covered(ctx, people, monkeypatch):
    """Whoever is given a role that approves needs a passphrase; the rule reads services.approvals,
    so when officers approve nothing they need none, and once an approval names them again they do."""
    svc = ctx.service(PeopleService)
    monkeypatch.setitem(approvals.APPROVERS, Approval.MINUTES, (Role.ADMINISTRATOR,))
    plain = svc.create("Officer Only", roles={Role.OFFICER})  # approves nothing now: no passphrase
    assert not plain.has_passphrase
    with pytest.raises(ValidationError, match="Officer Only can approve press releases"):
        svc.update(replace(plain, roles=frozenset({Role.OFFICER, Role.REVIEWER})))
    assert svc.get(plain.id).roles == {Role.OFFICER}
    reviewer = svc.update(replace(plain, roles=frozenset({Role.OFFICER, Role.REVIEWER})), passphrase="p")
    assert reviewer.has_passphrase
    monkeypatch.setitem(approvals.APPROVERS, Approval.MINUTES, (Role.OFFICER, Role.ADMINISTRATOR))
    with pytest.raises(ValidationError, match="can approve minutes"):
        svc.create("Another Officer", roles={Role.OFFICER})


def test_a_team_database_needs_no_passphrases(ctx, people):
    """Each login proves who connects to a team's server database: passphrases are not asked for."""
    ctx.bound_person = people["admin"]
    svc = ctx.service(PeopleService)
    assert svc.why_not_add({Role.OFFICER}, has_passphrase=False) == ""
    assert not svc.needs_passphrase({Role.REVIEWER})
    assert svc.missing_passphrases() == ()


@pytest.mark.parametrize("role", list(Role))
def test_who_can_approve_is_who_the_approval_checks_let_approve(ctx, people, role):
    """can_approve agrees with the checks themselves: the minutes' sign-off and the release workflow."""
    ctx.current = lambda: Person(id=999, name="Someone", roles=frozenset({role}))
    signs_off_minutes = ctx.service(MeetingMinutesService).may_write() == ""
    reviews_releases = any(
        role.value in workflow.TRANSITIONS[action].roles
        for action in (workflow.Action.APPROVE, workflow.Action.REQUEST_CHANGES)
    )
    assert (role in approver_roles(Approval.MINUTES)) == signs_off_minutes
    assert (role in approver_roles(Approval.RELEASE)) == reviews_releases
    assert can_approve({role}) == any(role in approver_roles(kind) for kind in Approval)
    assert not (signs_off_minutes or reviews_releases) or can_approve({role})
