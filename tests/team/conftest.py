"""Team databases for tests: a PostgreSQL database made a team's by ``team init``, with a login per
person, and a connection (URL) per login.

- ``team_db`` (one per test module): a team database made afresh (its own group roles and
  logins), ``TeamDatabase``: ``url(key)`` / ``connect(key)`` for ``owner`` (the test login, which
  ran team init and owns the schema), ``admin`` (administrator and officer), ``officer``,
  ``reviewer``, ``officer2``; ``people[key]`` the Person; ``groups`` the group roles.
- In this folder the suite's ``db_url``, ``ctx``, ``people`` and ``as_person`` fixtures give a copy
  of one team database per test (made once per session), and the context connects **as the login
  of whoever acts**: setting ``ctx.current`` (``as_person``) switches the connection too. A service
  test imported into a module here runs as each person's own login, with the server's rules on.

Every role a test makes is dropped afterwards; the tests skip without COMMDESK_TEST_DATABASE_URL.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

import pytest

PG_URL = os.environ.get("COMMDESK_TEST_DATABASE_URL", "")
PASSWORD = "team-test-pw"

#: key -> (name, e-mail, roles); the owner's person is made by team init
PEOPLE = {
    "admin": ("陈静 Chen Jing", "chen@example.org", "administrator,officer"),
    "officer": ("李明 Li Ming", "li@example.org", "officer"),
    "reviewer": ("王芳 Wang Fang", "wang@example.org", "reviewer"),
    "officer2": ("Emma Schmidt", "emma@example.org", "officer"),
}
OWNER_NAME = "张伟 Zhang Wei"


def _need_server() -> None:
    if not PG_URL:
        pytest.skip("team databases need PostgreSQL: set COMMDESK_TEST_DATABASE_URL")


def _base():
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url


def _admin_engine():
    from sqlalchemy import create_engine

    return create_engine(_base().set(database="postgres"), isolation_level="AUTOCOMMIT")


@dataclass
class TeamDatabase:
    name: str
    logins: dict[str, str]  # key -> login
    people: dict = field(default_factory=dict)  # key -> Person
    groups: object = None

    def url(self, key: str = "owner") -> str:
        base = _base().set(database=self.name)
        if key != "owner":
            base = base.set(username=self.logins[key], password=PASSWORD)
        return base.render_as_string(hide_password=False)

    def dsn(self, key: str = "owner") -> str:
        return self.url(key).replace("postgresql+psycopg://", "postgresql://", 1)

    def connect(self, key: str = "owner"):
        """A plain psycopg connection as that login (no commdesk in between)."""
        import psycopg

        return psycopg.connect(self.dsn(key))


def make_team_database(name: str, token: str) -> TeamDatabase:
    """A new database ``name`` made a team's through TeamService, as the test login, with a login
    ``cdt<token>_<key>`` for each of PEOPLE."""
    from sqlalchemy import text

    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import parse_roles
    from commdesk.services.people import PeopleService
    from commdesk.services.team import TeamService

    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    team = TeamDatabase(name, {key: f"cdt{token}_{key}" for key in PEOPLE})
    opened = open_database(team.url("owner"))
    try:
        svc = opened.ctx.service(TeamService)
        owner = svc.init(OWNER_NAME, "zhang@example.org")
        people = opened.ctx.service(PeopleService)
        first = people.get(owner.id)
        opened.ctx.current = lambda: first
        for key, (person, email, roles) in PEOPLE.items():
            svc.add_person(person, team.logins[key], parse_roles(roles), email=email, password=PASSWORD)
        by_login = {m.login: m.id for m in svc.list()}
        team.people = {key: people.get(by_login[team.logins[key]]) for key in PEOPLE}
        team.people["owner"] = first
        from commdesk.persistence import server_security

        with opened.ctx.engine.connect() as conn:
            team.groups = server_security.recorded_groups(conn)
    finally:
        opened.ctx.engine.dispose()
    return team


def drop_team_database(team: TeamDatabase, roles: bool = True) -> None:
    from sqlalchemy import text

    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{team.name}" WITH (FORCE)'))
            if roles:
                names = list(team.logins.values()) + list(team.groups.all() if team.groups else ())
                for role in names:
                    conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        admin.dispose()


@pytest.fixture(scope="module")
def team_db():
    """A team database of its own for this test module (see the module docstring)."""
    _need_server()
    token = uuid.uuid4().hex[:8]
    team = make_team_database(f"commdesk_team_{token}", token)
    yield team
    drop_team_database(team)


# ------------------------------------------------------------------------------ one copy per test
@pytest.fixture(scope="session")
def team_template():
    """One team database per session, copied for each test of this folder that asks for ``ctx``."""
    _need_server()
    token = uuid.uuid4().hex[:8]
    team = make_team_database(f"commdesk_teamtmpl_{token}", token)
    yield team
    drop_team_database(team)


@pytest.fixture(scope="session")
def team_copies(team_template):
    """Copies of the session's team database, made ahead and dropped behind (tests/support/pgcopies.py)."""
    from tests.support.pgcopies import DatabaseCopies

    copies = DatabaseCopies(_base(), team_template.name, prefix="commdesk_teamt_")
    yield copies
    copies.close()


@pytest.fixture
def team_copy(team_template, team_copies):
    """A copy of the session's team database (same logins and groups) for this test."""
    team = TeamDatabase(
        team_copies.new(), team_template.logins, dict(team_template.people), team_template.groups
    )
    yield team
    team_copies.drop(team.name)  # the template's roles are dropped with it


@pytest.fixture
def db_url(team_copy):
    return team_copy.url("owner")


class _LoginSwitch:
    """Setting ``ctx.current`` connects the context as that person's login (the owner's for the
    owner and for commdesk itself)."""

    def __init__(self, team: TeamDatabase):
        self.team = team
        self.engines: dict[str, object] = {}
        self.login_of = {p.id: key for key, p in team.people.items()}

    def engine(self, person):
        from commdesk.persistence.db import DatabaseTarget, make_engine
        from commdesk.persistence.unit_of_work import note_writes

        key = self.login_of.get(person.id, "owner")
        if key not in self.engines:
            from sqlalchemy.engine import make_url

            engine = make_engine(DatabaseTarget(make_url(self.team.url(key)), key))
            note_writes(engine)
            self.engines[key] = engine
        return self.engines[key]


@pytest.fixture
def ctx(team_copy):
    """A ServiceContext on this test's team database, connected as whoever acts."""
    from commdesk.bootstrap import open_database
    from commdesk.persistence.db import session_factory
    from commdesk.services.context import ServiceContext

    opened = open_database(team_copy.url("owner"), migrate=False)
    switch = _LoginSwitch(team_copy)
    switch.engines["owner"] = opened.ctx.engine

    class TeamTestContext(ServiceContext):
        def __setattr__(self, name, value):
            super().__setattr__(name, value)
            if name == "current" and "_services" in self.__dict__:
                engine = switch.engine(value())
                if engine is not self.engine:
                    super().__setattr__("engine", engine)
                    super().__setattr__("sessions", session_factory(engine))

    context = opened.ctx
    context.__class__ = TeamTestContext
    yield context
    for engine in switch.engines.values():
        engine.dispose()


@pytest.fixture
def people(ctx, team_copy):
    """The four people of the suite's ``people`` fixture, each with their own login; ctx acts as
    (and connects as) the administrator."""
    made = {key: team_copy.people[key] for key in PEOPLE}
    ctx.current = lambda: made["admin"]
    return made


@pytest.fixture
def as_person(ctx):
    def act(person) -> None:
        ctx.current = lambda: person

    return act
