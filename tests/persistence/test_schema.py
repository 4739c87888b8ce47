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
    # migration 0011) is no model
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("contact_fts"))]
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
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS  # then retried, with a notice


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
    from commdesk.core.services.contacts import ContactQuery, ContactService
    from commdesk.core.services.people import PeopleService
    from commdesk.persistence.repositories.contacts import key_text

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
        expected = {cid: short_keys(key_text(t, n)) for cid, t, n in con.execute(
            "SELECT id, search_text, notes FROM contacts")}
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
