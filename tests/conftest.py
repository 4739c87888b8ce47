"""Test set-up for the whole suite: headless Qt, no real keyring, isolated folders, fast databases.

Databases: a template is migrated once per session and copied for each test (SQLite: a file copy;
PostgreSQL: CREATE DATABASE ... TEMPLATE). Set COMMDESK_TEST_DATABASE_URL (e.g.
postgresql+psycopg://user:pw@127.0.0.1/commdesk_test) to run every database test on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

# Headless before anything imports Qt; nothing below may reach the user's folders or keyring.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_TMP = Path(tempfile.mkdtemp(prefix="commdesk-tests-"))
os.environ["COMMDESK_DATA_DIR"] = str(_TMP / "data")
os.environ["COMMDESK_LOG_DIR"] = str(_TMP / "log")
os.environ["COMMDESK_CACHE_DIR"] = str(_TMP / "cache")
# a program the tests start inherits this: keyrings.alt's file keyring (the fallback where the system
# has none) then lives in this process's folder, never in the user's, nor shared by test workers
os.environ["XDG_DATA_HOME"] = str(_TMP / "xdg-data")
os.environ.pop("COMMDESK_DB", None)
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
from tests.support.pgcopies import DatabaseCopies  # noqa: E402
from tests.support.workers import shared_file  # noqa: E402

import commdesk.ui  # noqa: E402, F401 - guards the interpreter against PySide6's lost references to None

# the shared test support (tests/support): the in-memory keyring and the SMTP test server
pytest_plugins = ["tests.support.keyring", "tests.support.smtp", "tests.support.imap"]

# Property tests: "dev" is quick for the edit-test loop; CI sets HYPOTHESIS_PROFILE=ci for more examples.
# Tests do not set max_examples themselves, so the profile decides.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


PG_URL = os.environ.get("COMMDESK_TEST_DATABASE_URL", "")


@pytest.fixture(scope="session", autouse=True)
def _qsettings_in_tmp(qapp):
    from PySide6.QtCore import QCoreApplication, QSettings

    # qapp first: an in-process CLI run must not create a bare QCoreApplication before it.
    QCoreApplication.setOrganizationName("commdesk-tests")
    QCoreApplication.setApplicationName("commdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    from commdesk import translations

    translations.install("en")  # the windows read English as people do ("1 case", "2 cases")
    yield
    shutil.rmtree(_TMP, ignore_errors=True)


@pytest.fixture(autouse=True)
def _vobject_reads_each_files_own_zones():
    """vobject keeps the first VTIMEZONE it read for a TZID for the whole process, so a file read
    later would be read with another file's rules (a DST night off by an hour): each test starts
    with only UTC known, as a calendar program opening that file would."""
    import sys

    module = sys.modules.get("vobject.icalendar")
    if module is not None:
        known = vars(module).get("__tzidMap")
        if known:
            for tzid in [t for t in known if t != "UTC"]:
                del known[tzid]
    yield


@pytest.fixture(autouse=True)
def _english_core():
    """Each test starts with the core's messages in English (a test may install zh_CN), and with
    the rule checks citing no procedure version until the test opens a database that has one."""
    from commdesk import translations
    from commdesk.core import i18n
    from commdesk.core.procedure import citation

    i18n.set_translator(None)
    citation.use_source(None)
    yield
    if translations.current["lang"] != "en":  # a test switched the interface to Chinese
        translations.install("en")
    i18n.set_translator(None)


# ------------------------------------------------------------------------------------------ time zones
# The process's zone must never change what commdesk stores or writes. A test
# marked ``@pytest.mark.timezones`` runs once per zone in TEST_ZONES (or the zones given to the
# marker: ``@pytest.mark.timezones("UTC", "Asia/Shanghai")``), with ``TZ`` set for the whole process
# and restored afterwards; the zone in force is the ``process_tz`` fixture's value. A module marks all
# its tests with ``pytestmark = pytest.mark.timezones``.
TEST_ZONES = ("Asia/Shanghai", "America/Los_Angeles")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "real_dialogs: the test drives real modal message boxes itself (no answering hook)"
    )
    config.addinivalue_line(
        "markers",
        "timezones(*zones): run the test under each process time zone (TZ), default "
        "Asia/Shanghai and America/Los_Angeles",
    )


def pytest_generate_tests(metafunc):
    marker = metafunc.definition.get_closest_marker("timezones")
    if marker is None:
        return
    zones = tuple(marker.args) or TEST_ZONES
    if "process_tz" not in metafunc.fixturenames:
        metafunc.fixturenames.insert(0, "process_tz")
    metafunc.parametrize("process_tz", zones, indirect=True, ids=[f"TZ={z}" for z in zones])


@pytest.fixture
def process_tz(request):
    """Run with the process time zone ``TZ`` set to the parameter (or left as it is), then restore it."""
    import time

    zone = getattr(request, "param", None)
    if zone is None:
        yield os.environ.get("TZ", "")
        return
    # Windows has no tzset(): there only the TZ variable (what commdesk reads as the computer's
    # zone) changes, not the C library's local time
    tzset = getattr(time, "tzset", lambda: None)
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    tzset()
    try:
        yield zone
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        tzset()


# ------------------------------------------------------------------------------------------ databases
def _migrated_sqlite(path: Path) -> None:
    from commdesk.bootstrap import open_database

    opened = open_database(path)
    opened.ctx.engine.dispose()


class _SqliteTemplates:
    """A template migrated once per run (the workers of ``./dev test`` share it), copied into this
    worker's own folder for each test."""

    def __init__(self, tmp_path_factory) -> None:
        self.factory = tmp_path_factory
        self.dir = Path(tmp_path_factory.mktemp("databases"))
        self.template: Path | None = None

    def new_url(self) -> str:
        if self.template is None:
            self.template = shared_file(self.factory, "template.sqlite3", _migrated_sqlite)
        path = self.dir / f"t-{uuid.uuid4().hex[:10]}.sqlite3"
        shutil.copyfile(self.template, path)
        return str(path)

    def drop(self, url: str) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(url + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        pass


class _PostgresTemplates:
    """A template database of this process (named with its process id, so test workers never share
    one) migrated once, copied for each test by ``DatabaseCopies`` (tests/support/pgcopies.py),
    which makes the copies ahead and drops them behind in threads of its own."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        if self.base.drivername == "postgresql":
            self.base = self.base.set(drivername="postgresql+psycopg")
        self.copies: DatabaseCopies | None = None
        self.failed: str | None = None

    def new_url(self) -> str:
        if self.failed:  # said once in full; every later test of this process fails at once
            pytest.fail(self.failed, pytrace=False)
        if self.copies is None:
            self.copies = self._make_template()
        return self.base.set(database=self.copies.new()).render_as_string(hide_password=False)

    def _make_template(self) -> DatabaseCopies:
        from commdesk.bootstrap import open_database

        template = f"commdesk_tmpl_{os.getpid()}"
        with DatabaseCopies.connect_to(self.base) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{template}"')
        try:
            opened = open_database(self.base.set(database=template).render_as_string(False))
            opened.ctx.engine.dispose()
        except BaseException as exc:
            self.failed = f"the template database could not be migrated: {type(exc).__name__}: {exc}"
            with DatabaseCopies.connect_to(self.base) as conn:  # FORCE: the failed upgrade's connection
                conn.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            raise
        return DatabaseCopies(self.base, template)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        assert self.copies is not None
        self.copies.drop(make_url(url).database)

    def close(self) -> None:
        """Drops the copies, then the template."""
        if self.copies is not None:
            self.copies.close()
            with DatabaseCopies.connect_to(self.base) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.copies.template}" WITH (FORCE)')


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory):
    templates = _PostgresTemplates(PG_URL) if PG_URL else _SqliteTemplates(tmp_path_factory)
    yield templates
    templates.close()


@pytest.fixture
def db_url(db_templates):
    """A fresh, migrated, empty database for this test (SQLite file path or PostgreSQL URL)."""
    url = db_templates.new_url()
    yield url
    db_templates.drop(url)


@pytest.fixture
def ctx(db_url):
    """A ServiceContext on a fresh database, acting as the system until a test sets ``ctx.current``."""
    from commdesk.bootstrap import open_database

    opened = open_database(db_url, migrate=False)
    yield opened.ctx
    opened.ctx.engine.dispose()


#: The fixture people's passphrases: on a desk several people share, everyone who can approve
#: anything has one before a second person is added (every role approves something: releases or
#: minutes), so each fixture person has their own.
ADMIN_PASSPHRASE = "chen-pass"
OFFICER_PASSPHRASE = "li-pass"
REVIEWER_PASSPHRASE = "wang-pass"
OFFICER2_PASSPHRASE = "emma-pass"

#: (key, name, e-mail, department, roles, passphrase) of the ``people`` fixture, first the administrator
_FIXTURE_PEOPLE = (
    (
        "admin",
        "陈静 Chen Jing",
        "chen@example.org",
        "品牌传播部",
        ("administrator", "officer"),
        ADMIN_PASSPHRASE,
    ),
    ("officer", "李明 Li Ming", "li@example.org", "品牌传播部", ("officer",), OFFICER_PASSPHRASE),
    ("reviewer", "王芳 Wang Fang", "wang@example.org", "总经理办公室", ("reviewer",), REVIEWER_PASSPHRASE),
    ("officer2", "Emma Schmidt", "emma@example.org", "International", ("officer",), OFFICER2_PASSPHRASE),
)


def fixture_passphrase(name_or_email: str) -> str | None:
    """The passphrase of the fixture person ``--as`` names (by name, e-mail or the name's first
    word, as ``--as`` finds them), or None when it names no fixture person."""
    key = name_or_email.strip().lower()
    for _, name, email, _, _, passphrase in _FIXTURE_PEOPLE:
        if key in (name.lower(), email.lower(), name.lower().split(" ")[0]):
            return passphrase
    return None


@pytest.fixture(autouse=True)
def _cheap_passphrase_hashing(monkeypatch):
    """scrypt at a test's cost: the stored hash names its own parameters, so checking works alike."""
    from commdesk.services import passphrase

    monkeypatch.setattr(passphrase, "_N", 2**4)


@pytest.fixture
def people(ctx):
    """Four people, each with their own passphrase (``*_PASSPHRASE``): ``admin`` (also officer),
    ``officer``, ``reviewer``, ``officer2``; ctx acts as admin."""
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    svc = ctx.service(PeopleService)
    made = {}
    for key, name, email, department, roles, passphrase in _FIXTURE_PEOPLE:
        roles = {Role(r) for r in roles}
        if not made:
            made[key] = svc.create_first_profile(name, email, department, roles, passphrase=passphrase)
            ctx.current = lambda admin=made[key]: admin
        else:
            made[key] = svc.create(name, email, department, roles, passphrase=passphrase)
    return made


def act_as(ctx, person) -> None:
    ctx.current = lambda: person


@pytest.fixture
def as_person(ctx):
    return lambda person: act_as(ctx, person)


# ------------------------------------------------------------------------------------------ CLI
@pytest.fixture
def run_cli(capsys, request):
    """Run the commdesk command in-process: ``code, out, err = run_cli("--db", path, "audit")``;
    ``stdin=`` is what the command reads from standard input.

    In a test with the ``people`` fixture, ``--as`` a fixture person signs in as a script does: their
    passphrase comes first on standard input (``--passphrase-stdin`` added), unless the test gives
    ``--passphrase-stdin`` itself or ``sign_in=False`` (a test of how the passphrase is asked)."""
    from commdesk.cli import main

    def run(*args: str, stdin: str | None = None, sign_in: bool = True):
        import io
        import sys

        args = tuple(str(a) for a in args)
        if sign_in:
            args, stdin = _fixture_sign_in(request, args, stdin)
        capsys.readouterr()
        before = sys.stdin
        if stdin is not None:  # e.g. a passphrase for --passphrase-stdin
            sys.stdin = io.StringIO(stdin)
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdin = before
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _fixture_sign_in(request, args: tuple[str, ...], stdin: str | None) -> tuple[tuple[str, ...], str | None]:
    """``args`` and ``stdin`` with the ``--as`` fixture person's passphrase first on standard input,
    when the test has the ``people`` fixture (the command runs on its database, a backup or a copy
    of it) and gives no passphrase itself."""
    if "people" not in request.fixturenames or "--as" not in args or "--passphrase-stdin" in args:
        return args, stdin
    at = args.index("--as")
    passphrase = fixture_passphrase(args[at + 1]) if at + 1 < len(args) else None
    if passphrase is None:
        return args, stdin
    return (*args[: at + 2], "--passphrase-stdin", *args[at + 2 :]), passphrase + "\n" + (stdin or "")


# ------------------------------------------------------------------------------------------ GUI
@pytest.fixture
def app_services(qapp, ctx, people):
    """AppServices for widgets, on the test database, signed in as the administrator."""
    from PySide6.QtCore import QSettings

    from commdesk.ui.common.services import AppServices, Preferences

    services = AppServices(
        ctx, Preferences(QSettings(str(_TMP / f"prefs-{uuid.uuid4().hex}.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(people["admin"])
    yield services
    services.runner.wait(10000)


@pytest.fixture(autouse=True)
def _windows_left_open_are_hidden():
    """A window a test opened and left showing stays in this process, where it can hold the
    activation or focus that a later test waits for; which later test that is depends on how the
    files are spread over the test workers. After each test the windows made during it and still
    showing are hidden (not closed: closing may ask about unsaved text). Windows that existed
    before the test (a module's) are left as they are."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = set(app.topLevelWidgets()) if app is not None else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if widget not in before and widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def _questions_never_wait(request):
    """A modal question that nothing answers would wait for a person forever (a test run that
    hangs). Unless a test answers them (``answer``) or drives real boxes (``real_dialogs``), a
    question fails the test and says what was asked."""
    if "answer" in request.fixturenames or request.node.get_closest_marker("real_dialogs"):
        yield
        return
    import commdesk.ui.common.ask as ask_mod

    def unanswered(kind, title, text, buttons):
        raise AssertionError(f"a {kind} question nobody answers (use the answer fixture): {title}: {text}")

    ask_mod.answerer = unanswered
    yield
    if ask_mod.answerer is unanswered:
        ask_mod.answerer = None


@pytest.fixture
def answer():
    """Answers modal questions instead of a person: ``answer.reply = QMessageBox.StandardButton.Yes``,
    ``answer.text = "typed"`` for text prompts; ``answer.asked`` lists (kind, title, text) asked."""
    from PySide6.QtWidgets import QMessageBox

    import commdesk.ui.common.ask as ask_mod

    class Answers:
        def __init__(self):
            self.asked: list[tuple[str, str, str]] = []
            self.reply = QMessageBox.StandardButton.Ok
            self.text: str | None = None

        def __call__(self, kind, title, text, buttons):
            self.asked.append((kind, title, text))
            return self.text if kind == "text" else self.reply

    answers = Answers()
    ask_mod.answerer = answers
    yield answers
    ask_mod.answerer = None


# ------------------------------------------------------------------------------------------ demo
@pytest.fixture(scope="session")
def demo_factory(tmp_path_factory):
    """``demo_factory(dest, now=None) -> dest``: a copy of a demo database made once per run (per
    ``now``; the workers of ``./dev test`` share it), so the tests that need a living desk don't each
    pay for building one."""

    def copy(dest, now=None):
        from commdesk.demo import create_demo

        key = now.strftime("%Y%m%dT%H%M%S%f%z") if now else "now"
        made = shared_file(tmp_path_factory, f"demo-{key}.sqlite3", lambda path: create_demo(path, now=now))
        dest = Path(dest)
        shutil.copyfile(made, dest)
        return dest

    return copy


@pytest.fixture
def demo_db(demo_factory, tmp_path):
    """A fresh copy of the demo database (dates relative to now) for this test."""
    return demo_factory(tmp_path / "demo.sqlite3")
