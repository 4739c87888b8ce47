"""Data safety at the edges: private files, a missing folder, a read-only file, a locked database,
over-long values, wrong server passwords, and errors and logs that never carry personal data."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from commdesk.bootstrap import open_database
from commdesk.core.errors import CommdeskError, ReadOnlyDatabase, ValidationError
from commdesk.services.people import PeopleService

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a Linux/macOS matter")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


# ------------------------------------------------------------------------------------ private files
@posix_only
def test_database_wal_backups_copies_logs_and_exports_are_owner_only(
    tmp_path, umask_022, monkeypatch, run_cli
):
    from commdesk.core.files import write_atomically
    from commdesk.logs import setup_logging
    from commdesk.persistence import schema

    data = tmp_path / "data"
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(data))
    opened = open_database(None)  # the default file: its folder is made
    ctx = opened.ctx
    admin = ctx.service(PeopleService).create_first_profile("陈静", roles={"administrator"})
    ctx.current = lambda: admin
    db = data / "commdesk.sqlite3"
    assert _mode(data) == 0o700
    with ctx.engine.connect() as conn:  # WAL and shared memory exist while a connection is open
        conn.execute(text("SELECT count(*) FROM people"))
        for suffix in ("", "-wal", "-shm"):
            assert _mode(Path(f"{db}{suffix}")) == 0o600, suffix
        from commdesk.services import backup

        info = backup.backup(ctx, tmp_path / "new-folder" / "b.sqlite3")
    assert _mode(info.path) == 0o600 and _mode(info.path.parent) == 0o700
    copy = schema.backup_sqlite(db)
    assert _mode(copy) == 0o600
    export = write_atomically(tmp_path / "list.csv", b"name\n")
    assert _mode(export) == 0o600
    ctx.engine.dispose()

    logs = tmp_path / "logs"
    monkeypatch.setenv("COMMDESK_LOG_DIR", str(logs))
    root = logging.getLogger()
    saved = list(root.handlers)
    for h in saved:
        root.removeHandler(h)
    try:
        setup_logging()
        logging.getLogger("commdesk.test").warning("hello")
        assert _mode(logs) == 0o700 and _mode(logs / "commdesk.log") == 0o600
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
        for h in saved:
            root.addHandler(h)


@posix_only
def test_an_existing_data_folder_is_made_private(tmp_path, umask_022, monkeypatch):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)  # as an older commdesk left it
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(data))
    opened = open_database(None)
    opened.ctx.engine.dispose()
    assert _mode(data) == 0o700  # recovery copies of drafts and minutes live in it


# --------------------------------------------------------------------------- where the database is
def test_a_database_in_a_missing_folder_is_an_error_naming_the_path(tmp_path, run_cli):
    missing = tmp_path / "no-such-folder" / "desk.sqlite3"
    with pytest.raises(CommdeskError, match="does not exist") as err:
        open_database(missing)
    assert str(missing.parent) in str(err.value)
    code, _out, err = run_cli("--db", missing, "people", "list")
    assert code == 1 and str(missing.parent) in err and err.count("\n") == 1
    assert not missing.parent.exists()


def test_a_read_only_file_opens_read_only_exports_work_and_saving_says_why(tmp_path, run_cli):
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.core.domain.people import Role
    from commdesk.services.contacts.service import ContactService

    db = tmp_path / "shared.sqlite3"
    opened = open_database(db)
    admin = opened.ctx.service(PeopleService).create_first_profile(
        "陈静", roles={Role.ADMINISTRATOR, Role.OFFICER}
    )
    opened.ctx.current = lambda: admin
    opened.ctx.service(ContactService).create(
        ContactRecord(full_name="王伟", emails=[Email("work", "ww@x.example")])
    )
    opened.ctx.engine.dispose()
    os.chmod(db, 0o444)
    try:
        ro = open_database(db)
        assert ro.read_only and ro.ctx.read_only
        assert ro.ctx.engine.url.database == str(db)  # others derive folders from it (recovery copies)
        ro.ctx.current = lambda: admin
        assert [p.name for p in ro.ctx.service(PeopleService).list()] == ["陈静"]
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            ro.ctx.service(PeopleService).create("Someone", roles={Role.OFFICER})
        from commdesk.services import backup

        copy = backup.backup(ro.ctx, tmp_path / "copy.sqlite3")  # a backup is a read, too
        assert copy.rows > 0 and backup.verify(copy.path).rows == copy.rows
        ro.ctx.engine.dispose()
        out_file = tmp_path / "contacts.csv"
        code, _out, err = run_cli("--db", db, "--as", "陈静", "contacts", "export", out_file)
        assert code == 0, err
        assert "王伟" in out_file.read_text(encoding="utf-8-sig")
        code, _out, err = run_cli("--db", db, "--as", "陈静", "people", "add", "Someone", "--role", "officer")
        assert code != 0 and "read-only" in err and "Traceback" not in err and err.count("\n") == 1
    finally:
        os.chmod(db, 0o644)


# ------------------------------------------------------------------------------ another writer
def _hold_write_lock(path: Path, release: threading.Event, holding: threading.Event) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    holding.set()
    release.wait(60)
    con.execute("COMMIT")
    con.close()


def test_a_locked_database_is_waited_for_and_said_so(tmp_path, run_cli, monkeypatch):
    from commdesk.persistence import db as dbmod

    path = tmp_path / "busy.sqlite3"
    assert run_cli("--db", path, "db", "upgrade")[0] == 0
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    release, holding = threading.Event(), threading.Event()
    told: list[str] = []

    def reporter(message: str) -> None:  # the other commdesk finishes once we said we wait
        told.append(message)
        release.set()

    holder = threading.Thread(target=_hold_write_lock, args=(path, release, holding))
    holder.start()
    assert holding.wait(30)
    opened = open_database(path)
    dbmod.set_busy_reporter(reporter)
    try:
        person = opened.ctx.service(PeopleService).create_first_profile("陈静", roles={"administrator"})
    finally:
        dbmod.set_busy_reporter(None)
        release.set()
        holder.join(30)
        opened.ctx.engine.dispose()
    assert person.id and told and "another commdesk is writing" in told[0].lower() and "retrying" in told[0]


def test_a_database_locked_for_too_long_gives_one_line(tmp_path, run_cli, monkeypatch):
    from commdesk.persistence import db as dbmod

    path = tmp_path / "busy.sqlite3"
    assert run_cli("--db", path, "db", "upgrade")[0] == 0
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(dbmod, "BUSY_GIVE_UP_SECONDS", 0.3)
    release, holding = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, release, holding))
    holder.start()
    try:
        assert holding.wait(30)
        code, _out, err = run_cli("--db", path, "people", "add", "Someone", "--role", "officer")
    finally:
        release.set()
        holder.join(30)
    lines = err.strip().splitlines()
    assert code == 1 and "retrying" in lines[0] and "locked by another commdesk" in lines[-1]
    assert len(lines) == 2 and "Traceback" not in err and "INSERT" not in err


# ------------------------------------------------------------------------------ values and errors
def test_a_value_too_long_for_its_column_is_named_by_field(ctx, people):
    svc = ctx.service(PeopleService)
    with pytest.raises(ValidationError) as err:
        svc.create("名" * 201, roles={"officer"}, passphrase="a passphrase")
    assert "name" in err.value.errors and "at most 200 characters" in str(err.value)
    assert "名" * 20 not in str(err.value)  # the value itself is not repeated


def test_a_value_too_long_for_a_server_column_written_without_the_models_is_said_in_words(ctx, people):
    """Core statements skip the models' check: PostgreSQL refuses, and the refusal is one sentence
    naming the limit (SQLite does not enforce lengths, so there the row is simply stored)."""
    long_name = "名" * 201
    if ctx.engine.dialect.name != "postgresql":
        with ctx.unit_of_work() as uow:
            uow.session.execute(
                text("UPDATE people SET department = :d WHERE id = :id"),
                {"d": long_name, "id": people["admin"].id},
            )
        return
    with pytest.raises(ValidationError) as err, ctx.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE people SET department = :d WHERE id = :id"),
            {"d": long_name, "id": people["admin"].id},
        )
    assert "at most 200 characters" in str(err.value) and long_name[:10] not in str(err.value)
    assert "UPDATE" not in str(err.value)


def test_database_errors_and_logs_carry_no_parameters(ctx, people, caplog):
    """An error the database raises reaches people as one sentence, without SQL or the values."""
    from commdesk.core.errors import CommdeskError as Base_

    secret = "wangwei-private@xinhua.example"
    with pytest.raises(Base_) as err, ctx.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO people (id, name, email, department, roles, active, created_at, "
                "updated_at, version) VALUES (:id, 'x', :email, '', '', true, :t, :t, 1)"
            ),
            {"id": people["admin"].id, "email": secret, "t": "2026-01-01 00:00:00+00:00"},
        )
    message = str(err.value)
    assert secret not in message and "INSERT" not in message and "nothing was saved" in message
    chained = repr(err.value.__cause__)
    assert secret not in chained  # hide_parameters: not even in the original error


def test_log_lines_lose_parameters_and_server_detail():
    from commdesk.logs import redact

    line = (
        '(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "uq_x"\n'
        "DETAIL:  Key (email)=(wangwei@xinhua.example) already exists.\n"
        "[SQL: INSERT INTO contact_emails (address) VALUES (%(address)s)]\n"
        "[parameters: {'address': 'wangwei@xinhua.example'}]"
    )
    assert "wangwei" not in redact(line)


# ------------------------------------------------------------------------------------ passwords
def test_a_wrong_password_in_the_url_does_not_replace_the_working_one(_fresh_keyring, run_cli):
    from commdesk.core import secrets
    from commdesk.persistence.db import resolve_target

    url = "postgresql://officer@127.0.0.1:1/commdesk"
    target, _ = resolve_target(url)
    secrets.set_secret(target.keyring_key, "the-good-one")
    code, _out, err = run_cli("--db", "postgresql://officer:typo@127.0.0.1:1/commdesk", "db", "check")
    assert code == 1 and "cannot connect" in err and "typo" not in err
    assert secrets.get_secret(target.keyring_key) == "the-good-one"
    from commdesk.persistence.db import server_password

    assert server_password(target, None, ask=None) == "the-good-one"  # nothing pending from the typo


@pytest.mark.skipif(not os.environ.get("COMMDESK_TEST_DATABASE_URL"), reason="needs the PostgreSQL server")
def test_a_right_password_in_the_url_reaches_the_keyring_once_it_worked(_fresh_keyring, db_url):
    from sqlalchemy.engine import make_url

    from commdesk.core import secrets
    from commdesk.persistence.db import resolve_target

    url = make_url(db_url)
    opened = open_database(url.render_as_string(hide_password=False))
    opened.ctx.engine.dispose()
    target, _ = resolve_target(url.render_as_string(hide_password=False))
    assert secrets.get_secret(target.keyring_key) == url.password


def test_a_save_that_meets_a_concurrent_save_after_its_version_check_is_a_conflict(ctx, people, db_url):
    """The version is checked on a read before the save's first write (SQLite begins the write
    transaction there; PostgreSQL reads committed data): another commdesk that saves in between is
    caught by the version in the UPDATE, and the person gets the conflict, not an internal error."""
    from dataclasses import replace

    from sqlalchemy import event

    from commdesk.core.errors import ConflictError

    other = open_database(db_url, migrate=False).ctx
    other.current = ctx.current
    fired = []

    def someone_else_saves(session, _context, _instances):
        if not fired:
            fired.append(True)
            theirs = other.service(PeopleService).get(people["officer"].id)
            other.service(PeopleService).update(replace(theirs, department="新闻中心"))

    event.listen(ctx.sessions, "before_flush", someone_else_saves)
    try:
        mine = ctx.service(PeopleService).get(people["officer"].id)
        with pytest.raises(ConflictError, match="changed by someone else"):
            ctx.service(PeopleService).update(replace(mine, email="li.ming@example.org"))
    finally:
        event.remove(ctx.sessions, "before_flush", someone_else_saves)
        other.engine.dispose()
    assert fired
    stored = ctx.service(PeopleService).get(people["officer"].id)
    assert (stored.department, stored.email) == ("新闻中心", "li@example.org")  # theirs kept, nothing lost


@pytest.mark.parametrize(
    "sql, begins",
    [
        ("SELECT 1", False),
        (
            "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 3) SELECT n FROM k",
            False,
        ),
        ("VALUES (1), (2)", False),
        ("PRAGMA cache_size", False),
        ("WITH k(n) AS (SELECT 1) INSERT INTO t (n) SELECT n FROM k", True),
        ("INSERT INTO t (n) VALUES (1)", True),
        ("CREATE INDEX ix_t_n ON t (n)", True),
        ("PRAGMA defer_foreign_keys=ON", True),
    ],
)
def test_sqlite_begins_its_transaction_at_the_first_write_only(tmp_path, sql, begins):
    """A read leaves the transaction unopened, so a later first write waits for another writer
    instead of failing on a stale snapshot; a write (DDL too) opens it, so it can be rolled back."""
    from commdesk.persistence.db import make_engine, resolve_target

    engine = make_engine(resolve_target(tmp_path / "t.sqlite3")[0])
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
            assert conn.connection.dbapi_connection.in_transaction is begins
            conn.rollback()
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0  # the write was undone
            assert (
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'ix_t_n'").scalar() == 0
            )
    finally:
        engine.dispose()


def test_an_import_meets_an_edit_made_after_its_version_check_as_a_conflict(
    ctx, people, db_url, tmp_path, monkeypatch
):
    """The import checks the planned contacts' versions on a read before its first write (SQLite
    begins the transaction there; PostgreSQL reads committed data); an edit saved right after that
    check must still stop it, not be overwritten by the plan made from the older copy."""
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.core.errors import ConflictError
    from commdesk.services.contacts.importing import ContactImportService
    from commdesk.services.contacts.service import ContactService

    contacts = ctx.service(ContactService)
    made = contacts.create(ContactRecord(full_name="王伟", emails=[Email("", "wangwei@xinhua.example.com")]))
    f = tmp_path / "u.csv"
    f.write_text("Email,Job Title\nWangWei@xinhua.example.com,首席记者\n", encoding="utf-8")
    imports = ctx.service(ContactImportService)
    preview = imports.plan(f)
    other = open_database(db_url, migrate=False).ctx
    other.current = ctx.current
    checked = ContactImportService._check_versions

    def check_then_someone_edits(self, session, preview):
        checked(self, session, preview)
        theirs = other.service(ContactService)
        theirs.update(made.id, theirs.get(made.id).record.copy(title="编辑部主任"), made.version)

    monkeypatch.setattr(ContactImportService, "_check_versions", check_then_someone_edits)
    try:
        with pytest.raises(ConflictError):
            imports.apply(preview)
    finally:
        other.engine.dispose()
    assert contacts.get(made.id).record.title == "编辑部主任"  # their edit stands
