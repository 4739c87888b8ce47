"""The unit of work knows which tables it wrote, and the context announces them after the commit:
ORM flushes and Core statements alike, nothing for a read or a rollback, once for nested units."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select, text, update

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.persistence.models.contacts import ContactListMemberRow, ContactListRow, OutletRow
from commdesk.persistence.unit_of_work import written_tables
from commdesk.services.contacts.service import ContactService


@pytest.fixture
def announced(ctx):
    seen: list[frozenset[str]] = []
    stop = ctx.on_committed(seen.append)
    yield seen
    stop()


def _outlet(name: str) -> OutletRow:
    return OutletRow(name=name, name_key=name.casefold())


def test_orm_insert_update_delete_are_announced_after_commit(ctx, announced):
    with ctx.unit_of_work() as uow:
        uow.session.add(_outlet("新华社"))
        uow.session.flush()
        assert uow.written >= {"outlets"}
        assert announced == []  # not before the commit
    assert announced and "outlets" in announced[-1] and "audit_log" in announced[-1]
    with ctx.unit_of_work() as uow:
        row = uow.session.scalars(select(OutletRow)).one()
        row.website = "https://xinhua.example.cn"
    assert "outlets" in announced[-1]
    with ctx.unit_of_work() as uow:
        uow.session.delete(uow.session.scalars(select(OutletRow)).one())
    assert "outlets" in announced[-1]
    assert len(announced) == 3


def test_association_rows_and_child_tables_are_named(ctx, people, announced):
    contacts = ctx.service(ContactService)
    c = contacts.create(ContactRecord(full_name="张伟", emails=[Email("work", "zhang@xinhua.example.cn")]))
    assert {"contacts", "contact_emails", "audit_log"} <= announced[-1]
    with ctx.unit_of_work() as uow:
        lst = ContactListRow(name="科技记者")
        uow.session.add(lst)
        uow.session.flush()
        uow.session.add(ContactListMemberRow(list_id=lst.id, contact_id=c.id))
    assert {"contact_lists", "contact_list_members"} <= announced[-1]


def test_core_statements_on_the_sessions_connection_count(ctx, announced):
    """Bulk writes and audit rows go through the session's connection, not the ORM."""
    with ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        conn.execute(
            insert(OutletRow.__table__),
            [{"name": n, "name_key": n, "version": 1} for n in ("a", "b", "c")],
        )
    assert announced == [frozenset({"outlets"})]
    with ctx.unit_of_work() as uow:
        uow.session.execute(update(OutletRow).where(OutletRow.name == "a").values(region="北京"))
    with ctx.unit_of_work() as uow:
        uow.session.connection().execute(delete(OutletRow.__table__).where(OutletRow.name == "b"))
    with ctx.unit_of_work() as uow:
        uow.session.execute(text("UPDATE outlets SET region = 'x' WHERE name = 'c'"))
    with ctx.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("DELETE FROM outlets WHERE name = 'c'")
    assert announced[1:] == [frozenset({"outlets"})] * 4


def test_an_audit_entry_alone_is_a_change(ctx, people, announced):
    with ctx.unit_of_work() as uow:
        uow.event("contacts", 1, "export", note="for the test")
    assert "audit_log" in announced[-1]


def test_reads_and_rollbacks_announce_nothing(ctx, people, announced):
    with ctx.unit_of_work() as uow:
        uow.session.scalars(select(OutletRow)).all()
    ctx.service(ContactService).beats()  # a service that only reads
    with pytest.raises(RuntimeError), ctx.unit_of_work() as uow:
        uow.session.add(_outlet("人民日报"))
        uow.session.flush()
        raise RuntimeError("the user cancelled")
    with ctx.unit_of_work() as uow:
        assert uow.session.scalars(select(OutletRow)).all() == []
    assert announced == []


def test_nested_units_are_announced_once_with_the_outer_one(ctx, announced):
    with ctx.unit_of_work() as outer:
        outer.session.add(_outlet("央视"))
        with ctx.unit_of_work() as inner:
            inner.session.add(ContactListRow(name="电视"))
        assert announced == []  # the inner unit committed; the news waits for the outer one
    assert len(announced) == 1 and {"outlets", "contact_lists"} <= announced[0]


def test_an_inner_commit_is_announced_even_when_the_outer_unit_fails(ctx, announced):
    with pytest.raises(RuntimeError), ctx.unit_of_work() as outer:
        outer.session.add(_outlet("央视"))
        with ctx.unit_of_work() as inner:
            inner.session.add(ContactListRow(name="电视"))
        raise RuntimeError("the outer part failed")
    assert len(announced) == 1 and "contact_lists" in announced[0] and "outlets" not in announced[0]


def test_a_bare_connection_transaction_is_announced(ctx, announced):
    with ctx.transaction() as conn:
        conn.execute(insert(OutletRow.__table__), [{"name": "x", "name_key": "x", "version": 1}])
    assert announced == [frozenset({"outlets"})]
    with pytest.raises(RuntimeError), ctx.transaction() as conn:
        conn.execute(insert(OutletRow.__table__), [{"name": "y", "name_key": "y", "version": 1}])
        raise RuntimeError("rolled back")
    assert len(announced) == 1


def test_a_failing_listener_does_not_fail_the_saved_change(ctx, announced):
    def broken(_tables):
        raise ValueError("a listener's bug")

    stop = ctx.on_committed(broken)
    with ctx.unit_of_work() as uow:
        uow.session.add(_outlet("路透社"))
    stop()
    assert "outlets" in announced[-1]
    with ctx.unit_of_work() as uow:
        assert len(uow.session.scalars(select(OutletRow)).all()) == 1


def test_a_pooled_connection_does_not_carry_notes_into_the_next_use(ctx, announced):
    with ctx.unit_of_work() as uow:
        uow.session.add(_outlet("财新"))
    with ctx.engine.begin() as conn:  # a bare connection outside the context: not noted, not announced
        conn.execute(insert(OutletRow.__table__), [{"name": "z", "name_key": "z", "version": 1}])
    assert len(announced) == 1


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("INSERT INTO audit_log (a) VALUES (1)", "audit_log"),
        ('insert or replace into "contact_search_keys" values (1)', "contact_search_keys"),
        ("  UPDATE audit_log SET seq = ? WHERE id = ?", "audit_log"),
        ("DELETE FROM public.contacts WHERE id = 1", "contacts"),
        ("WITH x AS (SELECT 1) INSERT INTO outlets SELECT * FROM x", "outlets"),
        ("REPLACE INTO settings VALUES ('k', 'v')", "settings"),
    ],
)
def test_text_statements_name_the_table_they_write(sql, table):
    assert written_tables(sql) == {table}
    assert written_tables(text(sql)) == {table}


@pytest.mark.parametrize(
    "sql", ["SELECT * FROM contacts", "WITH x AS (SELECT 1) SELECT * FROM x", "PRAGMA foreign_keys=ON"]
)
def test_reads_name_no_table(sql):
    assert written_tables(sql) == frozenset()
    assert written_tables(select(OutletRow)) == frozenset()


def test_a_restore_announces_the_tables_it_replaced(ctx, people, announced, tmp_path):
    """A restore writes on a bare connection (every table replaced): it is announced like a unit."""
    from commdesk.services import backup

    ctx.service(ContactService).create(
        ContactRecord(full_name="张伟", emails=[Email("work", "z@example.cn")])
    )
    copy = backup.backup(ctx, tmp_path / "desk.sqlite3")
    announced.clear()
    backup.restore(ctx, copy.path, force=True)
    assert len(announced) == 1 and {"contacts", "people", "audit_log"} <= announced[0]


def test_a_read_only_database_announces_nothing(tmp_path):
    """Reading, exporting and a refused save on a file commdesk may not write: no news for anyone."""
    import os

    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.core.errors import ReadOnlyDatabase
    from commdesk.services import backup
    from commdesk.services.people import PeopleService

    db = tmp_path / "shared.sqlite3"
    opened = open_database(db)
    admin = opened.ctx.service(PeopleService).create_first_profile("陈静", roles={Role.ADMINISTRATOR})
    opened.ctx.engine.dispose()
    os.chmod(db, 0o444)
    try:
        ro = open_database(db).ctx
        ro.current = lambda: admin
        seen: list[frozenset[str]] = []
        ro.on_committed(seen.append)
        assert [p.name for p in ro.service(PeopleService).list()] == ["陈静"]
        backup.backup(ro, tmp_path / "copy.sqlite3")
        with pytest.raises(ReadOnlyDatabase):
            ro.service(PeopleService).create("Someone", roles={Role.OFFICER})
        ro.engine.dispose()
        assert seen == []
    finally:
        os.chmod(db, 0o644)


def test_the_audit_logs_head_is_announced_as_the_log_not_as_settings(ctx, people, announced):
    """Every audited commit records the chain's head in a settings row: that is news of the audit
    log, so the organisation's settings that desks keep (zone, working hours) stay kept."""
    from commdesk.services.settings import SettingsService

    with ctx.unit_of_work() as uow:
        uow.session.add(_outlet("人民日报"))
    assert "audit_log" in announced[-1] and "settings" not in announced[-1]
    settings = ctx.service(SettingsService)
    settings.set_many({"org.name": "品牌传播部"})
    assert "settings" in announced[-1]
    with ctx.engine.connect() as conn:  # the head was recorded all the same
        head = conn.execute(text("SELECT value FROM settings WHERE key = 'audit.head'")).scalar()
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar()
    assert head is not None and f'"seq": {last}' in head
