"""People and roles, PermissionDenied in services, audit entries, optimistic locking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commdesk.core.domain.people import Role
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.people import PeopleService
from commdesk.services.settings import OrgSettings, SettingsService


def test_first_profile_is_an_administrator_and_only_once(ctx):
    svc = ctx.service(PeopleService)
    me = svc.create_first_profile("陈静", "chen@example.org", "品牌传播部", {Role.OFFICER})
    assert me.has(Role.ADMINISTRATOR) and me.has(Role.OFFICER)
    with pytest.raises(PermissionDenied):
        svc.create_first_profile("Someone Else")


def test_only_administrators_add_people(ctx, people, as_person):
    svc = ctx.service(PeopleService)
    as_person(people["officer"])
    with pytest.raises(PermissionDenied) as err:
        svc.create("New Person", roles={Role.OFFICER})
    assert "李明 Li Ming" in str(err.value) and "Administrator" in str(err.value)
    as_person(people["admin"])
    assert svc.create("New Person", roles={Role.OFFICER}, passphrase="new-pass").name == "New Person"


def test_officer_edits_own_profile_but_not_roles_or_others(ctx, people, as_person):
    svc = ctx.service(PeopleService)
    officer = people["officer"]
    as_person(officer)
    updated = svc.update(replace(officer, department="新闻中心"))
    assert updated.department == "新闻中心" and updated.version == officer.version + 1
    with pytest.raises(PermissionDenied):
        svc.update(replace(updated, roles=frozenset({Role.OFFICER, Role.REVIEWER})))
    with pytest.raises(PermissionDenied):
        svc.update(replace(people["reviewer"], name="x"))


def test_validation_names_the_field(ctx, people):
    with pytest.raises(ValidationError) as err:
        ctx.service(PeopleService).create("", "not-an-address", roles=set())
    assert set(err.value.errors) == {"name", "email", "roles"}


def test_the_last_administrator_cannot_lose_the_role(ctx, people):
    svc = ctx.service(PeopleService)
    admin = people["admin"]
    with pytest.raises(ValidationError, match="at least one active administrator"):
        svc.update(replace(admin, roles=frozenset({Role.OFFICER})))


def test_passphrase_is_stored_hashed_and_checked(ctx, people):
    from sqlalchemy import text

    svc = ctx.service(PeopleService)
    p = svc.create("Shared Desk", roles={Role.OFFICER}, passphrase="长城 long wall 2026")
    with ctx.engine.connect() as conn:
        stored = conn.execute(text("SELECT passphrase_hash FROM people WHERE id=:i"), {"i": p.id}).scalar()
    assert stored.startswith("scrypt$") and "long wall" not in stored
    assert svc.authenticate(p.id, "长城 long wall 2026").id == p.id
    with pytest.raises(PermissionDenied, match="not correct"):
        svc.authenticate(p.id, "wrong")
    entries = ctx.service(AuditService).history("people", p.id)
    assert all("long wall" not in (e.new or "") for e in entries)
    assert any(e.field == "passphrase_hash" and e.new == "(changed)" for e in entries)


def test_every_change_is_audited_with_old_and_new(ctx, people):
    svc = ctx.service(PeopleService)
    officer = people["officer"]
    svc.update(replace(officer, email="li.ming@example.org"))
    hist = ctx.service(AuditService).history("people", officer.id)
    assert hist[0].action == "create" and hist[0].actor == "陈静 Chen Jing"
    change = [e for e in hist if e.action == "update"]
    assert [(e.field, e.old, e.new) for e in change] == [("email", "li@example.org", "li.ming@example.org")]


def test_stale_save_raises_conflict_with_both_versions(ctx, people):
    svc = ctx.service(PeopleService)
    stale = people["officer"]
    fresh = svc.update(replace(stale, department="A"))
    with pytest.raises(ConflictError) as err:
        svc.update(replace(stale, department="B"))
    assert err.value.mine.department == "B" and err.value.theirs.department == "A"
    assert svc.get(stale.id).department == "A"  # nothing silently overwritten
    assert svc.update(replace(err.value.mine, version=fresh.version)).department == "B"


def test_audit_log_reading_needs_admin_or_reviewer(ctx, people, as_person):
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        ctx.service(AuditService).entries()
    as_person(people["reviewer"])
    assert ctx.service(AuditService).entries()


def test_organisation_settings_round_trip_and_validation(ctx, people, as_person):
    from datetime import date, time

    svc = ctx.service(SettingsService)
    assert svc.organisation().work_start == time(9) and svc.organisation().default_country == "CN"
    org = OrgSettings(
        name="华信科技",
        departments=("品牌传播部",),
        default_country="HK",
        work_start=time(8, 30),
        work_end=time(17, 30),
        procedure_owner="品牌传播部",
        next_review=date(2027, 6, 1),
        logo_png=b"\x89PNG\r\n\x1a\n....",
    )
    assert svc.save_organisation(org) == org
    with pytest.raises(ValidationError) as err:
        svc.save_organisation(OrgSettings(default_country="XX", work_start=time(18), work_end=time(9)))
    assert set(err.value.errors) == {"default_country", "work_end"}
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        svc.save_organisation(org)
