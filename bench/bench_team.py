"""A desk on a network: the main actions against PostgreSQL through a proxy that adds a round-trip
delay, with the statements and the server round trips each action costs.

    .venv/bin/python bench/bench_team.py [--url URL] [--latency-ms 20] [--repeat 5] [--scale 4] [--keep]

``--url`` is the server's administrative database (default: COMMDESK_TEST_DATABASE_URL); the login
needs CREATEDB. The bench

1. creates a database on that server (dropped at the end unless ``--keep``) and fills it with the
   demo through the services (``commdesk.demo``; its people's passphrase is ``demo``);
2. starts a TCP proxy on a free local port that forwards to the server and holds back every chunk
   the server sends by ``--latency-ms``, so that each client round trip costs that much more; a
   baseline in the same run: N x ``SELECT 1`` through the proxy and directly;
3. runs each action with the real panes, offscreen (``QT_QPA_PLATFORM=offscreen``): a pane is made
   as the main window makes it (its first load runs in its constructor), a record is opened with
   the pane's ``open_record`` as Home and the links between areas do, search types into the contacts
   pane's search field, approve presses the releases pane's Approve button (``do_action``) on the
   release the pane shows (opened before the clock runs, as the reviewer opens it to read it), save
   minutes calls the service as the window's Save does. Each action runs ``--repeat`` times after a first run (cold
   caches, reported on its own); times are medians;
4. counts per action the statements SQLAlchemy sends (``before_cursor_execute`` on every engine)
   and the round trips the proxy sees (client sends after an answer: connection set-up, BEGIN,
   COMMIT and the pool's ping are round trips too, though no statements);
5. grows the database to ``--scale`` times its contacts, releases and meetings (raw copies of the
   rows and of the rows hanging off them) and runs everything again: an action whose statement
   count grows with the rows shown reads row by row (N+1) and is flagged.

Targets: every action <= 1 s with the added latency; no statement count that grows with the rows.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import queue
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TARGET_S = 1.0


# ------------------------------------------------------------------------------------------ proxy
class LatencyProxy:
    """A TCP relay to ``upstream`` on a free local port. Each chunk the server sends reaches the client
    ``latency`` seconds after it arrived here (chunks keep their order and are not delayed one after
    the other), so every request-and-answer costs ``latency`` more; client bytes go on at once.
    ``round_trips`` counts the client's sends that follow an answer (or open a connection)."""

    def __init__(self, upstream: tuple[str, int], latency: float):
        self.upstream = upstream
        self.latency = latency
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.round_trips = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self._lock = threading.Lock()
        self._closed = False
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets += [client, server]
            answered = [True]  # the client's first send opens a round trip
            pending: queue.Queue = queue.Queue()
            threading.Thread(target=self._up, args=(client, server, answered), daemon=True).start()
            threading.Thread(target=self._down_read, args=(server, pending, answered), daemon=True).start()
            threading.Thread(target=self._down_write, args=(client, pending), daemon=True).start()

    def _up(self, client: socket.socket, server: socket.socket, answered: list[bool]) -> None:
        try:
            while data := client.recv(65536):
                with self._lock:
                    self.bytes_up += len(data)
                    if answered[0]:
                        self.round_trips += 1
                        answered[0] = False
                server.sendall(data)
        except OSError:
            pass
        finally:
            _shut(server)

    def _down_read(self, server: socket.socket, pending: queue.Queue, answered: list[bool]) -> None:
        try:
            while data := server.recv(65536):
                with self._lock:
                    self.bytes_down += len(data)
                    answered[0] = True
                pending.put((time.monotonic() + self.latency, data))
        except OSError:
            pass
        finally:
            pending.put((0.0, b""))

    def _down_write(self, client: socket.socket, pending: queue.Queue) -> None:
        try:
            while True:
                due, data = pending.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                client.sendall(data)
        except OSError:
            pass
        finally:
            _shut(client)

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        for s in self._sockets:
            _shut(s)
            s.close()


def _shut(s: socket.socket) -> None:
    with contextlib.suppress(OSError):
        s.shutdown(socket.SHUT_RDWR)


# ------------------------------------------------------------------------------------- counting
class Counter:
    """Statements sent by any engine of this process (the listener is on the Engine class)."""

    def __init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.statements = 0
        self.texts: list[str] = []
        self.last: list[str] = []
        self.keep_texts = False
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.statements += 1
        if self.keep_texts:
            self.texts.append(" ".join(statement.split())[:160])


class Result:
    def __init__(self, name: str):
        self.name = name
        self.first_ms = float("nan")
        self.ms: list[float] = []
        self.statements: list[int] = []
        self.trips: list[int] = []

    @property
    def median_ms(self) -> float:
        return statistics.median(self.ms) if self.ms else float("nan")

    @property
    def stmts(self) -> int:
        """The statements of a warm run (the most common count; the first run also fills caches)."""
        return statistics.mode(self.statements) if self.statements else -1

    @property
    def round_trips(self) -> int:
        return statistics.mode(self.trips) if self.trips else -1


# ------------------------------------------------------------------------------------ database
def admin_engine(url: str):
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


def create_database(admin_url: str, name: str) -> str:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    engine = admin_engine(admin_url)
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    from sqlalchemy import text

    engine = admin_engine(admin_url)
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def fill_demo(url: str) -> dict[str, int]:
    """The demo, through the services, as ``create_demo`` makes it in a file."""
    from commdesk.bootstrap import open_database
    from commdesk.demo import seeders

    opened = open_database(url)
    rng, now, counts = random.Random(20261201), datetime.now(UTC), {}
    for mod in seeders():
        counts.update(mod.seed(opened.ctx, rng, now))
    opened.ctx.engine.dispose()
    return counts


#: Tables copied by ``grow``, with the text columns made unique per copy.
GROWN = {"contacts": (), "releases": ("reference",), "meetings": ("uid",)}


def grow(url: str, factor: int) -> dict[str, int]:
    """``factor`` times the contacts, releases and meetings: each row copied with a new id (unique
    texts suffixed), and with it the rows of the tables that point at it (their own ids new), in
    plain INSERT ... SELECT statements."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    insp = inspect(engine)
    tables = insp.get_table_names()
    children: dict[str, list[tuple[str, str]]] = {t: [] for t in GROWN}
    for t in tables:
        for fk in insp.get_foreign_keys(t):
            if fk["referred_table"] in GROWN and t not in GROWN and len(fk["constrained_columns"]) == 1:
                children[fk["referred_table"]].append((t, fk["constrained_columns"][0]))
    counts = {}
    with engine.begin() as conn:
        for parent, unique in GROWN.items():
            cols = [c["name"] for c in insp.get_columns(parent)]
            self_refs = {
                fk["constrained_columns"][0]
                for fk in insp.get_foreign_keys(parent)
                if fk["referred_table"] == parent and len(fk["constrained_columns"]) == 1
            }
            offset = (conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {parent}")).scalar() or 0) + 1000
            for k in range(1, factor):
                shift = k * offset
                exprs = []
                for c in cols:
                    if c == "id" or c in self_refs:
                        exprs.append(f'"{c}" + {shift}')
                    elif c in unique:
                        exprs.append(f"\"{c}\" || '-{k}'")
                    else:
                        exprs.append(f'"{c}"')
                names = ", ".join(f'"{c}"' for c in cols)
                # self references point at rows of the same copy: insert first without them
                plain = [e if c not in self_refs else "NULL" for c, e in zip(cols, exprs, strict=True)]
                conn.execute(
                    text(
                        f"INSERT INTO {parent} ({names}) SELECT {', '.join(plain)} FROM {parent} WHERE id < {offset}"
                    )
                )
                for c in self_refs:
                    conn.execute(
                        text(
                            f'UPDATE {parent} p SET "{c}" = o."{c}" + {shift} FROM {parent} o '
                            f'WHERE p.id = o.id + {shift} AND o.id < {offset} AND o."{c}" IS NOT NULL'
                        )
                    )
                for child, fk_col in children[parent]:
                    ccols = [c["name"] for c in insp.get_columns(child)]
                    pk = insp.get_pk_constraint(child)["constrained_columns"]
                    serial_id = pk == ["id"]
                    keep = [c for c in ccols if not (serial_id and c == "id")]
                    uniques = [set(u["column_names"]) for u in insp.get_unique_constraints(child)]
                    cunique = {c for u in uniques for c in u}
                    if any(fk_col not in u and not any(_is_text(insp, child, c) for c in u) for u in uniques):
                        continue  # a unique key the copy cannot keep unique (another area's table)
                    cexprs = []
                    for c in keep:
                        if c == fk_col:
                            cexprs.append(f'"{c}" + {shift}')
                        elif c in cunique and c != fk_col and _is_text(insp, child, c):
                            cexprs.append(f"\"{c}\" || '-{k}'")
                        else:
                            cexprs.append(f'"{c}"')
                    conn.execute(
                        text(
                            f"INSERT INTO {child} ({', '.join(chr(34) + c + chr(34) for c in keep)}) "
                            f'SELECT {", ".join(cexprs)} FROM {child} WHERE "{fk_col}" < {offset}'
                        )
                    )
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{parent}', 'id'), (SELECT max(id) FROM {parent}))"
                )
            )
            counts[parent] = conn.execute(text(f"SELECT count(*) FROM {parent}")).scalar() or 0
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return counts


def _is_text(insp, table: str, column: str) -> bool:
    for c in insp.get_columns(table):
        if c["name"] == column:
            return "CHAR" in str(c["type"]).upper() or "TEXT" in str(c["type"]).upper()
    return False


# ---------------------------------------------------------------------------------------- desk
def via(url: str, port: int | None) -> str:
    from sqlalchemy.engine import make_url

    if port is None:
        return url
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


class Desk:
    """One commdesk on ``url`` as the window has it: the opened database, AppServices, a signed-in
    person; panes are made here and kept until the next one of their kind."""

    def __init__(self, url: str, prefs_dir: Path):
        self.url = url
        self.prefs_dir = prefs_dir
        self.services = None
        self.panes: dict[str, object] = {}
        self.officer = "陈静"  # administrator and officer: every pane is hers
        self.reviewer = "王芳"
        self.minutes_draft = None  # the minutes window's draft, as the window holds it between saves

    def start(self) -> None:
        """Start to Home, as ``GuiApp.open_database`` + ``attach`` + Home's ``activated``: open and
        check the schema, sign in (the person remembered on this computer has a passphrase: asked
        and checked), Home's boxes."""
        from PySide6.QtCore import QSettings

        from commdesk.bootstrap import open_database
        from commdesk.demo.foundation import PASSPHRASE
        from commdesk.services.people import PeopleService
        from commdesk.ui.common.services import AppServices, Preferences

        self.close()
        opened = open_database(self.url, mail_hooks=False)
        ini = self.prefs_dir / f"prefs-{uuid.uuid4().hex}.ini"
        self.services = services = AppServices(
            opened.ctx, Preferences(QSettings(str(ini), QSettings.Format.IniFormat))
        )
        people = services.get(PeopleService)
        if people.count():
            remembered = people.remembered()
            name = remembered.name if remembered is not None else self.officer
        services.set_person(people.sign_in(name, PASSPHRASE))
        home = self.make_pane("home")
        home.show_sections()

    def home_charts(self) -> None:
        self.panes["home"].show_figures()

    def sign_in(self, name: str) -> None:
        from commdesk.demo.foundation import PASSPHRASE
        from commdesk.services.people import PeopleService

        self.services.set_person(self.services.get(PeopleService).sign_in(name, PASSPHRASE))

    def make_pane(self, key: str):
        """The pane as ``MainWindow.pane`` makes it (its first load) and shows it (``activated``)."""
        from commdesk.services.mail.assembly import register_mail_hooks
        from commdesk.ui.navigation import PANES

        if key != "home":
            register_mail_hooks()  # MainWindow.before_panes: once, before a pane that could send
        self.forget(key)
        spec = next(s for s in PANES if s.key == key)
        pane = spec.create(self.services)
        self.panes[key] = pane
        self.on_screen(key)
        if key != "home":
            pane.activated()
        return pane

    def forget(self, key: str) -> None:
        """The pane gone (deleted at once), so the next opening makes it anew: done before the
        clock runs, a big pane's deletion is not part of opening its successor."""
        old = self.panes.pop(key, None)
        if old is not None:
            old.deleteLater()
            pump()

    def pane(self, key: str):
        """The pane, made if need be, on screen (as the navigation shows it)."""
        if key not in self.panes:
            return self.make_pane(key)
        self.on_screen(key)
        return self.panes[key]

    def on_screen(self, key: str) -> None:
        """Only this pane visible, as in the window's stack: a hidden pane defers reloading what
        changed until it is shown again (Home counts its boxes anyway)."""
        for k, pane in self.panes.items():
            if k != key:
                pane.hide()
        self.panes[key].resize(1180, 760)
        self.panes[key].show()

    def close(self) -> None:
        for pane in self.panes.values():
            pane.deleteLater()
        self.panes.clear()
        if self.services is not None:
            self.services.runner.wait(10000)
            self.services.ctx.engine.dispose()
            self.services.deleteLater()
            self.services = None


def pump() -> None:
    """What the event loop would run next (0 ms timers of the pane, deferred deletes)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app = QCoreApplication.instance()
    for _ in range(3):  # a commit's announcement is a queued signal, then a 0 ms timer, then reloads
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Scene:
    """Records the actions use, chosen once on the direct connection (ids stay valid after ``grow``)."""

    def __init__(self, url: str):
        from commdesk.bootstrap import open_database
        from commdesk.services.contacts.service import ContactQuery, ContactService
        from commdesk.services.meetings.service import MeetingService
        from commdesk.services.releases.service import ReleaseService

        opened = open_database(url, mail_hooks=False)
        ctx = opened.ctx
        self.contact_id = max(
            ContactService(ctx).search(ContactQuery(), limit=50), key=lambda s: s.id
        ).id  # one with a history (the demo logs interactions with most)
        self.release_id = next(r.id for r in ReleaseService(ctx).list() if r.state.value == "in_review")
        self.meeting_id = max(m.id for m in MeetingService(ctx).list())
        ctx.engine.dispose()


def prepare_approvals(url: str, count: int, officer: str, reviewer_id: int, release_id: int) -> list[int]:
    """``count`` releases in review by ``reviewer_id``, written and submitted by ``officer`` (on the
    direct connection, before the clock runs)."""
    from commdesk.bootstrap import open_database
    from commdesk.core.releases.workflow import Action
    from commdesk.services.people import PeopleService
    from commdesk.services.releases.service import ReleaseService

    opened = open_database(url, mail_hooks=False)
    ctx = opened.ctx
    people = PeopleService(ctx)
    me = people.find(officer)
    ctx.current = lambda: me
    svc = ReleaseService(ctx)
    model = svc.get(release_id).edit()
    ids = []
    for _ in range(count):
        r = svc.create(model)
        ids.append(
            svc.act(r.id, Action.SUBMIT, note="Please check the figures.", reviewer_ids=(reviewer_id,)).id
        )
    ctx.engine.dispose()
    return ids


# ------------------------------------------------------------------------------------- actions
SEARCHES = ["wang", "新华", "caixin", "li"]
SAVES = itertools.count(1)  # what the saved minutes say differs at every run


def actions(desk: Desk, scene: Scene, approvals: list[int]) -> list[tuple[str, Callable[[], None]]]:
    """(name, run) of each action, in the order a person would go."""
    from commdesk.core.meetings.model import ActionItem, Decision
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService

    def open_contact() -> None:
        desk.pane("contacts").open_record(scene.contact_id)

    def open_release() -> None:
        desk.pane("releases").open_record(scene.release_id)

    def open_meeting() -> None:
        pane = desk.pane("meetings")
        pane.open_record(scene.meeting_id)
        # the minutes window of the meeting: the meeting and its minutes draft
        desk.services.get(MeetingService).get(scene.meeting_id)
        desk.minutes_draft = desk.services.get(MeetingMinutesService).draft(scene.meeting_id)

    def search() -> None:
        field = desk.pane("contacts").search
        for term in SEARCHES:
            field.setText(term)
            desk.panes["contacts"].apply_query()
        field.setText("")
        desk.panes["contacts"].apply_query()

    def approve() -> None:
        from commdesk.core.releases.workflow import Action

        # the reviewer presses Approve on the release on screen (opened before the clock runs:
        # ``before_clock``): the pane's own button, with all it does (the step, showing what the
        # step returned, the held mail of an approved release)
        pane = desk.pane("releases")
        release_id = approvals.pop()
        assert pane.release is not None and pane.release.id == release_id
        pane.do_action(Action.APPROVE)
        assert pane.release.state.value == "approved", pane.release.state

    def save_minutes() -> None:
        desk.pane("meetings")  # the minutes window is the meetings pane's
        minutes = desk.services.get(MeetingMinutesService)
        # the minutes window holds the draft it opened (read in "open a meeting", which runs just
        # before) and, after each Save, the draft the save returned (ui/meetings/live.py):
        # pressing Save reads nothing first
        draft = desk.minutes_draft or minutes.draft(scene.meeting_id)
        # the same number of decisions and action items at every run (what they say changes), so
        # that what grows between the two sizes is the database, not the minutes
        n = next(SAVES)
        draft.decisions = [Decision(f"Statement goes out on Friday ({n})"), Decision(f"Q&A approved ({n})")]
        draft.actions = [
            ActionItem(f"Brief the spokesperson ({n})", owner_name="李明"),
            ActionItem(f"Book the room ({n})", owner_name="王芳"),
        ]
        draft.notes = f"Discussed the launch ({n})."
        desk.minutes_draft = minutes.save(draft)

    return [
        ("start to Home", desk.start),
        ("Home charts", desk.home_charts),
        ("open Contacts", lambda: desk.make_pane("contacts")),
        ("open Releases", lambda: desk.make_pane("releases")),
        ("open Meetings", lambda: desk.make_pane("meetings")),
        ("open Outbox", lambda: desk.make_pane("outbox")),
        ("open Audit", lambda: desk.make_pane("audit")),
        ("open a contact", open_contact),
        ("open a release", open_release),
        ("open a meeting", open_meeting),
        (f"search ({len(SEARCHES)} terms)", search),
        ("approve", approve),
        ("save minutes", save_minutes),
    ]


def measure(fn: Callable[[], None], counter: Counter, proxy: LatencyProxy | None) -> tuple[float, int, int]:
    pump()
    counter.texts.clear()
    s0, r0 = counter.statements, proxy.round_trips if proxy else 0
    t0 = time.perf_counter()
    fn()
    pump()
    ms = (time.perf_counter() - t0) * 1000
    counter.last = list(counter.texts)  # the action's own, before anything after it
    return ms, counter.statements - s0, (proxy.round_trips - r0) if proxy else 0


def before_clock(desk: Desk, name: str) -> None:
    """What goes before an action and is not part of it: the desk closed before it starts again,
    a pane deleted before it is opened anew."""
    if name == "start to Home":
        desk.close()
        pump()
    elif name.startswith("open ") and name[5:].istitle():
        desk.forget(name[5:].lower())


def run_phase(
    label: str,
    url: str,
    proxy: LatencyProxy | None,
    scene: Scene,
    repeat: int,
    counter: Counter,
    tmp: Path,
    show: bool,
) -> dict[str, Result]:
    # reviewer 王芳's id: the releases to approve are submitted to her
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    opened = open_database(url, mail_hooks=False)
    reviewer_id = PeopleService(opened.ctx).find("王芳").id
    opened.ctx.engine.dispose()
    approvals = prepare_approvals(url, repeat + 1 + show, "李明", reviewer_id, scene.release_id)
    desk = Desk(via(url, proxy.port if proxy else None), tmp)

    def run(name: str, fn: Callable[[], None]) -> tuple[float, int, int]:
        if name == "approve":  # by the release's reviewer; the desk's person again afterwards
            desk.sign_in(desk.reviewer)
            desk.pane("releases").open(approvals[-1])  # on screen before the button is pressed
        try:
            return measure(fn, counter, proxy)
        finally:
            if name == "approve":
                desk.sign_in(desk.officer)

    results: dict[str, Result] = {}
    for i in range(repeat + 1):
        for name, fn in actions(desk, scene, approvals):
            before_clock(desk, name)
            ms, st, rt = run(name, fn)
            r = results.setdefault(name, Result(name))
            if i == 0:
                r.first_ms = ms
            else:
                r.ms.append(ms)
                r.statements.append(st)
                r.trips.append(rt)
    if show:
        counter.keep_texts = True
        for name, fn in actions(desk, scene, approvals):
            before_clock(desk, name)
            run(name, fn)
            print(f"-- {label}: {name}: {len(counter.last)} statements")
            for t in counter.last:
                print("   ", t)
        counter.keep_texts = False
    desk.close()
    pump()
    return results


def select_one(url: str, n: int) -> float:
    """N x SELECT 1 on one connection: ms in all."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        t0 = time.perf_counter()
        for _ in range(n):
            conn.execute(text("SELECT 1"))
        ms = (time.perf_counter() - t0) * 1000
    engine.dispose()
    return ms


# ---------------------------------------------------------------------------------------- main
def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default=os.environ.get("COMMDESK_TEST_DATABASE_URL", ""))
    p.add_argument("--latency-ms", type=float, default=20.0)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument(
        "--scale", type=int, default=4, help="grow contacts, releases, meetings this many times (1: not)"
    )
    p.add_argument("--keep", action="store_true", help="keep the database made for the bench")
    p.add_argument(
        "--statements", action="store_true", help="print each action's statements (through the proxy)"
    )
    args = p.parse_args()
    if not args.url.startswith("postgresql"):
        p.error("a PostgreSQL server is needed: --url or COMMDESK_TEST_DATABASE_URL")
    from sqlalchemy.engine import make_url

    tmp = Path(tempfile.mkdtemp(prefix="commdesk-bench-team-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COMMDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["COMMDESK_LOG_DIR"] = str(tmp / "log")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from commdesk.app import make_qapp

    make_qapp()
    server = make_url(args.url)
    name = f"commdesk_bench_team_{os.getpid()}"
    t0 = time.perf_counter()
    url = create_database(args.url, name)
    try:
        counts = fill_demo(url)
        print(f"demo database {name}: {counts} ({time.perf_counter() - t0:.0f} s)")
        proxy = LatencyProxy((server.host or "127.0.0.1", server.port or 5432), args.latency_ms / 1000)
        counter = Counter()
        scene = Scene(url)
        n = 50
        base_direct = select_one(url, n)
        trips = proxy.round_trips
        base_proxy = select_one(via(url, proxy.port), n)
        trips = proxy.round_trips - trips
        sizes: list[tuple[str, dict]] = []
        for size in ("demo", f"x{args.scale}") if args.scale > 1 else ("demo",):
            if size != "demo":
                grown = grow(url, args.scale)
                print(f"grown to {grown}")
            direct = run_phase(f"{size} direct", url, None, scene, args.repeat, counter, tmp, False)
            proxied = run_phase(
                f"{size} proxy", url, proxy, scene, args.repeat, counter, tmp, args.statements
            )
            sizes.append((size, {"direct": direct, "proxy": proxied}))
        load = os.getloadavg()
        report(args, sizes, n, base_direct, base_proxy, trips, load)
        proxy.close()
        ok = all(
            r.median_ms / 1000 <= TARGET_S and r.first_ms / 1000 <= TARGET_S
            for _, phase in sizes
            for r in phase["proxy"].values()
        )
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept database {name}: {url}")
        else:
            drop_database(args.url, name)


def report(args, sizes, n, base_direct, base_proxy, trips, load) -> None:
    lat = args.latency_ms
    print(
        f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores; "
        f"medians of {args.repeat} runs after a first one; actions through the real panes, offscreen"
    )
    print(
        f"baseline: {n} x SELECT 1 direct {base_direct:.0f} ms ({base_direct / n:.2f} ms each), "
        f"through the proxy {base_proxy:.0f} ms ({base_proxy / n:.1f} ms each, {trips} round trips; "
        f"expected about {n * lat:.0f} ms)"
    )
    small = dict(sizes[0][1])
    large = dict(sizes[-1][1]) if len(sizes) > 1 else None
    big = sizes[-1][0]
    print()
    head = (
        f"| action | statements demo/{big} | round trips (proxy) | direct ms | proxy ms (median) | "
        f"proxy ms (first run) | {big} proxy ms | <= {TARGET_S:.0f} s | no N+1 |"
    )
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for name, res in small["proxy"].items():
        d = small["direct"][name]
        lg = large["proxy"][name] if large else res
        grows = lg.stmts > res.stmts
        worst = max(res.median_ms, res.first_ms, lg.median_ms, lg.first_ms)
        print(
            f"| {name} | {res.stmts}/{lg.stmts} | {res.round_trips}/{lg.round_trips} | {d.median_ms:.0f} | "
            f"{res.median_ms:.0f} | {res.first_ms:.0f} | {lg.median_ms:.0f} | "
            f"{'met' if worst <= TARGET_S * 1000 else 'NOT met'} | {'NOT met' if grows else 'met'} |"
        )


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no interpreter teardown: Qt's objects of the panes outlive it badly
