"""Two desks on one PostgreSQL database hear each other's commits: a committed unit of work is
published (its tables, inside the committing transaction), a rolled-back one is not, a set too long
for a notification says "everything", a desk ignores its own echo, and the listener finds its way
back after losing its connection."""

from __future__ import annotations

import os
import queue
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commdesk.bootstrap import open_database
from commdesk.core.domain.people import Role
from commdesk.persistence import notify
from commdesk.persistence.notify import ChangeListener
from commdesk.persistence.unit_of_work import bare_transaction
from commdesk.services.people import PeopleService

WAIT = 10  # seconds a notification may take on a loaded machine (it takes milliseconds)


class Heard:
    """What a desk's listener reported, in order."""

    def __init__(self) -> None:
        self.changes: queue.Queue = queue.Queue()
        self.states: queue.Queue = queue.Queue()

    def next_change(self):
        return self.changes.get(timeout=WAIT)

    def next_state(self) -> bool:
        return self.states.get(timeout=WAIT)


@pytest.fixture(scope="module")
def shared_url(db_templates):
    """One database for the module (each test makes its own records), with its first administrator."""
    if not os.environ.get("COMMDESK_TEST_DATABASE_URL"):
        pytest.skip("needs PostgreSQL: set COMMDESK_TEST_DATABASE_URL")
    url = db_templates.new_url()
    ctx = open_database(url, migrate=False).ctx
    ctx.service(PeopleService).create_first_profile(
        "陈静 Chen Jing", "chen@example.org", "品牌传播部", {Role.ADMINISTRATOR, Role.OFFICER}, "cj"
    )  # a passphrase: others are added (a server reached through one login is a shared desk)
    ctx.engine.dispose()
    yield url
    db_templates.drop(url)


@pytest.fixture
def desks(shared_url):
    """Desk A and desk B (each its own engine, as two computers), acting as the administrator; B listens."""
    a = open_database(shared_url, migrate=False).ctx
    b = open_database(shared_url, migrate=False).ctx
    admin = a.service(PeopleService).find("chen@example.org")
    a.current = b.current = lambda: admin
    heard = Heard()
    listener = ChangeListener(b.engine, heard.changes.put, heard.states.put, retry_first=0.05, retry_max=0.5)
    listener.start()
    assert heard.next_state() is True
    yield a, b, listener, heard
    listener.stop(wait=1)
    a.engine.dispose()
    b.engine.dispose()


@pytest.fixture
def server(shared_url):
    """A connection to the server's maintenance database, to act on the test database from outside."""
    url = make_url(shared_url)
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        yield conn, url.database
        conn.execute(text(f'ALTER DATABASE "{url.database}" ALLOW_CONNECTIONS true'))
    engine.dispose()


def _add_person(ctx):
    """A unit of work through a service, as a desk commits."""
    tag = uuid.uuid4().hex[:8]
    return ctx.service(PeopleService).create(
        f"Person {tag}", f"{tag}@example.org", "品牌传播部", {Role.OFFICER}, passphrase=tag
    )


def test_a_commit_on_one_desk_reaches_the_other_with_its_tables(desks):
    a, _b, _listener, heard = desks
    _add_person(a)
    tables = heard.next_change()
    assert {"people", "audit_log"} <= tables


def test_a_rolled_back_unit_of_work_tells_nobody(desks):
    a, _b, _listener, heard = desks
    person = _add_person(a)
    assert "people" in heard.next_change()
    with pytest.raises(RuntimeError), a.unit_of_work() as uow:
        uow.session.execute(text("UPDATE people SET name = 'Changed' WHERE id = :i"), {"i": person.id})
        raise RuntimeError("the person changed their mind")
    # the next notification is the next commit's: the server delivers them in commit order
    with a.transaction() as conn:
        conn.execute(text("UPDATE settings SET value = value WHERE key = 'audit.head'"))
    assert heard.next_change() == frozenset({"settings"})


def test_a_desk_does_not_hear_its_own_commits(desks):
    a, b, _listener, heard = desks
    _add_person(b)  # B's own commit: announced in B's process already
    with a.transaction() as conn:
        conn.execute(text("UPDATE settings SET value = value WHERE key = 'audit.head'"))
    assert heard.next_change() == frozenset({"settings"})  # A's, not B's echo


def test_a_set_too_long_for_a_notification_says_everything_changed(desks):
    a, _b, _listener, heard = desks
    many = {f"table_with_a_rather_long_name_{i:05d}" for i in range(400)}
    assert len(notify.payload("x", many).encode()) <= notify.PAYLOAD_LIMIT
    assert notify.read_payload(notify.payload("x", many)) == ("x", None)
    with bare_transaction(a.engine) as (conn, written):
        conn.execute(text("UPDATE settings SET value = value WHERE key = 'audit.head'"))
        written.update(many)  # as if this transaction had written 400 tables
    assert heard.next_change() is None  # everything may have changed


def test_the_listener_reconnects_by_itself_after_losing_the_server(desks, server):
    a, _b, listener, heard = desks
    conn, name = server
    conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
    conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": listener.backend_pid})
    assert heard.next_state() is False
    assert not listener.connected
    conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
    assert heard.next_state() is True  # back, without anyone asking
    _add_person(a)
    assert "people" in heard.next_change()  # and listening again


def test_payload_names_the_sender_and_the_tables():
    sender, tables = notify.read_payload(notify.payload("desk-1", {"releases", "audit_log"}))
    assert sender == "desk-1" and tables == frozenset({"releases", "audit_log"})
    assert notify.read_payload("not json") == ("", None)  # unreadable: everything, never nothing
