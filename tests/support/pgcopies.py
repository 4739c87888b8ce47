"""Copies of a PostgreSQL template database for tests, made ahead and dropped behind.

Creating a database from a template writes the whole copy, and dropping one makes the server wait
for a checkpoint (PostgreSQL 15 requests one for every DROP DATABASE): each takes longer than many
tests. ``DatabaseCopies`` does both in threads of its own, on connections of their own: one keeps
``spares`` copies ready, the others drop the copies tests are done with (drops waiting together
share one checkpoint), so a test neither waits for its database nor for the last one to go. They
use psycopg directly, so that no SQLAlchemy event a test listens to sees their statements.
"""

from __future__ import annotations

import queue
import threading
import uuid


class DatabaseCopies:
    MOST_WAITING_TO_DROP = 50  # about half a gigabyte of copies
    DROPPERS = 4

    def __init__(self, server_url, template: str, prefix: str = "commdesk_t_", spares: int = 2) -> None:
        """``server_url``: a SQLAlchemy URL of the server (any database; the admin connections use
        ``postgres``); ``template``: the database to copy; ``prefix``: how the copies' names start."""
        self.server_url = server_url
        self.template = template
        self.prefix = prefix
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._to_make: queue.Queue[str | None] = queue.Queue()
        # a server that drops more slowly than the tests finish (a busy disk) makes the tests wait
        # once this many copies wait to be dropped, rather than fill the disk with them
        self._to_drop: queue.Queue[str | None] = queue.Queue(maxsize=self.MOST_WAITING_TO_DROP)
        # several droppers: drops waiting at the same time share one checkpoint
        self._threads = [
            threading.Thread(target=self._make_copies, name=f"test-copies-of-{template}", daemon=True),
            *(
                threading.Thread(target=self._drop_copies, name=f"test-drops-of-{template}", daemon=True)
                for _ in range(self.DROPPERS)
            ),
        ]
        for thread in self._threads:
            thread.start()
        for _ in range(spares):
            self._to_make.put(self._new_name())

    @staticmethod
    def connect_to(server_url):
        """An autocommit psycopg connection to the ``postgres`` database of the server of
        ``server_url`` (a SQLAlchemy URL)."""
        import psycopg

        libpq = server_url.set(drivername="postgresql", database="postgres")
        return psycopg.connect(libpq.render_as_string(hide_password=False), autocommit=True)

    def connect(self):
        return self.connect_to(self.server_url)

    def _new_name(self) -> str:
        return f"{self.prefix}{uuid.uuid4().hex[:12]}"

    def new(self) -> str:
        """The name of a fresh copy of the template, for the caller alone."""
        self._to_make.put(self._new_name())  # the one after the next
        got = self._ready.get(timeout=300)
        if isinstance(got, BaseException):
            raise got
        return got

    def drop(self, name: str) -> None:
        """Drops the copy ``name`` soon (WITH FORCE: a test may leave a connection behind)."""
        self._to_drop.put(name)

    def close(self) -> None:
        """Stops both threads once their work is done and drops the copies nobody took."""
        self._to_make.put(None)
        for _ in range(self.DROPPERS):
            self._to_drop.put(None)
        for thread in self._threads:
            thread.join(timeout=600)
        left = []
        while not self._ready.empty():
            got = self._ready.get()
            if isinstance(got, str):
                left.append(got)
        if left:
            with self.connect() as conn:
                for name in left:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _work(self, jobs: queue.Queue[str | None], statement: str, done) -> None:
        """A thread's loop: ``statement`` for each database name in ``jobs`` until None, then
        ``done(name, None)`` or ``done(name, error)``; a broken connection is made again."""
        conn = None
        while (name := jobs.get()) is not None:
            try:
                if conn is None or conn.closed:
                    conn = self.connect()
                conn.execute(statement.format(name=name, template=self.template))
            except Exception as exc:  # noqa: BLE001 - handed on: the test that waits for it fails
                conn = None
                done(name, exc)
            else:
                done(name, None)
        if conn is not None:
            conn.close()

    def _make_copies(self) -> None:
        self._work(
            self._to_make,
            'CREATE DATABASE "{name}" TEMPLATE "{template}"',
            lambda name, error: self._ready.put(error or name),
        )

    def _drop_copies(self) -> None:
        # a copy that could not be dropped is only disk space on a test server
        self._work(self._to_drop, 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', lambda name, error: None)
