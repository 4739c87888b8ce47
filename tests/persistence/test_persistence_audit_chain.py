"""The audit log is a hash chain: every committed entry is sealed in commit order, concurrent
writers never fork it, an erasure keeps it intact, and any deleted, added or edited entry is named."""

from __future__ import annotations

import threading

from sqlalchemy import text

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.domain.people import Role
from commdesk.persistence.audit import verify_chain
from commdesk.services.audit import AuditService
from commdesk.services.contacts.service import ContactService
from commdesk.services.people import PeopleService


def _report(ctx):
    with ctx.engine.connect() as conn:
        return verify_chain(conn)


def _seqs(ctx) -> list[tuple[int, int | None]]:
    with ctx.engine.connect() as conn:
        return conn.execute(text("SELECT id, seq FROM audit_log ORDER BY id")).all()


def test_every_entry_is_sealed_in_order(ctx, people):
    rows = _seqs(ctx)
    assert rows and all(seq is not None for _, seq in rows)
    assert sorted(seq for _, seq in rows) == list(range(1, len(rows) + 1))
    report = ctx.service(AuditService).verify()
    assert report.ok and report.entries == len(rows)


def test_edits_deletions_and_additions_are_named(ctx, people, run_cli, db_url):
    with ctx.engine.connect() as conn:
        [(target_id,)] = conn.execute(text("SELECT id FROM audit_log WHERE seq = 5")).all()
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor_name = 'Someone Else' WHERE seq = 5"))
    report = _report(ctx)
    assert not report.ok and report.broken_id == target_id and report.entries == 4
    assert "Someone Else" in report.problem and "changed after it was written" in report.problem
    code, _out, err = run_cli("--db", db_url, "--as", "chen@example.org", "audit", "--verify")
    assert code == 1 and f"entry {target_id} " in err and "The chain is intact up to entry 4." in err


def test_a_deleted_entry_is_found(ctx, people):
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    report = _report(ctx)
    assert not report.ok and report.entries == 2 and "1 entries before entry" in report.problem


def test_erasing_a_contact_keeps_the_chain(ctx, people):
    svc = ctx.service(ContactService)
    made = svc.create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "wangwei@xinhua.example")])
    )
    svc.erase(made.id)
    with ctx.engine.connect() as conn:
        blanked = conn.execute(
            text(
                "SELECT count(*) FROM audit_log WHERE entity = 'contacts' AND old IS NULL "
                "AND new IS NULL AND note IS NULL"
            )
        ).scalar()
    report = _report(ctx)
    assert blanked > 0 and report.ok and report.erased >= blanked - 1


def test_concurrent_writers_chain_one_after_the_other(ctx, people):
    """Two threads create people at the same time; the chain stays one line."""
    svc = ctx.service(PeopleService)
    errors: list[BaseException] = []

    def work(prefix: str) -> None:
        try:
            for i in range(15):
                svc.create(f"{prefix} {i}", roles={Role.OFFICER}, passphrase=f"{prefix} {i}")
        except BaseException as exc:  # noqa: BLE001 - the thread's failure is asserted on in the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(p,)) for p in ("Writer A", "Writer B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    report = _report(ctx)
    assert report.ok and report.entries == len(_seqs(ctx))


def test_the_chain_follows_commit_order_not_id_order(ctx, people):
    """PostgreSQL: the first writer's entries get the lower ids but commit last; SQLite lets only
    one writer in at a time, so the second waits and both keep commit order."""
    from sqlalchemy.orm import Session

    from commdesk.persistence.audit import record_event

    if ctx.engine.dialect.name != "postgresql":
        first = ctx.sessions()
        record_event(first, "people", 1, "note", note="first")
        first.commit()
        first.close()
        assert _report(ctx).ok
        return
    first: Session = ctx.sessions()
    second: Session = ctx.sessions()
    try:
        record_event(first, "people", 1, "note", note="first, committed last")
        first.flush()
        record_event(second, "people", 2, "note", note="second, committed first")
        second.commit()
        first.commit()
    finally:
        first.close()
        second.close()
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT note, id, seq FROM audit_log WHERE action = 'note' ORDER BY seq")
        ).all()
    assert [r.note for r in rows] == ["second, committed first", "first, committed last"]
    assert rows[0].id > rows[1].id
    assert _report(ctx).ok


def test_an_entry_added_outside_commdesk_stays_outside_after_later_saves(ctx, people):
    """Sealing takes only the entries of the committing transaction: an entry slipped into the
    table by hand is not sealed into the chain by the next save (which would make it look
    genuine), and stays named as added outside commdesk. The same goes for a restore's seal."""
    from dataclasses import replace

    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, txn, actor_name, entity, entity_id, action, field, new) "
                "VALUES (:at, '-', '王芳 Wang Fang', 'people', '2', 'update', 'roles', 'administrator')"
            ),
            {"at": "2026-01-01 00:00:00"},
        )
        [(forged,)] = conn.execute(text("SELECT id FROM audit_log WHERE seq IS NULL")).all()
    people_svc = ctx.service(PeopleService)
    officer = people_svc.get(people["officer"].id)
    people_svc.update(replace(officer, department="新闻中心"))
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT seq FROM audit_log WHERE id = :id"), {"id": forged}).scalar() is None
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE seq IS NULL")).scalar() == 1
    report = _report(ctx)
    assert not report.ok and report.broken_id == forged and "added outside commdesk" in report.problem


def test_entries_before_a_rolled_back_savepoint_are_sealed(ctx, people):
    from commdesk.persistence.audit import record_event

    with ctx.sessions() as session:
        record_event(session, "people", 1, "note", note="kept")
        nested = session.begin_nested()
        record_event(session, "people", 1, "note", note="undone")
        nested.rollback()
        session.commit()
    with ctx.engine.connect() as conn:
        notes = conn.execute(text("SELECT note, seq FROM audit_log WHERE action = 'note'")).all()
    assert [n for n, _ in notes] == ["kept"] and notes[0].seq is not None
    assert _report(ctx).ok
