"""Migrations: from empty, models match, backup before upgrade, refusal of newer or foreign databases."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from commdesk.bootstrap import open_database
from commdesk.core.errors import DatabaseVersionError
from commdesk.persistence import schema
from commdesk.persistence.db import BUSY_TIMEOUT_MS, make_engine, resolve_target
from commdesk.persistence.models import Base


def test_packaged_heads_are_alembics_heads():
    script = ScriptDirectory.from_config(schema.alembic_config())
    _, heads = schema.packaged_revisions()
    assert heads == frozenset(script.get_heads())


def test_migrations_create_exactly_the_models(ctx):
    with ctx.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(mc, Base.metadata)
    # SQLite's FTS5 search index of the contacts (a virtual table and its shadow tables, made by
    # migration 0011) and those of the cases (0058) are no models
    diff = [
        d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(("contact_fts", "case_fts")))
    ]
    assert diff == []


def test_a_head_another_branch_depends_on_counts_as_applied():
    """Alembic's version table leaves out a head that another branch's revision depends on."""
    graph = schema._graph()
    _, heads = schema.packaged_revisions()
    needed = {d for rev, deps in graph.items() for d in deps if d in heads}
    tips = frozenset(heads - needed)
    assert heads <= schema.applied(tips)
    assert schema.SchemaStatus(tips, heads, empty=False).up_to_date
    if needed:
        assert not schema.SchemaStatus(tips - {next(iter(tips))}, heads, empty=False).up_to_date


def test_a_new_database_holds_no_rows_until_people_make_some(ctx):
    """Migrations make tables, not records: a restore and ``db copy`` ask their target to be empty,
    so a row a migration seeded into every new database would refuse both."""
    from commdesk.persistence.backup_copy import count_rows

    assert count_rows(ctx.engine) == 0


def test_upgrade_from_empty_file_and_again_is_a_no_op(tmp_path):
    path = tmp_path / "new.sqlite3"
    first = open_database(path)
    assert first.upgrade.changed and first.upgrade.backup is None  # nothing to back up
    first.ctx.engine.dispose()
    again = open_database(path)
    assert not again.upgrade.changed
    again.ctx.engine.dispose()


def test_connection_settings(ctx):
    with ctx.engine.connect() as conn:
        if ctx.engine.dialect.name == "postgresql":
            assert conn.execute(text("SHOW server_encoding")).scalar() == "UTF8"
            return
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert (
            conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        )  # then retried, with a notice


def test_backup_is_made_before_an_upgrade(tmp_path):
    """A database at the foundation's first revision (what the first commdesk wrote) is copied aside
    before the area migrations run, and the copy holds the data as it was."""
    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_target(path)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_foundation")
        conn.execute(text("INSERT INTO settings (key, value, version) VALUES ('org.name', '\"华信\"', 1)"))
    engine.dispose()
    _, heads = schema.packaged_revisions()
    opened = open_database(path)
    opened.ctx.engine.dispose()
    if heads == {"0001_foundation"}:
        assert not opened.upgrade.changed and opened.upgrade.backup is None
        return
    assert opened.upgrade.changed and heads <= schema.applied(opened.upgrade.after)
    backup = opened.upgrade.backup
    assert backup is not None and backup.exists() and backup.name.startswith("old.before-upgrade-")
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_foundation",)]
    assert con.execute("SELECT value FROM settings").fetchone() == ('"华信"',)
    con.close()


def test_backup_helper_copies_consistently(tmp_path):
    path = tmp_path / "a.sqlite3"
    opened = open_database(path)
    opened.ctx.engine.dispose()
    copy = schema.backup_sqlite(path)
    assert copy.exists() and copy != path
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_database_from_a_newer_commdesk_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    opened = open_database(path)
    opened.ctx.engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseVersionError) as err:
        open_database(path)
    assert "newer commdesk" in str(err.value) and "9999_from_the_future" in str(err.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-upgrade-*"))


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseVersionError, match="not a commdesk database"):
        open_database(path)


def test_url_with_password_is_moved_to_the_keyring_once_it_worked(_fresh_keyring):
    from commdesk.core import secrets
    from commdesk.persistence.db import remember_password, server_password

    target, given = resolve_target("postgresql://officer:s3cret@db.example.org/commdesk")
    assert given == "s3cret"
    assert "s3cret" not in target.display and target.url.password is None
    assert server_password(target, given, ask=None) == "s3cret"
    assert secrets.get_secret(target.keyring_key) is None  # not before a connection worked with it
    remember_password(target)
    assert secrets.get_secret(target.keyring_key) == "s3cret"
    target2, given2 = resolve_target("postgresql://officer@db.example.org/commdesk")
    assert server_password(target2, given2, ask=None) == "s3cret"  # from the keyring now


def test_wrong_database_url_names_the_fix():
    from commdesk.persistence.db import DatabaseUrlError

    with pytest.raises(DatabaseUrlError, match="postgresql://user@host/dbname"):
        resolve_target("postgresql://::nonsense")


def test_short_search_keys_move_to_their_index_and_back(tmp_path):
    """Revision 0012 makes each contact's word-start keys (0011's rows) one document of
    contact_fts_short on SQLite; its downgrade writes the rows back."""
    from alembic import command

    from commdesk.core.contacts.names import short_keys
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.core.domain.people import Role
    from commdesk.persistence.repositories.contacts.search_keys import key_text
    from commdesk.services.contacts.service import ContactQuery, ContactService
    from commdesk.services.people import PeopleService

    path = tmp_path / "keys.sqlite3"
    opened = open_database(path)
    ctx = opened.ctx
    admin = ctx.service(PeopleService).create_first_profile("陈静", roles={Role.ADMINISTRATOR})
    ctx.current = lambda: admin
    svc = ctx.service(ContactService)
    for name, address in (("王伟", "wangwei@xinhua.example"), ("John Smith", "john@reuters.example")):
        svc.create(ContactRecord(full_name=name, emails=[Email("work", address)], outlet="新华社"))
    ctx.engine.dispose()

    with sqlite3.connect(path) as con:
        expected = {
            cid: short_keys(key_text(t, n))
            for cid, t, n in con.execute("SELECT id, search_text, notes FROM contacts")
        }
    engine = make_engine(resolve_target(str(path))[0])
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0011_contacts_search")
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT key, contact_id FROM contact_search_keys").fetchall()
        assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'contact_fts_short'").fetchall()
    assert {cid: {k for k, c in rows if c == cid} for cid in expected} == expected
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "heads")
    engine.dispose()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM contact_search_keys").fetchone()[0] == 0
        docs = dict(con.execute("SELECT rowid, keys FROM contact_fts_short"))
    assert {cid: {bytes.fromhex(k).decode() for k in doc.split()} for cid, doc in docs.items()} == expected
    again = open_database(path).ctx
    again.current = lambda: admin
    found = again.service(ContactService)
    assert [r.name for r in found.search(ContactQuery(text="ww"))] == ["王伟"]
    assert [r.name for r in found.search(ContactQuery(text="j"))] == ["John Smith"]
    assert len(found.search(ContactQuery(text="新"))) == 2
    again.engine.dispose()


def _insert(conn, table: str, values: dict) -> None:
    """A row with ``values`` and a plain value for every other required column (a table of an
    earlier revision, which the models no longer describe)."""
    row = dict(values)
    for _cid, name, type_, notnull, default, pk in conn.exec_driver_sql(f"PRAGMA table_info({table})").all():
        if name not in row and notnull and default is None and not pk:
            row[name] = (
                "2026-01-01 00:00:00"
                if "DATETIME" in type_.upper()
                else (0 if type_.upper() in ("INTEGER", "BOOLEAN") else "x")
            )
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
    )


def test_an_upgrade_that_rebuilds_a_table_keeps_the_rows_that_refer_to_it(tmp_path):
    """SQLite cannot add a foreign key to a table, so Alembic makes the table again (copy, DROP,
    rename). With foreign keys on, that DROP deletes every row referring to the table ON DELETE
    CASCADE: revision 0031 rebuilding meeting_minutes took every minutes entry with it. Upgrades
    run with foreign keys off and check them all before they commit."""
    from alembic import command

    path = tmp_path / "minutes.sqlite3"
    engine = make_engine(resolve_target(path)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0030_meetings")
        _insert(
            conn, "meetings", {"id": 1, "uid": "m1@commdesk", "kind": "call", "topic": "周例会", "tz": "UTC"}
        )
        _insert(conn, "meeting_minutes", {"id": 1, "meeting_id": 1, "state": "draft", "notes": "纪要"})
        for n in range(3):
            _insert(
                conn,
                "meeting_minute_entries",
                {"id": n + 1, "minutes_id": 1, "position": n, "kind": "point", "text": f"第{n + 1}点"},
            )
    engine.dispose()
    opened = open_database(path)  # upgrades to every head
    try:
        with opened.ctx.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT text FROM meeting_minute_entries ORDER BY id"
            ).scalars().all() == ["第1点", "第2点", "第3点"]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for everything else
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        opened.ctx.engine.dispose()


def test_an_upgrade_that_would_break_a_foreign_key_is_rolled_back(tmp_path, monkeypatch):
    from alembic import command

    from commdesk.core.errors import CommdeskError

    path = tmp_path / "broken.sqlite3"
    engine = make_engine(resolve_target(path)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0030_meetings")
    engine.dispose()
    real_upgrade = command.upgrade

    def upgrade_leaving_an_orphan(config, revision):
        real_upgrade(config, revision)
        config.attributes["connection"].exec_driver_sql(
            "INSERT INTO meeting_minute_entries (id, minutes_id, position, kind, text) VALUES (1, 99, 0, 'point', 'x')"
        )

    monkeypatch.setattr(command, "upgrade", upgrade_leaving_an_orphan)
    engine = make_engine(resolve_target(path)[0])
    try:
        with pytest.raises(CommdeskError, match="meeting_minute_entries"):
            schema.upgrade(engine, backup=False)
        assert schema.status(engine).current == frozenset({"0030_meetings"})  # nothing was applied
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
