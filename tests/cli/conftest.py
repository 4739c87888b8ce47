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


@pytest.fixture
def typed_passphrase(monkeypatch):
    """A terminal where the person types the demo's passphrase when asked (without echo); the
    prompts asked are in the returned list. ``typed_passphrase.answer`` may be set to type another."""
    import io

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or typed_passphrase.answer)
    typed_passphrase.answer = "demo"
    return asked


typed_passphrase.answer = "demo"  # what the person types; a test may change it
