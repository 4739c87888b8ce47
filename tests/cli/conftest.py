"""Command-line test helpers: who a command acts as when it is given no ``--as``."""

from __future__ import annotations

import pytest


@pytest.fixture
def remember_person():
    """``remember_person(db, name, passphrase=None)``: this computer remembers ``name`` for the
    database ``db``, as the window does once they signed in there; with ``passphrase`` also kept in
    the (test) keyring, as when they ticked "Remember on this computer". Commands without ``--as``
    then act as them."""
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    def remember(db, name: str, passphrase: str | None = None):
        opened = open_database(str(db), migrate=False)
        try:
            people = opened.ctx.service(PeopleService)
            person = people.find(name)
            people.remember(person)
            if passphrase is not None:
                people.keep_passphrase(person, passphrase)
            return person
        finally:
            opened.ctx.engine.dispose()

    return remember


class Terminal:
    """What the person at the terminal types when a passphrase is asked (``answer``, the demo's by
    default) and the prompts they were shown (``asked``)."""

    def __init__(self) -> None:
        self.answer = "demo"
        self.asked: list[str] = []

    def getpass(self, prompt: str = "") -> str:
        self.asked.append(prompt)
        return self.answer


@pytest.fixture
def typed_passphrase(monkeypatch):
    """A terminal where the person types a passphrase when asked (without echo): a ``Terminal``."""
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", terminal.getpass)
    return terminal
