"""The ``commdesk`` command: the GUI without a command, admin tools with one.

Each module in this package that defines ``register(subparsers)`` adds its commands; a command's
handler is ``handler(args, cli) -> int`` and imports what it needs inside, so ``commdesk --version``
and the GUI start stay fast. Errors print one line on stderr and exit non-zero (traceback: --debug).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from commdesk import __version__
from commdesk.core.errors import CommdeskError, PermissionDenied
from commdesk.core.i18n import translate

log = logging.getLogger("commdesk.cli")

EXIT_ERROR = 1
EXIT_USAGE = 2


class Cli:
    """What a command handler gets: the parsed arguments' database, the acting person, output."""

    def __init__(self, args: argparse.Namespace, out=None, err=None):
        self.args = args
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._opened = None
        self.who_message = ""  # set when no one said who they are: what a refused command says
        self.passphrase: str | None = None  # the acting person's, once checked (people remember)

    def opened(self, migrate: bool = True):
        if self._opened is None:
            from commdesk.bootstrap import open_database
            from commdesk.persistence.db import set_busy_reporter

            set_busy_reporter(lambda message: print(f"commdesk: {message}", file=self.err, flush=True))
            if (
                getattr(self.args, "db", None) is not None and not str(self.args.db).strip()
            ):  # not the default
                raise CommdeskError(
                    translate(
                        "CLI",
                        "--db is empty: give a database file or URL, or leave "
                        "--db out to use the default database.",
                    )
                )
            self._opened = open_database(
                self.args.db,
                migrate=migrate,
                ask_password=self._ask_password,
                offline_ok=bool(getattr(self.args, "offline_ok", False)),
            )
            if self._opened.offline:  # said once, on stderr: the output stays the command's own
                print("commdesk: " + _offline_note(self._opened), file=self.err, flush=True)
            self._opened.ctx.current = self._actor
            if getattr(self.args, "as_person", None) is not None:  # --as "" too: refused, not ignored
                self._actor()  # --as is checked (and its passphrase asked) before the command does anything
        return self._opened

    @property
    def ctx(self):
        return self.opened().ctx

    def _ask_password(self, display: str) -> str | None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CommdeskError(
                translate(
                    "CLI",
                    "The database server {db} needs a password and none is in "
                    "the keyring; run commdesk once in a terminal to enter it.",
                ).format(db=display)
            )
        import getpass

        return getpass.getpass(translate("CLI", "Password for {db}: ").format(db=display))

    def _actor(self):
        """The person the command acts as: ``--as NAME``, else the person remembered on this
        computer for this database (the last one signed in to the window here), else no one: a
        command may still read what needs no role, and whatever needs a person is refused naming
        the people to choose from. An empty database acts as the system (maintenance only)."""
        from commdesk.core.domain.people import SYSTEM
        from commdesk.services.people import PeopleService

        if getattr(self, "_person", None) is not None:
            return self._person
        self._person = SYSTEM  # while looking people up
        people = PeopleService(self._opened.ctx)
        bound = self._opened.ctx.bound_person
        try:
            if bound is not None:  # a team database: the person of the login, no one else
                if self.args.as_person is not None and self.args.as_person.strip():
                    people.sign_in(self.args.as_person, None)  # anyone else is refused by name
                self._person = bound
            elif self.args.as_person is not None:  # an empty --as is refused like an unknown name
                if not self.args.as_person.strip():
                    raise CommdeskError(
                        translate(
                            "CLI",
                            "--as needs the name or e-mail address of a person; "
                            "'commdesk people list' shows who exists.",
                        )
                    )
                person = people.find(self.args.as_person)
                passphrase = self._passphrase(people, person)
                self._person = people.sign_in(self.args.as_person, passphrase)
                self.passphrase = passphrase
            elif (remembered := people.remembered()) is not None:
                passphrase = self._passphrase(people, remembered)
                if remembered.has_passphrase and passphrase is None:  # no way to ask: read only
                    self._unidentified(
                        people,
                        translate(
                            "CLI",
                            "{name}, the person remembered on this computer, has a passphrase: type it "
                            "in a terminal, give it with --passphrase-stdin, or say who you are with "
                            "--as NAME.",
                        ).format(name=remembered.name),
                    )
                else:
                    self._person = people.authenticate(remembered.id, passphrase)
            elif people.count() > 0:
                self._unidentified(people)
        except CommdeskError:
            self._person = None  # refused: nothing may run as the system instead
            raise
        return self._person

    def act_as_no_one(self) -> None:
        """For a command that concerns only this computer (``people forget``): read as no one, so
        no passphrase is asked; any write is refused as for a command given no person."""
        from commdesk.services.people import PeopleService

        opened = self.opened()
        if getattr(self, "_person", None) is None:
            self._unidentified(PeopleService(opened.ctx))

    def _unidentified(self, people, why: str = "") -> None:
        """No one is known to act: act as no one. Reading what needs no role still works; a role
        check or any write is refused with ``why``, by default the people to choose from (never the
        first administrator)."""
        from sqlalchemy import event

        from commdesk.core.domain.people import Person

        if not why:
            everyone = people.list()
            shown = ", ".join(f"{p.name} ({p.roles_label})" for p in everyone[:12])
            if len(everyone) > 12:
                shown += translate("CLI", ", … ('commdesk people list' shows everyone)")
            why = translate("CLI", "say who you are with --as NAME; people: {people}").format(people=shown)
        self.who_message = why
        self._person = Person(id=None, name=translate("CLI", "no one"), roles=frozenset())

        def refuse_write(session, *_args) -> None:
            if session.new or session.dirty or session.deleted:
                raise PermissionDenied(self.who_message)

        def refuse_statement(state) -> None:
            if state.is_insert or state.is_update or state.is_delete:
                raise PermissionDenied(self.who_message)

        sessions = self._opened.ctx.sessions
        event.listen(sessions, "before_flush", refuse_write)
        event.listen(sessions, "do_orm_execute", refuse_statement)

    def _passphrase(self, people, person) -> str | None:
        """The passphrase of ``person``: from stdin with --passphrase-stdin; else the one they asked
        this computer to remember (OS keyring) while it is still right; else typed without echo in a
        terminal; None (refused by the service) when there is no way to ask. None too for a person
        without a passphrase."""
        if not person.has_passphrase:
            return None
        if getattr(self.args, "passphrase_stdin", False):
            line = sys.stdin.readline() if sys.stdin else ""
            return line.rstrip("\r\n")
        kept = people.kept_passphrase(person)
        if kept is not None:
            try:
                people.authenticate(person.id, kept)
                return kept
            except PermissionDenied:  # changed since it was remembered: ask as if none were kept
                log.info("the passphrase remembered on this computer is outdated")
        if not sys.stdin or not sys.stdin.isatty():
            return None
        import getpass

        return getpass.getpass(translate("CLI", "Passphrase for {name}: ").format(name=person.name))

    def print(self, *parts: Any) -> None:
        print(*parts, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")


def _offline_note(opened) -> str:
    since = opened.ctx.offline_since
    return translate(
        "CLI",
        "the server cannot be reached; working on this computer's offline copy taken {when} UTC (minutes "
        "and planning a meeting are kept and sent later; the rest waits for the server).",
    ).format(when=since.strftime("%Y-%m-%d %H:%M") if since else "?")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, the usage, exit 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"commdesk: error: {message}\n")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without ``commands`` only the global options (the window's start
    needs no command's module imported: that is most of the parser's cost)."""
    p = _Parser(
        prog="commdesk",
        description=translate(
            "CLI", "commdesk: the communications office's desk. Without a command, opens the window."
        ),
    )
    p.add_argument("--version", action="version", version=f"commdesk {__version__}")
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "CLI", "database file or URL (default: COMMDESK_DB, else the file in your data folder)"
        ),
    )
    p.add_argument("--lang", choices=["zh_CN", "en"], help=translate("CLI", "language of messages and UI"))
    p.add_argument(
        "--as",
        dest="as_person",
        metavar="NAME",
        help=translate(
            "CLI",
            "act as this person (name or e-mail; their passphrase is asked, or read from the keyring "
            "if they chose to remember it on this computer); default: the person remembered on this "
            "computer for this database (the last one signed in to the window here, or set with "
            "'people remember')",
        ),
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate(
            "CLI", "read the passphrase of the --as person from the first line of standard input (scripts)"
        ),
    )
    p.add_argument(
        "--offline-ok",
        action="store_true",
        help=translate(
            "CLI",
            "when the database server cannot be reached, work on this computer's offline copy of it "
            "(minutes and planning a meeting are kept and sent later with 'offline sync')",
        ),
    )
    p.add_argument("--debug", action="store_true", help=translate("CLI", "verbose log and tracebacks"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name) if commands else ():
        module = importlib.import_module(f"{__name__}.{mod.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return p


def _setup_language(lang: str | None) -> None:
    from commdesk.core import i18n
    from commdesk.translations import english_plurals, install, normalise, system_language

    chosen = normalise(lang)
    if chosen == "en":
        i18n.set_translator(english_plurals(), "en")  # no Qt at all, yet "1 case" / "3 cases"
        return
    from commdesk.qtload import load_qt

    load_qt()  # before anything reads the system language through Qt
    chosen = chosen or system_language()
    if chosen == "en":
        i18n.set_translator(english_plurals(), "en")
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _setup_language.app = QCoreApplication([])  # keeps it alive
    install(chosen)


def _run(handler: Callable[[argparse.Namespace, Cli], int], args: argparse.Namespace, cli: Cli) -> int:
    """The command, then its database closed (an offline copy is free again for a refresh)."""
    try:
        return int(handler(args, cli) or 0)
    finally:
        if cli._opened is not None:
            cli._opened.ctx.engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Language first, so that help and errors are translated too.
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--db")
    pre.add_argument("--as", dest="as_person")
    pre.add_argument("--passphrase-stdin", action="store_true")
    pre.add_argument("--debug", action="store_true")
    pre.add_argument("rest", nargs="*")
    known, extra = pre.parse_known_args(argv)
    if (
        known.rest
    ):  # the interface language is given before the command ('releases new --lang' is the release's)
        known.lang = pre.parse_known_args(argv[: argv.index(known.rest[0])])[0].lang
    gui = not known.rest and not extra  # the window: it installs its translators with its QApplication
    if not gui:
        try:
            _setup_language(known.lang)
        except Exception as exc:  # noqa: BLE001 - a broken Qt install must not stop the admin CLI
            log.warning("could not load translations: %s", exc)
    args = build_parser(commands=not gui).parse_args(argv)
    from commdesk.logs import setup_logging

    setup_logging(args.debug)
    if not args.command:
        from commdesk.app import run_gui

        return run_gui(args)
    handler: Callable[[argparse.Namespace, Cli], int] = args.func
    cli = Cli(args)
    try:
        return _run(handler, args, cli)
    except CommdeskError as exc:
        if args.debug:
            raise
        if cli.who_message and isinstance(exc, PermissionDenied):  # no one said who acts: say how
            exc = PermissionDenied(cli.who_message)
        print(f"commdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into head & co.
        return 0
    except KeyboardInterrupt:
        print("commdesk: " + translate("CLI", "interrupted; nothing more was written."), file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):  # in words: no SQL, no parameters (they hold personal data)
            from commdesk.persistence.db import explain

            log.error("command failed: %s", type(exc.orig).__name__)
            print(f"commdesk: {explain(exc)}", file=sys.stderr)
            return EXIT_ERROR
        log.exception("command failed")
        print(
            "commdesk: "
            + translate("CLI", "unexpected error: {error} (run again with --debug for details)").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
