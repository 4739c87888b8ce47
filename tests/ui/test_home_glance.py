"""Home's start-up glance (``ui/home/glance.py``) shows exactly what ``HomeService`` shows, and is used
only when nothing needs asking or upgrading.

The glance reads Home's boxes with the standard library before the services are loaded; the window
then replaces them with Home made by ``HomeService``. These tests compare both, field for field, on
the demo database for every person, at many moments and with the organisation in several zones
(with no zone of its own it is the computer's: each test runs under two process zones)."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.bootstrap import open_database
from commdesk.persistence.glance import SCHEMA_AT_HEAD, open_read_only
from commdesk.services.home import HomeService
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.home.glance import glance_sections, read_glance

pytestmark = pytest.mark.timezones

ZONES = ("", "Asia/Shanghai", "America/Los_Angeles", "Europe/London", "Pacific/Auckland", "Asia/Kolkata")


def _fields(sections) -> list:
    """What a box shows and links to, for HomeSection and the glance's GlanceSection alike."""
    return [
        (
            s.key,
            s.title,
            s.empty_text,
            s.total,
            s.count,
            [(e.text, e.detail, e.pane, e.record_id, e.when, e.urgent) for e in s.entries],
        )
        for s in sections
    ]


@pytest.fixture
def demo(demo_factory, tmp_path):
    """The demo database, opened by the services (acting as its administrator), with a read-only
    glance connection beside it."""
    path = demo_factory(tmp_path / "demo.sqlite3")
    opened = open_database(path, migrate=False, mail_hooks=False)
    ctx = opened.ctx
    everyone = ctx.service(PeopleService).list(include_inactive=True)
    admin = next(p for p in everyone if p.id == 1)
    ctx.current = lambda: admin
    conn = open_read_only(path)
    yield path, ctx, everyone, conn
    conn.close()
    ctx.engine.dispose()


def _set_org(ctx, admin, zone: str, review: date | None, owner: str) -> None:
    ctx.current = lambda: admin
    ctx.service(SettingsService).set_many(
        {
            "org.time_zone": zone,
            "org.next_review": review.isoformat() if review else None,
            "org.procedure_owner": owner,
        }
    )


def _compare(ctx, conn, person, now) -> None:
    ctx.current = lambda: person
    service = HomeService(ctx).sections(now)
    glance = glance_sections(conn, person.id, now)
    assert _fields(glance) == _fields(service), (person.name, now)
    assert [e.when.utcoffset() if e.when else None for s in glance for e in s.entries] == [
        e.when.utcoffset() if e.when else None for s in service for e in s.entries
    ]


def test_the_glance_equals_home_for_everyone_on_the_demo_database(demo, process_tz):
    _path, ctx, everyone, conn = demo
    now = datetime.now(UTC)
    shown = 0
    for person in everyone:
        _compare(ctx, conn, person, now)
        shown += sum(len(s.entries) for s in glance_sections(conn, person.id, now))
    assert shown  # the demo gives everyone something to do (the comparison is not of empty boxes)
    keys = {s.key for p in everyone for s in glance_sections(conn, p.id, now) if s.entries}
    # the person-dependent boxes are among those compared with entries in them
    assert {"reviews", "returned", "actions", "meetings", "minutes", "outbox", "inquiries"} <= keys
    # the cases desk's boxes too (the demo has cases breaching today and unanswered ones), shown only
    # to those who work cases
    assert {"cases", "intake"} <= keys
    for person in everyone:
        boxes = {s.key for s in glance_sections(conn, person.id, now)}
        works = any(r.value in ("officer", "reviewer") for r in person.roles)
        assert ({"cases", "intake"} <= boxes) == works, person.name


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    person_index=st.integers(0, 4),
    hours=st.integers(-24 * 35, 24 * 12),
    minute=st.integers(0, 59),
    zone=st.sampled_from(ZONES),
    review_in=st.one_of(st.none(), st.integers(-45, 45)),
    owner=st.sampled_from(["", "品牌传播部"]),
)
def test_the_glance_equals_home_at_any_moment_in_any_zone(
    demo, process_tz, person_index, hours, minute, zone, review_in, owner
):
    """Days before and after the demo's own moment: meetings become today's, tomorrow's or past,
    minutes fall due and late, actions and inquiries overdue, embargoes near; in the organisation's
    zone (or the computer's) and the meetings' own."""
    _path, ctx, everyone, conn = demo
    now = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=hours, minutes=minute)
    today = now.date()
    admin = next(p for p in everyone if p.id == 1)
    _set_org(ctx, admin, zone, today + timedelta(days=review_in) if review_in is not None else None, owner)
    _compare(ctx, conn, everyone[person_index % len(everyone)], now)


@pytest.fixture(scope="module")
def other_office(tmp_path_factory):
    """Another generated desk: the demo's generator with another seed, made 17 days ago (its
    meetings, minutes, embargoes, inquiries and mail fall elsewhere around now)."""
    from commdesk.demo import create_demo

    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    create_demo(path, now=datetime.now(UTC) - timedelta(days=17), seed=4242)
    return path


@pytest.mark.parametrize("days", [-3, 0, 2, 6])
def test_the_glance_equals_home_on_another_generated_desk(other_office, tmp_path, process_tz, days):
    path = tmp_path / "office.sqlite3"
    path.write_bytes(other_office.read_bytes())
    opened = open_database(path, migrate=False, mail_hooks=False)
    conn = open_read_only(path)
    try:
        ctx = opened.ctx
        everyone = ctx.service(PeopleService).list(include_inactive=True)
        admin = next(p for p in everyone if p.id == 1)
        _set_org(ctx, admin, "", None, "")  # the computer's zone: the process's TZ
        now = datetime.now(UTC) + timedelta(days=days)
        for person in everyone:
            _compare(ctx, conn, person, now)
    finally:
        conn.close()
        opened.ctx.engine.dispose()


def test_the_glance_is_used_for_a_remembered_person_without_a_passphrase(demo, monkeypatch, tmp_path):
    path, ctx, everyone, conn = demo
    conn.close()
    admin = next(p for p in everyone if p.id == 1)
    people = ctx.service(PeopleService)
    assert read_glance(str(path)) is None  # nobody remembered, and everyone has a passphrase: asked
    _single_desk(ctx, admin)
    before = _state(path)
    glance = read_glance(str(path))
    assert glance is not None and glance.person_id == admin.id == people.remembered().id
    assert glance.person_name == admin.name
    me = people.get(admin.id)
    ctx.current = lambda: me
    assert _fields(glance.sections) == _fields(HomeService(ctx).sections(glance.at))
    assert _state(path) == before  # the glance wrote nothing


def _single_desk(ctx, person) -> None:
    """``person`` alone at this desk, without a passphrase, remembered here (what the window then
    does without asking anything)."""
    people = ctx.service(PeopleService)
    ctx.current = lambda: person
    for other in people.list():
        if other.id != person.id:
            people.update(dataclasses.replace(other, active=False))
    me = people.update(people.get(person.id), clear_passphrase=True)
    people.remember(me)


def _state(path: Path) -> tuple:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime_ns,
        sorted(p.name for p in path.parent.iterdir()),
    )


def test_the_glance_steps_aside_whenever_the_normal_start_has_more_to_do(demo, tmp_path, monkeypatch):
    """Not at this schema, no one to sign in without a question, a URL, a file that is not a
    database, a read-only file, --db "": the glance gives nothing and the window starts as before."""
    path, ctx, everyone, conn = demo
    conn.close()
    admin = next(p for p in everyone if p.id == 1)
    _single_desk(ctx, admin)
    ctx.engine.dispose()
    assert read_glance(str(path)) is not None

    assert read_glance(f"sqlite:///{path}") is None  # a URL: the normal start resolves it
    assert read_glance("") is None and read_glance("   ") is None
    assert read_glance(str(tmp_path / "missing.sqlite3")) is None
    assert not (tmp_path / "missing.sqlite3").exists()  # and nothing was made
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_text("name,email\nLi,li@example.org\n", encoding="utf-8")
    assert read_glance(str(garbage)) is None

    older = tmp_path / "older.sqlite3"
    older.write_bytes(path.read_bytes())
    with sqlite3.connect(older) as raw:
        raw.execute("DELETE FROM alembic_version WHERE version_num = ?", (sorted(SCHEMA_AT_HEAD)[-1],))
    assert read_glance(str(older)) is None  # an upgrade (with its backup) comes first

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(path.read_bytes())
    with sqlite3.connect(newer) as raw:
        raw.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    assert read_glance(str(newer)) is None  # refused by the normal start, with its message

    locked = tmp_path / "locked.sqlite3"
    locked.write_bytes(path.read_bytes())
    locked.chmod(0o400)
    try:
        assert (
            read_glance(str(locked)) is None
        )  # read-only (even for root): the window shows its banner first
    finally:
        locked.chmod(0o600)

    opened = open_database(path, migrate=False, mail_hooks=False)
    try:
        people = opened.ctx.service(PeopleService)
        me = people.get(admin.id)
        opened.ctx.current = lambda: me
        people.update(me, passphrase="a passphrase")
        assert read_glance(str(path)) is None  # the window asks for it: no glance before that
        me = people.update(people.get(admin.id), clear_passphrase=True)
        people.forget()
        assert read_glance(str(path)) is not None  # the only active person, without a passphrase
    finally:
        opened.ctx.engine.dispose()


def test_the_glance_imports_no_database_library(demo, tmp_path):
    """The point of the glance: Home's lists without SQLAlchemy, Alembic or the services."""
    path, ctx, everyone, conn = demo
    conn.close()
    _single_desk(ctx, next(p for p in everyone if p.id == 1))
    ctx.engine.dispose()
    code = (
        "import sys\n"
        "from commdesk.ui.home.glance import read_glance\n"
        "import commdesk.ui.home.pane, commdesk.ui.main_window\n"
        f"g = read_glance({str(path)!r})\n"
        "assert g is not None and any(s.entries for s in g.sections)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m.startswith('commdesk.services') or m.startswith('commdesk.persistence.models')]\n"
        "print(loaded)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
