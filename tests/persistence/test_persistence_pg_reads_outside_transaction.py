"""On a server, a unit of work's reads before its first write run outside a transaction (no BEGIN,
no COMMIT: two round trips fewer per unit over a network), and everything from the first write on
is one transaction: rolled back as a whole, its locks held until it ends, also when the statement
that needs the transaction is a read (a lock, FOR UPDATE) or a COPY sent on the driver itself."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, select, text

from commdesk.bootstrap import open_database
from commdesk.persistence.bulk import server_copy
from commdesk.persistence.db import _pg_reads_only
from commdesk.persistence.models.foundation import SettingRow


def test_which_statements_may_run_outside_a_transaction():
    reads = [
        "SELECT people.id FROM people WHERE people.login = %(l)s",
        "  (SELECT 1) UNION (SELECT 2)",
        "WITH RECURSIVE k(k) AS (SELECT 1) SELECT k FROM k",
        "SHOW standard_conforming_strings",
        "SELECT commdesk_session_person()",
        "SELECT kind, rolname FROM commdesk_team_groups()",
        "SELECT count(*) FROM contact_interactions WHERE summary LIKE 'information%'",
    ]
    needs_transaction = [
        "INSERT INTO settings (key, value) VALUES (%s, %s)",
        "UPDATE releases SET state = %s",
        "DELETE FROM contact_search_keys",
        "WITH gone AS (DELETE FROM outlets RETURNING id) SELECT count(*) FROM gone",
        "SELECT releases.id FROM releases WHERE releases.id = %s FOR UPDATE",
        "SELECT id FROM people FOR NO KEY UPDATE",
        "SELECT id FROM people FOR SHARE",
        "SELECT pg_advisory_xact_lock(%(k)s)",
        "SELECT nextval('contacts_id_seq')",
        "SELECT setval(pg_get_serial_sequence('contacts', 'id'), 7)",
        "SELECT set_config('commdesk.actor', '3', true)",
        "SELECT pg_notify('commdesk', '{}')",
        "SELECT commdesk_team_attach_login(1, 'li', NULL)",
        "SELECT * INTO backup_people FROM people",
        "SAVEPOINT sa_savepoint_1",
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
        "CREATE TABLE t (id integer)",
    ]
    assert [s for s in reads if not _pg_reads_only(s)] == []
    assert [s for s in needs_transaction if _pg_reads_only(s)] == []


@pytest.fixture
def pg_ctx(db_url):
    if not os.environ.get("COMMDESK_TEST_DATABASE_URL"):
        pytest.skip("needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL")
    ctx = open_database(db_url, migrate=False).ctx
    yield ctx
    ctx.engine.dispose()


@pytest.fixture
def other(db_url, pg_ctx):
    """Another desk's plain connection to the same database."""
    engine = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def _in_transaction(session) -> bool:
    raw = session.connection().connection.dbapi_connection
    return raw.info.transaction_status != 0  # psycopg: 0 is IDLE, no transaction open


def _settings(conn, prefix: str) -> list[str]:
    return list(
        conn.execute(
            text("SELECT key FROM settings WHERE key LIKE :p ORDER BY key"), {"p": prefix + "%"}
        ).scalars()
    )


def test_reads_open_no_transaction_and_the_first_write_opens_one(pg_ctx, other):
    with pg_ctx.unit_of_work() as uow:
        uow.session.execute(select(SettingRow.key)).all()
        assert not _in_transaction(uow.session)
        uow.session.add(SettingRow(key="test.first", value="1", version=1))
        uow.session.flush()
        assert _in_transaction(uow.session)
        assert _settings(other, "test.") == []  # not committed yet: the others do not see it
    assert _settings(other, "test.") == ["test.first"]


def test_a_unit_that_read_first_rolls_back_all_it_wrote(pg_ctx, other):
    with pytest.raises(RuntimeError), pg_ctx.unit_of_work() as uow:
        uow.session.execute(select(SettingRow.key)).all()
        uow.session.add(SettingRow(key="test.one", value="1", version=1))
        uow.session.flush()
        uow.session.execute(select(SettingRow.key)).all()
        uow.session.add(SettingRow(key="test.two", value="2", version=1))
        uow.session.flush()
        raise RuntimeError("stopped")
    assert _settings(other, "test.") == []


def test_a_lock_taken_by_a_read_is_held_until_the_unit_ends(pg_ctx, other):
    key = 4242
    with pg_ctx.unit_of_work() as uow:
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
        assert other.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}).scalar() is False
    assert other.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}).scalar() is True


def test_rows_read_for_update_stay_locked_until_the_unit_ends(pg_ctx, other):
    with pg_ctx.unit_of_work() as uow:
        uow.session.add(SettingRow(key="test.locked", value="1", version=1))
    with pg_ctx.unit_of_work() as uow:
        uow.session.execute(select(SettingRow).where(SettingRow.key == "test.locked").with_for_update()).one()
        locked = other.execute(
            text("SELECT key FROM settings WHERE key = 'test.locked' FOR UPDATE SKIP LOCKED")
        ).all()
        assert locked == []
    free = other.execute(
        text("SELECT key FROM settings WHERE key = 'test.locked' FOR UPDATE SKIP LOCKED")
    ).all()
    assert len(free) == 1


def test_a_copy_as_the_first_write_belongs_to_the_unit(pg_ctx, other):
    with pytest.raises(RuntimeError), pg_ctx.unit_of_work() as uow:
        conn = uow.session.connection()
        write = server_copy(conn, "settings", ("key", "value", "version"))
        assert write is not None
        write([("test.copied", "1", 1)])
        raise RuntimeError("stopped")
    assert _settings(other, "test.") == []
    with pg_ctx.unit_of_work() as uow:
        write = server_copy(uow.session.connection(), "settings", ("key", "value", "version"))
        assert write is not None
        write([("test.copied", "1", 1)])
    assert _settings(other, "test.") == ["test.copied"]
