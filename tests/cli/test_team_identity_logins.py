"""A team database: each person connects with their own server login and acts as that person only.

PostgreSQL only (the logins are server roles); skipped without COMMDESK_TEST_DATABASE_URL.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (COMMDESK_TEST_DATABASE_URL)")

PASSWORD = "s3cret-Pw"


@pytest.fixture
def team(db_url, ctx, people):
    """The four fixture people on a server database; officer and reviewer get their own logins
    (plain login roles allowed to use the tables: what the team set-up grants is tested elsewhere)."""
    from commdesk.persistence.models import PersonRow

    tag = uuid.uuid4().hex[:8]
    logins = {"officer": f"off_{tag}", "reviewer": f"rev_{tag}", "stranger": f"str_{tag}"}
    owner = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for login in logins.values():
            conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'"))
            conn.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{login}"'))
            conn.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{login}"'))
    with ctx.sessions() as session, session.begin():
        for key in ("officer", "reviewer"):
            session.get(PersonRow, people[key].id).login = logins[key]
    base = make_url(db_url)

    def url(key: str, password: str | None = PASSWORD) -> str:
        u = base.set(username=logins[key])._replace(password=password)  # set() keeps a None password
        return u.render_as_string(hide_password=False)

    yield url, logins
    owner.dispose()
    server = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:  # the roles hold grants in the database: it goes first
        conn.execute(text(f'DROP DATABASE IF EXISTS "{base.database}" WITH (FORCE)'))
        for login in logins.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    server.dispose()


def test_the_connected_login_is_the_person_who_acts(team, people):
    from commdesk.bootstrap import open_database
    from commdesk.core.errors import PermissionDenied
    from commdesk.services.people import PeopleService

    url, _logins = team
    opened = open_database(url("officer"), migrate=False)
    try:
        ctx = opened.ctx
        assert ctx.bound_person.name == people["officer"].name
        assert ctx.current().id == people["officer"].id
        svc = PeopleService(ctx)
        assert svc.remembered().id == people["officer"].id  # whoever this computer remembered
        with pytest.raises(PermissionDenied, match="connect with their login"):
            svc.sign_in(people["reviewer"].name, None)
        with pytest.raises(PermissionDenied, match="connect with their login"):
            svc.authenticate(people["admin"].id, None)
        assert svc.authenticate(people["officer"].id, None).id == people["officer"].id
    finally:
        opened.ctx.engine.dispose()


def test_a_login_that_is_no_one_or_someone_removed_is_refused(team, people, ctx):
    from commdesk.bootstrap import open_database
    from commdesk.core.errors import PermissionDenied
    from commdesk.persistence.models import PersonRow

    url, logins = team
    with pytest.raises(PermissionDenied, match=f"{logins['stranger']} belongs to no one"):
        open_database(url("stranger"), migrate=False)
    with ctx.sessions() as session, session.begin():
        session.get(PersonRow, people["reviewer"].id).active = False
    with pytest.raises(PermissionDenied, match="no longer works with commdesk"):
        open_database(url("reviewer"), migrate=False)


def test_the_cli_acts_as_the_login_and_refuses_as_someone_else(team, people, run_cli):
    url, logins = team
    code, out, err = run_cli("--db", url("officer"), "people", "whoami")
    assert code == 0, err
    assert people["officer"].name in out and logins["officer"] in out
    code, out, err = run_cli("--db", url("officer"), "--as", people["reviewer"].name, "people", "whoami")
    assert code == 1
    assert "connect with their login" in err and people["reviewer"].name in err
    code, out, err = run_cli("--db", url("officer"), "--as", people["officer"].name, "people", "whoami")
    assert code == 0 and people["officer"].name in out
    # an officer cannot act as an administrator by any command: adding people stays refused
    code, out, err = run_cli("--db", url("officer"), "people", "add", "X", "--role", "officer")
    assert code == 1 and "administrator" in err.lower()


def test_libpq_password_ways_come_before_asking(team, people, monkeypatch):
    """No password in the URL or the keyring: PGPASSWORD (libpq's own) is used and nobody is asked;
    without it the caller is asked once, and a refused password is asked again."""
    from commdesk.bootstrap import open_database

    url, logins = team
    asked: list[str] = []

    def ask(display: str) -> str:
        asked.append(display)
        return PASSWORD

    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    opened = open_database(url("officer", password=None), migrate=False, ask_password=ask)
    opened.ctx.engine.dispose()
    assert asked == []
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    opened = open_database(url("reviewer", password=None), migrate=False, ask_password=ask)
    opened.ctx.engine.dispose()
    assert len(asked) == 1 and logins["reviewer"] in asked[0]
    assert opened.ctx.bound_person.id == people["reviewer"].id


def test_a_stored_password_the_server_refuses_is_asked_again_and_replaced(team, people):
    from commdesk.bootstrap import open_database
    from commdesk.core import secrets
    from commdesk.persistence.db import resolve_target

    url, _logins = team
    target, _ = resolve_target(url("reviewer", password=None))
    secrets.set_secret(target.keyring_key, "an-old-password")
    asked: list[str] = []
    opened = open_database(
        url("reviewer", password=None), migrate=False, ask_password=lambda d: asked.append(d) or PASSWORD
    )
    opened.ctx.engine.dispose()
    assert len(asked) == 1
    assert secrets.lookup(target.keyring_key) == PASSWORD  # the one that worked replaced it
