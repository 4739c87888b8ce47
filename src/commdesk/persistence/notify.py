"""Commits seen by every desk on a server database: PostgreSQL LISTEN/NOTIFY.

**Publishing.** Every transaction on a PostgreSQL engine that wrote tables (the set the unit of
work notes; ``unit_of_work.note_writes`` calls ``publish`` from the engine's commit event) sends
``pg_notify(CHANNEL, payload)`` as the last statement *inside* that transaction, right before the
commit. PostgreSQL delivers a notification when, and only when, its transaction commits: a
rolled-back or failed commit tells nobody, and nobody hears of a change before it is visible. The
payload is JSON ``{"s": sender, "t": [tables]}``; ``sender`` names the engine that committed, so a
desk can ignore the echo of its own commits (it has announced them already, in process). A set
whose payload would pass PostgreSQL's limit (8000 bytes) is sent as ``"t": "*"``: everything may
have changed.

**Listening.** ``ChangeListener`` keeps one connection of its own (taken from the engine, so it
connects exactly as the desk does, then detached from the pool and put in autocommit) that runs
``LISTEN CHANNEL`` on a thread of its own. It hands every other desk's set to ``on_change`` (``None``
for "everything") and says whether the server can be reached (``on_state(False)`` once when the
connection is lost or cannot be made, ``on_state(True)`` once it is back); it reconnects by itself,
waiting a little longer after each failed attempt (up to ``retry_max`` seconds). Callbacks run on
the listener's thread: a window hands them to its own thread.

SQLite has none of this: one desk, one process, whose commits are announced in process.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

#: The channel every commdesk on a database publishes on and listens to.
CHANNEL = "commdesk_changes"
#: PostgreSQL refuses a payload of 8000 bytes or more; stay clear of it.
PAYLOAD_LIMIT = 7900
#: The payload's table list when the set is too long to send: everything may have changed.
EVERYTHING = "*"

_senders: WeakKeyDictionary[Any, str] = WeakKeyDictionary()
_sender_lock = threading.Lock()


def sender_id(engine: Engine) -> str:
    """The name this engine's commits carry (one per engine, i.e. per desk; kept across ``dispose``)."""
    dialect = engine.dialect  # shared by the engine's option copies, kept when its pool is replaced
    with _sender_lock:
        name = _senders.get(dialect)
        if name is None:
            name = _senders[dialect] = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        return name


def payload(sender: str, tables: Iterable[str]) -> str:
    """The notification's text: the sender and the sorted tables, or "everything" when too long."""
    text = json.dumps({"s": sender, "t": sorted(tables)}, separators=(",", ":"), ensure_ascii=False)
    if len(text.encode("utf-8")) <= PAYLOAD_LIMIT:
        return text
    return json.dumps({"s": sender, "t": EVERYTHING}, separators=(",", ":"))


def read_payload(text: str) -> tuple[str, frozenset[str] | None]:
    """(sender, tables) of a notification; tables None means everything may have changed (also for
    a payload this version cannot read: a newer commdesk's, say)."""
    try:
        data = json.loads(text)
        sender, tables = str(data.get("s", "")), data.get("t")
    except (ValueError, AttributeError):
        return "", None
    if isinstance(tables, list) and all(isinstance(t, str) for t in tables):
        return sender, frozenset(tables)
    return sender, None


# ------------------------------------------------------------------------------------------ publishing
def publish(conn: Connection, tables: Iterable[str]) -> None:
    """Tell the other desks, inside the transaction open on ``conn`` (right before its commit), that
    it wrote ``tables``: the server delivers the notification with the commit, never without.

    ``pg_notify`` and the COMMIT go to the server as one query string (one round trip, not two):
    the server runs them in order inside the open transaction, so the notification still leaves
    only when, and because, the transaction commits; if either fails the transaction is not
    committed and the error is raised here as the driver error SQLAlchemy would have raised. The
    driver's own commit that follows finds no transaction open and sends nothing. A connection not
    in a transaction (nothing was written) only notifies."""
    from psycopg import Error as DriverError
    from psycopg import sql
    from psycopg.pq import TransactionStatus
    from sqlalchemy.exc import DBAPIError

    text = payload(sender_id(conn.engine), tables)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    in_transaction = raw.info.transaction_status == TransactionStatus.INTRANS
    query = sql.SQL("SELECT pg_notify({}, {}){}").format(
        sql.Literal(CHANNEL), sql.Literal(text), sql.SQL("; COMMIT" if in_transaction else "")
    )
    # on the driver's cursor: no statement events (this is not a write to any table); no
    # parameters, so the driver sends it as a simple query, where two statements are allowed
    cursor = raw.cursor()
    try:
        cursor.execute(query)
    except DriverError as failure:
        import psycopg

        raise DBAPIError.instance("COMMIT", None, failure, psycopg.Error) from failure
    finally:
        cursor.close()


# ------------------------------------------------------------------------------------------ listening
OnChange = Callable[[frozenset[str] | None], None]
OnState = Callable[[bool], None]


class ChangeListener:
    """Hears the commits of the other desks on ``engine``'s database (see the module's docstring)."""

    #: How long one wait for notifications lasts before the thread looks whether it should stop.
    POLL_SECONDS = 0.5

    def __init__(
        self,
        engine: Engine,
        on_change: OnChange,
        on_state: OnState,
        *,
        retry_first: float = 0.25,
        retry_max: float = 30.0,
    ):
        self.engine = engine
        self.on_change = on_change
        self.on_state = on_state
        self.retry_first = retry_first
        self.retry_max = retry_max
        self._stop = threading.Event()
        self._retry = threading.Event()
        self._thread: threading.Thread | None = None
        self._state: bool | None = None  # None: not known yet
        #: The server process of the listening connection (None while there is none).
        self.backend_pid: int | None = None

    # -- control (any thread) --
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="commdesk-changes", daemon=True)
        self._thread.start()

    def stop(self, wait: float = 0.0) -> None:
        """Stop listening; with ``wait``, give the thread that long to close its connection."""
        self._stop.set()
        self._retry.set()
        thread = self._thread
        if wait and thread is not None and thread is not threading.current_thread():
            thread.join(wait)

    def retry_now(self) -> None:
        """Try to reconnect at once instead of waiting for the next attempt."""
        self._retry.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def connected(self) -> bool:
        return bool(self._state)

    # -- the thread --
    def _run(self) -> None:
        delay = self.retry_first
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # noqa: BLE001 - any failure to connect is "cannot be reached"
                log.info("listening for other desks' changes: cannot connect (%s)", type(exc).__name__)
                self._report(False)
                self._wait(delay)
                delay = min(delay * 2, self.retry_max)
                continue
            delay = self.retry_first
            try:
                self.backend_pid = conn.info.backend_pid
                self._report(True)
                self._listen(conn)
            except Exception as exc:  # noqa: BLE001 - a broken connection: report it and reconnect
                if not self._stop.is_set():
                    log.info("listening for other desks' changes: connection lost (%s)", type(exc).__name__)
                    self._report(False)
            finally:
                self.backend_pid = None
                try:
                    conn.close()
                except Exception:  # closing a broken connection may fail too
                    log.debug("closing the listening connection failed", exc_info=True)

    def _connect(self) -> Any:
        """A new connection made as the engine makes its own (password, options, hooks), never one
        the pool kept (that one proves nothing about the server now), in autocommit, listening."""
        pool = self.engine.pool.recreate()  # same way of connecting, no connections kept
        try:
            fairy = pool.connect()
            conn = fairy.dbapi_connection
            if conn is None:
                raise ConnectionError("the pool gave no connection")
            fairy.detach()  # ours alone from now on: closing it closes the connection
        finally:
            pool.dispose()
        try:
            conn.rollback()  # whatever the pool's first use left open
            conn.autocommit = True
            _keepalive(conn)
            conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _listen(self, conn: Any) -> None:
        own = sender_id(self.engine)
        while not self._stop.is_set():
            for note in conn.notifies(timeout=self.POLL_SECONDS):
                sender, tables = read_payload(note.payload)
                if sender != own:
                    self._call(self.on_change, tables)
                if self._stop.is_set():
                    return

    def _report(self, reachable: bool) -> None:
        if self._state is reachable or self._stop.is_set():
            return
        self._state = reachable
        self._call(self.on_state, reachable)

    def _call(self, fn: Callable[[Any], None], arg: Any) -> None:
        try:
            fn(arg)
        except Exception:  # a receiver's failure must not stop the listening
            log.warning("a receiver of other desks' changes failed", exc_info=True)

    def _wait(self, seconds: float) -> None:
        self._retry.wait(seconds)
        self._retry.clear()


def _keepalive(conn: Any) -> None:
    """Notice a server that went away without a word (a laptop off the network) within about half
    a minute: TCP keep-alive probes on the idle listening socket, and a limit on unanswered sends."""
    try:
        sock = socket.socket(fileno=os.dup(conn.pgconn.socket))
    except (OSError, AttributeError, ValueError):
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, value in (("TCP_KEEPIDLE", 10), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 3)):
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)
        if hasattr(socket, "TCP_USER_TIMEOUT"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT, 30_000)
    except OSError:
        log.debug("keep-alive options refused", exc_info=True)
    finally:
        sock.close()  # only the duplicate: the connection keeps its own descriptor
