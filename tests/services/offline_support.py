"""Helpers of the offline tests: a team database reached through a TCP relay that can be switched
off and on (the server "goes away" for this desk only; the shared server keeps running), and the
meetings those tests plan."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest

PG_URL = os.environ.get("COMMDESK_TEST_DATABASE_URL", "")


class Relay:
    """127.0.0.1:<port> relayed to the PostgreSQL server; ``stop`` refuses new connections and cuts
    the open ones, ``start`` listens on the same port again."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()

    def start(self) -> None:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(16)
        self.listener = sock
        threading.Thread(target=self._accept, args=(sock,), daemon=True).start()

    def _accept(self, sock: socket.socket) -> None:
        while True:
            try:
                client, _ = sock.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        if self.listener is not None:
            # wakes the thread waiting in accept() and stops listening (close alone does not)
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            for s in self.open:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self.open.clear()


def need_server() -> None:
    if not PG_URL:
        pytest.skip("offline work is for server databases: set COMMDESK_TEST_DATABASE_URL")


def team_and_relay():
    """(team database, relay): a team database of its own and a running relay to its server."""
    from sqlalchemy.engine import make_url
    from tests.team.conftest import make_team_database

    token = uuid.uuid4().hex[:8]
    team = make_team_database(f"commdesk_offline_{token}", token)
    base = make_url(PG_URL)
    relay = Relay(base.host or "127.0.0.1", base.port or 5432)
    relay.start()
    return team, relay


def relayed(team, relay: Relay, key: str) -> str:
    """The URL of ``key``'s login through the relay, without the password (it is in the keyring)."""
    from sqlalchemy.engine import make_url

    url = make_url(team.url(key)).set(host="127.0.0.1", port=relay.port)
    return url.render_as_string(hide_password=False)


def plan_meetings(team, now: datetime) -> dict[str, int]:
    """As the administrator: the officer's meeting of next week (participant, with agenda), one of
    next week without the officer, one of the officer's next month. Returns their ids by name."""
    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
    from commdesk.services.meetings.service import MeetingService

    opened = open_database(team.url("admin"), mail_hooks=False)
    try:
        svc = opened.ctx.service(MeetingService)
        officer = team.people["officer"]
        reviewer = team.people["reviewer"]

        def meeting(topic, when, who):
            return svc.save(
                Meeting(
                    kind=MeetingKind.IN_PERSON,
                    topic=topic,
                    start=when,
                    duration=60,
                    room="301",
                    participants=[Participant(p.name, p.email, person_id=p.id) for p in who],
                    agenda=[AgendaItem("发布流程", "李明", 20), AgendaItem("Media list", "", 15)],
                )
            ).id

        return {
            "next_week": meeting("新品发布沟通会", now + timedelta(days=6), [officer, reviewer]),
            "others": meeting("预算会 budget", now + timedelta(days=5), [reviewer]),
            "next_month": meeting("季度回顾", now + timedelta(days=40), [officer]),
        }
    finally:
        opened.ctx.engine.dispose()


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
