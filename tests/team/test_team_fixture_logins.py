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
