"""``commdesk db copy``: a single desk's SQLite file onto an empty PostgreSQL database and back
into a new file, all or nothing, with the counts compared and the audit log's chain intact.

The round trip and the server's refusals need PostgreSQL (COMMDESK_TEST_DATABASE_URL) and skip
without it; the file-to-file copy and the refusals that come before any server is reached run
everywhere. One demo database and one server copy serve the whole module.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import Engine, make_url

from commdesk.persistence.audit import verify_chain
from commdesk.persistence.db import read_only_engine
from commdesk.persistence.db_copy import DERIVED_TABLES, CopyRefused, tables
from commdesk.services.db_copy import copy_database

PG_URL = os.environ.get("COMMDESK_TEST_DATABASE_URL", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL")

#: tables whose every row is compared (the rest by their counts)
KEY_TABLES = (
    "people",
    "settings",
    "contacts",
    "releases",
    "release_approvals",
    "audit_log",
    "meeting_minutes",
)


# ------------------------------------------------------------------------------------------ helpers
def _pg_base():
    url = make_url(PG_URL)
    return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url


def _pg_admin() -> Engine:
    return create_engine(_pg_base().set(database="postgres"), isolation_level="AUTOCOMMIT")


def _new_pg_database() -> str:
    """A new, empty server database (no commdesk schema at all): its URL, with the password."""
    name = f"commdesk_copy_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return _pg_base().set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(url: str) -> None:
    admin = _pg_admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def empty_pg():
    if not PG_URL:
        pytest.skip("needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL")
    url = _new_pg_database()
    yield url
    _drop_pg_database(url)


def _engine(where: str | Path) -> Engine:
    return create_engine(str(where)) if "://" in str(where) else read_only_engine(where)


def _counts(where: str | Path) -> dict[str, int]:
    engine = _engine(where)
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables()}
    finally:
        engine.dispose()


def _rows(where: str | Path, table_name: str) -> list[tuple]:
    table = next(t for t in tables() if t.name == table_name)
    engine = _engine(where)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    finally:
        engine.dispose()


def _table_names(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def _chain(where: str | Path):
    engine = _engine(where)
    try:
        with engine.connect() as conn:
            return verify_chain(conn)
    finally:
        engine.dispose()


def _open(where: str | Path):
    from commdesk.bootstrap import open_database

    return open_database(str(where), migrate=False)


def _search_and_history(where: str | Path) -> dict:
    """What a person reads through the services: contact searches (short and long terms, Chinese
    and Latin) and the history of every release."""
    from commdesk.core.contacts.query import ContactQuery
    from commdesk.services.audit import AuditService
    from commdesk.services.contacts.service import ContactService
    from commdesk.services.releases.service import ReleaseService

    opened = _open(where)
    try:
        contacts = opened.ctx.service(ContactService)
        found = {
            term: [c.id for c in contacts.search(ContactQuery(text=term))]
            for term in ("王", "记者", "新华", "reuters", "com")
        }
        releases = opened.ctx.service(ReleaseService)
        audit = opened.ctx.service(AuditService)
        history = {
            r.id: [(e.at, e.actor, e.action, e.field, e.old, e.new) for e in audit.history("releases", r.id)]
            for r in releases.list()
        }
        return {"found": found, "history": history}
    finally:
        opened.ctx.engine.dispose()


# ------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def source(tmp_path_factory, demo_factory) -> Path:
    """The demo database: a single desk's file (about 10,000 audit entries)."""
    return demo_factory(tmp_path_factory.mktemp("copy-source") / "desk.sqlite3")


@pytest.fixture(scope="module")
def server_copy(source):
    """The demo copied onto a new, empty server database (made and dropped here)."""
    if not PG_URL:
        pytest.skip("needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL")
    url = _new_pg_database()
    try:
        report = copy_database(str(source), url)
        yield url, report
    finally:
        _drop_pg_database(url)


@pytest.fixture(scope="module")
def archive(server_copy, tmp_path_factory) -> Path:
    """The server copy copied back into a new SQLite file."""
    path = tmp_path_factory.mktemp("copy-archive") / "archive.sqlite3"
    copy_database(server_copy[0], str(path))
    return path


# ---------------------------------------------------------------------------------- the round trip
@needs_pg
def test_every_table_has_the_same_rows_on_the_server_and_back_in_a_file(source, server_copy, archive):
    url, report = server_copy
    before, on_server, back = _counts(source), _counts(url), _counts(archive)
    copied = [t.name for t in tables() if t.name not in DERIVED_TABLES]
    assert before["audit_log"] > 10_000 and before["contacts"] > 100
    assert {t: on_server[t] for t in copied} == {t: before[t] for t in copied}
    assert {t: back[t] for t in copied} == {t: before[t] for t in copied}
    printed = {c.table: (c.source, c.target) for c in report.result.counts}
    assert all(printed[t] == (before[t], before[t]) for t in copied)
    # the server's short-term search keys are rows of their own; a SQLite file keeps them in FTS5
    assert on_server["contact_search_keys"] > before["contacts"] and back["contact_search_keys"] == 0
    for table in KEY_TABLES:
        rows = _rows(source, table)
        assert rows and _rows(url, table) == rows, table
        assert _rows(archive, table) == rows, table


@needs_pg
def test_the_audit_chain_verifies_on_the_server_and_in_the_archive(source, server_copy, archive, run_cli):
    entries = _counts(source)["audit_log"]
    for where in (server_copy[0], archive):
        check = _chain(where)
        assert check.ok and check.entries == entries and check.recorded == entries
        code, out, err = run_cli("--db", where, "db", "check")
        assert code == 0 and "Integrity check: ok" in out, err
    assert server_copy[1].result.audit_entries == entries


@needs_pg
def test_searches_and_a_releases_history_read_the_same_through_the_services(source, server_copy, archive):
    expected = _search_and_history(source)
    assert all(expected["found"].values()) and any(expected["history"].values())
    assert _search_and_history(server_copy[0]) == expected
    assert _search_and_history(archive) == expected


@needs_pg
def test_new_rows_on_the_server_get_ids_past_the_copied_ones(server_copy):
    engine = create_engine(server_copy[0])
    try:
        with engine.connect() as conn:
            for table in ("contacts", "audit_log", "releases", "people"):
                top = conn.execute(text(f"SELECT MAX(id) FROM {table}")).scalar()
                nxt = conn.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")).scalar()
                assert nxt > top, table
    finally:
        engine.dispose()


# ----------------------------------------------------------------------- refusals on the server side
@needs_pg
def test_a_server_database_with_rows_is_refused_by_name_and_left_alone(source, server_copy, run_cli):
    before = _counts(server_copy[0])
    code, out, err = run_cli("db", "copy", source, server_copy[0])
    assert code == 1 and not out
    line = err.strip()
    # the demo's audit log is named with its count (which grows as the demo does)
    assert "\n" not in line and "is not empty" in line and re.search(r"audit_log \(\d{1,3}(,\d{3})+\)", line)
    assert "commdesk:commdesk@" not in line and "INSERT" not in line and "SELECT" not in line
    assert _counts(server_copy[0]) == before


@needs_pg
def test_a_server_database_with_other_tables_is_refused(source, empty_pg, run_cli):
    engine = create_engine(empty_pg)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id integer primary key)"))
    engine.dispose()
    code, _, err = run_cli("db", "copy", source, empty_pg)
    assert code == 1 and "tables that are not commdesk's (payroll)" in err
    assert _table_names(empty_pg) == ["payroll"]


@needs_pg
def test_the_server_password_goes_to_the_keyring_never_to_output_or_log(source, empty_pg, run_cli, caplog):
    """As for every command: a password written into the URL reaches the keyring once the
    connection worked, and the next command finds it there; no output or log line shows it."""
    from commdesk.core import secrets
    from commdesk.persistence.db import resolve_target

    url = make_url(empty_pg)
    bare = f"{url.drivername}://{url.username}@{url.host}:{url.port or 5432}/{url.database}"
    code, out, err = run_cli("db", "copy", source, bare)  # no terminal to ask in, none in the keyring
    assert code == 1 and not out and "needs a password" in err, (out, err)
    code, out, err = run_cli("db", "copy", source, empty_pg)
    assert code == 0, err
    assert secrets.lookup(resolve_target(bare)[0].keyring_key) == url.password
    code, _, err = run_cli("db", "copy", source, bare)  # the keyring's password: it connects
    assert code == 1 and "is not empty" in err
    said = out + err + "\n".join(r.getMessage() for r in caplog.records)
    assert f":{url.password}@" not in said


@needs_pg
def test_a_login_that_may_not_create_tables_is_told_to_own_the_database(source, empty_pg, run_cli):
    engine = create_engine(empty_pg)
    with engine.begin() as conn:
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM pg_database_owner"))
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    engine.dispose()
    code, out, err = run_cli("db", "copy", source, empty_pg)
    assert code == 1 and not out and "may not create tables" in err and "OWNER" in err
    assert _table_names(empty_pg) == []


@needs_pg
def test_a_value_the_server_cannot_hold_undoes_the_whole_copy(source, empty_pg, tmp_path, run_cli):
    """SQLite keeps a title longer than its column allows; the server refuses it, and nothing of
    the copy stays behind: no table, no row, no schema."""
    desk = tmp_path / "long-title.sqlite3"
    desk.write_bytes(source.read_bytes())
    con = sqlite3.connect(desk)
    cid = con.execute("SELECT MAX(id) FROM contacts").fetchone()[0]
    con.execute("UPDATE contacts SET title = ? WHERE id = ?", ("长" * 400, cid))
    con.commit()
    con.close()
    code, out, err = run_cli("db", "copy", desk, empty_pg)
    assert code == 1 and not out
    assert f"contacts.title of row {cid} is 400 characters long" in err and "长长" not in err
    assert _table_names(empty_pg) == []


@needs_pg
def test_rows_the_server_refuses_undo_the_copy_naming_the_table_not_the_values(
    source, empty_pg, tmp_path, run_cli
):
    """A number SQLite stores but a server integer cannot hold: the server refuses the rows; the
    message names the table and the kind of refusal, never the value, and nothing stays behind."""
    desk = tmp_path / "big-reach.sqlite3"
    desk.write_bytes(source.read_bytes())
    con = sqlite3.connect(desk)
    con.execute("UPDATE outlets SET reach = 98765432109 WHERE id = (SELECT MIN(id) FROM outlets)")
    con.commit()
    con.close()
    code, out, err = run_cli("db", "copy", desk, empty_pg)
    assert code == 1 and not out and err.count("\n") == 1
    assert "the target refused rows of outlets (NumericValueOutOfRange)" in err and "98765432109" not in err
    assert _table_names(empty_pg) == []


@needs_pg
def test_an_empty_commdesk_schema_on_the_server_is_a_target(db_url, tmp_path):
    """A server database commdesk was opened on once (migrated, no rows) takes a copy."""
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    desk = tmp_path / "small.sqlite3"
    opened = open_database(desk)
    PeopleService(opened.ctx).create_first_profile("陈静", "chen@example.org", "", {Role.ADMINISTRATOR})
    opened.ctx.engine.dispose()
    assert sum(_counts(db_url).values()) == 0
    report = copy_database(str(desk), db_url)
    assert [p[1] for p in _rows(db_url, "people")] == ["陈静"]
    assert report.result.audit_entries == _counts(desk)["audit_log"] > 0


@needs_pg
def test_a_copied_desk_becomes_a_team_database_with_team_init_existing(
    source, empty_pg, run_cli, monkeypatch
):
    """The order the move takes (docs/moving-to-a-server.md): copy into the empty database first,
    then one of the desk's administrators makes it a team's; its log goes on from the copied one."""
    import io

    from commdesk.persistence.server_security import TeamGroups

    entries = _counts(source)["audit_log"]
    try:
        code, _, err = run_cli("db", "copy", source, empty_pg)
        assert code == 0, err
        monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
        code, out, err = run_cli(
            "--db", empty_pg, "--as", "陈静", "--passphrase-stdin", "team", "init", "--existing"
        )
        assert code == 0 and "陈静" in out, err
        engine = create_engine(empty_pg)
        with engine.connect() as conn:
            login = conn.execute(text("SELECT login FROM people WHERE name = '陈静'")).scalar()
        engine.dispose()
        assert login == make_url(empty_pg).username
        check = _chain(empty_pg)
        assert check.ok and check.entries > entries
        code, _, err = run_cli("db", "copy", source, empty_pg)
        assert code == 1 and "is not empty" in err
    finally:
        _drop_pg_database(empty_pg)
        admin = _pg_admin()
        try:
            with admin.connect() as conn:
                for role in TeamGroups.for_database(make_url(empty_pg).database or "").all():
                    conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        finally:
            admin.dispose()


# ------------------------------------------------------------------------- everywhere (no server)
def test_a_copy_into_a_new_file_prints_every_table_equal(source, tmp_path, run_cli):
    target = tmp_path / "archive" / "desk-copy.sqlite3"
    target.parent.mkdir()
    code, out, err = run_cli("db", "copy", source, target)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Copied {source} into {target}."
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:] if line.startswith("  ")}
    before = _counts(source)
    for t in tables():
        assert rows[t.name][:2] == [f"{before[t.name]:,}"] * 2 or t.name in DERIVED_TABLES, t.name
        assert rows[t.name][2] == "equal" or t.name in DERIVED_TABLES
    assert f"Audit log: {before['audit_log']:,} entries copied" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["desk-copy.sqlite3"]  # one file, no WAL
    assert _rows(target, "audit_log") == _rows(source, "audit_log") and _chain(target).ok


def test_db_is_not_taken_for_one_of_the_two(source, tmp_path, run_cli):
    code, out, err = run_cli("--db", source, "db", "copy", source, tmp_path / "new.sqlite3")
    assert code == 1 and not out and "leave out --db" in err
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_target_file_that_exists_is_refused_untouched(source, tmp_path, run_cli):
    target = tmp_path / "there.sqlite3"
    target.write_bytes(b"mine")
    code, out, err = run_cli("db", "copy", source, target)
    assert code == 1 and not out and "exists already" in err and err.count("\n") == 1
    assert target.read_bytes() == b"mine"


def test_the_same_database_as_source_and_target_is_refused(source, run_cli):
    roundabout = source.parent / ".." / source.parent.name / source.name
    code, _, err = run_cli("db", "copy", source, roundabout)
    assert code == 1 and "are the same database" in err


def test_a_source_at_an_older_schema_is_refused(tmp_path, run_cli):
    from alembic import command

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    old = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_foundation")
    engine.dispose()
    target = tmp_path / "new.sqlite3"
    code, _, err = run_cli("db", "copy", old, target)
    assert code == 1 and "older schema" in err and "db upgrade" in err
    assert not target.exists()


def test_a_source_from_a_newer_commdesk_is_refused(source, tmp_path, run_cli):
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(source.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    code, _, err = run_cli("db", "copy", newer, tmp_path / "new.sqlite3")
    assert code == 1 and "newer commdesk" in err
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_source_that_is_no_database_is_refused(tmp_path, run_cli):
    csv = tmp_path / "contacts.csv"
    csv.write_text("name,email\n", encoding="utf-8")
    code, _, err = run_cli("db", "copy", csv, tmp_path / "new.sqlite3")
    assert code == 1 and "not a commdesk database" in err
    code, _, err = run_cli("db", "copy", tmp_path / "missing.sqlite3", tmp_path / "new.sqlite3")
    assert code == 1 and "does not exist" in err


def test_a_tampered_audit_log_is_not_copied_and_leaves_no_file(source, tmp_path, run_cli):
    desk = tmp_path / "tampered.sqlite3"
    desk.write_bytes(source.read_bytes())
    con = sqlite3.connect(desk)
    con.execute("UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 100")
    con.commit()
    con.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(CopyRefused, match="tampered with"):
        copy_database(str(desk), str(out_dir / "copy.sqlite3"))
    assert list(out_dir.iterdir()) == []  # neither the copy nor its temporary file
