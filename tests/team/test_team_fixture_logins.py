"""The team fixtures do what the imported service tests rely on: the context connects as the login
of whoever acts, and what they write is theirs in the audit log whatever the client says."""

from __future__ import annotations

from sqlalchemy import text

from commdesk.services.audit import AuditService


def test_the_context_connects_as_whoever_acts(ctx, people, as_person, team_copy):
    for key in ("admin", "officer", "reviewer"):
        as_person(people[key])
        with ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT session_user")).scalar() == team_copy.logins[key]
            assert conn.execute(text("SELECT commdesk_session_person()")).scalar() == people[key].id


def test_an_entry_names_the_login_not_who_the_client_claims(ctx, people, as_person):
    officer = people["officer"]
    as_person(officer)
    # the officer's connection, but commdesk told it acts as the reviewer (as a doctored client could)
    reviewer = people["reviewer"]
    with ctx.unit_of_work() as uow:
        uow.session.info["actor"] = (reviewer.id, reviewer.name)
        uow.event("people", officer.id, "note", note="who wrote this?")
    as_person(people["admin"])
    entry = next(e for e in ctx.service(AuditService).entries() if e.note == "who wrote this?")
    assert entry.actor == officer.name


def test_an_administrators_login_adds_people_and_an_officers_cannot(ctx, people, as_person, team_copy):
    """Adding a person is refused by the service to an officer, and by the database to an officer's
    login that calls the server's function itself; an administrator's own login (not the owner)
    creates the new login through it, in the groups of the roles given."""
    import uuid

    import pytest

    from commdesk.core.domain.people import Role
    from commdesk.core.errors import PermissionDenied
    from commdesk.services.team import TeamService

    login = f"cdt_new_{uuid.uuid4().hex[:8]}"
    as_person(people["officer"])
    with pytest.raises(PermissionDenied, match="add people to the team"):
        ctx.service(TeamService).add_person("新人 New", login, frozenset({Role.OFFICER}), password="pw")
    with ctx.engine.connect() as conn, pytest.raises(Exception, match="permission denied for function"):
        conn.execute(
            text("SELECT commdesk_team_attach_login(:p, :l, NULL)"), {"p": people["officer"].id, "l": login}
        )
    as_person(people["admin"])
    try:
        added = ctx.service(TeamService).add_person(
            "新人 New", login, frozenset({Role.REVIEWER}), password="pw"
        )
        assert (added.login, added.roles, added.can_login) == (login, frozenset({Role.REVIEWER}), True)
        with ctx.engine.connect() as conn:
            assert conn.execute(
                text("SELECT pg_has_role(:l, :g, 'MEMBER')"), {"l": login, "g": team_copy.groups.reviewer}
            ).scalar()
    finally:  # the login is the server's, not the database's: dropped here
        from tests.team.conftest import _admin_engine

        admin = _admin_engine()
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        finally:
            admin.dispose()
