"""What the composition root hands to every window and pane (widgets get what they need through
their constructor: docs/ARCHITECTURE.md, "The window").

Panes get an ``AppServices`` through their constructor and use it to reach the services
(``services.get(ContactService)``), the acting person, per-person preferences and the task runner.

``tables_changed(frozenset[str])`` says which database tables were committed since it was last
emitted, whoever committed them and on whichever thread: the service context reports each commit
(``ServiceContext.on_committed``), the report is queued to the GUI thread, and the reports of one
turn of the event loop go out as one emission (a burst of commits refreshes a view once). Views
subscribe through ``ui.common.watch.TableWatch`` (every ``Pane`` has one) rather than being told by
whoever made a change.

On a server database the other desks' commits arrive the same way: ``start_listening()`` (the main
window calls it when it is attached) runs ``persistence.notify.ChangeListener``, whose reports are
numbered and queued like a commit of this desk. ``connection_changed(bool)`` says when the server
stops answering and when it is back; after a reconnection every table is announced (what changed
meanwhile was not heard). On SQLite nothing listens: a single desk announces its own commits.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal

from commdesk.core.domain.people import SYSTEM, Person
from commdesk.ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the window paints before SQLAlchemy is imported (bench/bench_startup.py)
    from commdesk.persistence.notify import ChangeListener
    from commdesk.services.context import ServiceContext

T = TypeVar("T")


class Preferences:
    """Per-person settings in QSettings: language, geometry, last pane, column layouts."""

    def __init__(self, settings: QSettings | None = None):
        self.qs = settings or QSettings()

    def value(self, key: str, default=None, type_=None):
        if type_ is not None:
            return self.qs.value(key, default, type=type_)
        return self.qs.value(key, default)

    def set(self, key: str, value) -> None:
        self.qs.setValue(key, value)

    def remove(self, key: str) -> None:
        self.qs.remove(key)

    def sync(self) -> None:
        self.qs.sync()


class AppServices(QObject):
    person_changed = Signal(object)  # Person
    #: The names of the tables committed since the last emission (a frozenset), on the GUI thread.
    tables_changed = Signal(object)
    badge_changed = Signal(str, int)  # pane key, count
    #: The server database can be reached (True) or not (False), on the GUI thread; only on a change.
    connection_changed = Signal(bool)
    # A commit's tables and its number, from the thread that committed; queued to the GUI thread.
    _committed = Signal(object, int)
    # The listener's word on the connection, from its thread; queued to the GUI thread.
    _reachable = Signal(bool)

    def __init__(
        self,
        ctx: ServiceContext,
        prefs: Preferences,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.runner = runner or TaskRunner(self)
        self._person: Person = SYSTEM
        ctx.current = self.signed_in  # the core checks the real roles (reading the audit log, a backup)
        self._count_lock = threading.Lock()
        self._commits = 0  # commits heard of so far (numbered on the thread that committed)
        #: The number of the last commit that ``tables_changed`` has announced.
        self.announced_upto = 0
        self._pending: set[str] = set()
        self._pending_upto = 0
        self._announce = QTimer(self, singleShot=True, interval=0, timeout=self._flush)
        self._committed.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._reachable.connect(self._connection_state, Qt.ConnectionType.QueuedConnection)
        stop = ctx.on_committed(self._heard)
        self.destroyed.connect(lambda *_: stop())
        #: The listener of the other desks' commits (server databases, once started).
        self.listener: ChangeListener | None = None
        #: Whether the server answers (None: not known, or no server).
        self.reachable: bool | None = None

    # ------------------------------------------------------------------------ change notification
    def _heard(self, tables: frozenset[str]) -> None:
        """A commit on any thread: number it, and hand it to the GUI thread."""
        with self._count_lock:
            self._commits += 1
            number = self._commits
        self._committed.emit(tables, number)

    def _collect(self, tables: frozenset[str], number: int) -> None:
        self._pending.update(tables)
        self._pending_upto = max(self._pending_upto, number)
        self._announce.start()

    def _flush(self) -> None:
        if not self._pending:
            return
        tables = frozenset(self._pending)
        self._pending.clear()
        self.announced_upto = self._pending_upto
        self.tables_changed.emit(tables)

    # ------------------------------------------------------------------------ other desks
    def is_server(self) -> bool:
        """The database is on a server that other desks share (not a SQLite file)."""
        engine = getattr(self.ctx, "engine", None)
        return engine is not None and engine.dialect.name == "postgresql"

    def start_listening(self) -> bool:
        """Follow the other desks' commits (server databases; a SQLite desk has no others): False
        when there is nothing to listen to. Starting twice changes nothing."""
        if self.listener is not None:
            return True
        if not self.is_server():
            return False
        from commdesk.persistence.notify import ChangeListener

        listener = self.listener = ChangeListener(self.ctx.engine, self._heard_remote, self._reachable.emit)
        # the thread ends with whoever started it: the quitting application, these services
        self.destroyed.connect(lambda *_: listener.stop())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_listening)
        listener.start()
        return True

    def stop_listening(self) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop()  # its thread closes the connection within a moment; nobody waits for it

    def retry_connection(self) -> None:
        """Try to reach the server at once (the banner's "Try now")."""
        if self.listener is not None:
            self.listener.retry_now()

    def _heard_remote(self, tables: frozenset[str] | None) -> None:
        """Another desk committed (listener's thread): as a commit of this desk; None is everything."""
        self.ctx.forget_cached(tables)  # what this desk read once from those tables is read again
        self._heard(tables if tables is not None else _every_table())

    def _connection_state(self, reachable: bool) -> None:
        before, self.reachable = self.reachable, reachable
        if before is reachable:
            return
        if reachable and before is False:
            # the pooled connections may be the server's dead ones (it restarted): fresh ones, then
            # what the other desks committed while nobody listened was not heard: read everything again
            engine = getattr(self.ctx, "engine", None)
            if engine is not None:
                engine.dispose()
            self.ctx.forget_cached()
            self._heard(_every_table())
        self.connection_changed.emit(reachable)

    def commits_so_far(self) -> int:
        """How many commits were heard of until now: a view that reloads everything now has seen
        them all (``TableWatch.reloaded``), so their announcement need not reload it again."""
        with self._count_lock:
            return self._commits

    def get(self, cls: type[T]) -> T:
        return self.ctx.service(cls)

    @property
    def read_only(self) -> bool:
        """The database cannot be written (file permission): reading and exports only."""
        return bool(getattr(self.ctx, "read_only", False))

    def person(self) -> Person:
        """The acting person as every pane's permission check sees them: on a read-only database
        without roles, so each pane's role-based enabling turns every edit off (one place for all)."""
        return replace(self._person, roles=frozenset()) if self.read_only else self._person

    def signed_in(self) -> Person:
        """The person signed in, with all their roles (the status bar, the core's own checks)."""
        return self._person

    def set_person(self, person: Person) -> None:
        self._person = person
        if person.id is not None:  # the window and the command line start with this person here
            from commdesk.services.people import PeopleService

            self.get(PeopleService).remember(person)
        self.person_changed.emit(self.person())


def _every_table() -> frozenset[str]:
    """The names of every table: "everything may have changed"."""
    from commdesk.persistence.models import Base

    return frozenset(Base.metadata.tables)
