"""``--as NAME`` on the command line: acts as that person after their passphrase, or is refused with
one line and a non-zero exit; it is never silently ignored."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService


@pytest.fixture
def desk(ctx, people, db_url):
    svc = ctx.service(PeopleService)
    svc.create("周敏 Zhou Min", "zhou@example.org", roles={Role.ADMINISTRATOR}, passphrase="蓝色 door 7")
    gone = svc.create("Old Timer", "old@example.org", roles={Role.OFFICER}, passphrase="old-pass")
    svc.update(replace(gone, active=False))
    return db_url


def added_by(run_cli, db, name) -> str:
    code, out, err = run_cli(
        "--db", db, "--as", "chen@example.org", "audit", "--json", "--since", "2000-01-01"
    )
    assert code == 0, err
    return next(e["actor"] for e in json.loads(out) if e["entity"] == "people" and e["new"] == name)


def test_as_a_person_acts_as_them(run_cli, desk):
    code, _out, err = run_cli("--db", desk, "--as", "李明 Li Ming", "people", "add", "X", "--role", "officer")
    assert code == 1 and "administrator" in err.lower() and err.count("\n") == 1  # an officer may not
    code, _out, err = run_cli(
        "--db",
        desk,
        "--as",
        "chen@example.org",
        "people",
        "add",
        "Y",
        "--role",
        "officer",
        "--new-passphrase-stdin",
        stdin="y-pass\n",
    )
    assert code == 0, err
    assert "陈静" in added_by(run_cli, desk, "Y")


def test_as_the_only_person_without_a_passphrase_acts_as_them(run_cli, ctx, db_url):
    """Alone at a new desk the first person needs no passphrase, and none is asked; before a
    second person is added they set one (everyone who can approve needs one at a shared desk)."""
    ctx.service(PeopleService).create_first_profile("周敏 Zhou Min", "zhou@example.org")
    code, out, err = run_cli("--db", db_url, "--as", "周敏 Zhou Min", "people", "whoami")
    assert code == 0 and "周敏 Zhou Min" in out, err
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "周敏 Zhou Min",
        "people",
        "add",
        "Y",
        "--role",
        "officer",
        "--new-passphrase-stdin",
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert (
        "周敏 Zhou Min (approves press releases, minutes" in err  # and any further kinds
        and "commdesk people passphrase" in err
    )
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "周敏 Zhou Min",
        "people",
        "passphrase",
        "--new-passphrase-stdin",
        stdin="zm-pass\n",
    )
    assert code == 0 and "周敏 Zhou Min" in out, err
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "周敏 Zhou Min",
        "--passphrase-stdin",
        "people",
        "add",
        "Y",
        "--role",
        "officer",
        "--new-passphrase-stdin",
        stdin="zm-pass\ny-pass\n",
    )
    assert code == 0, err
    code, out, err = run_cli("--db", db_url, "--as", "周敏 Zhou Min", "people", "passphrase", "--clear")
    assert code == 1 and "--passphrase-stdin" in err  # switching person asks for it now
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "周敏 Zhou Min",
        "--passphrase-stdin",
        "people",
        "passphrase",
        "--clear",
        stdin="zm-pass\n",
    )
    assert code == 1 and out == "" and "keeps a passphrase" in err and err.count("\n") == 1


def test_passphrase_from_stdin(run_cli, desk, ctx, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("蓝色 door 7\nz-pass\n"))  # the acting one's, the new one's
    code, _out, err = run_cli(
        "--db",
        desk,
        "--as",
        "周敏 Zhou Min",
        "--passphrase-stdin",
        "people",
        "add",
        "Z",
        "--role",
        "reviewer",
        "--new-passphrase-stdin",
    )
    assert code == 0, err
    assert "周敏" in added_by(run_cli, desk, "Z")
    z = next(p for p in PeopleService(ctx).list() if p.name == "Z")
    assert z.has_passphrase and PeopleService(ctx).authenticate(z.id, "z-pass").id == z.id


def test_a_reviewer_on_a_shared_desk_is_not_added_without_a_passphrase(run_cli, desk, ctx):
    code, out, err = run_cli(
        "--db", desk, "--as", "chen@example.org", "people", "add", "R", "--role", "reviewer"
    )
    assert code == 1 and out == "" and "needs a passphrase" in err and err.count("\n") == 1
    assert all(p.name != "R" for p in PeopleService(ctx).list())


def test_no_one_is_added_while_a_reviewer_has_no_passphrase(ctx, people):
    """The fixture's reviewer has one; a reviewer whose passphrase went missing (an older desk) is
    named, and nobody can be added until they have one again."""
    from commdesk.core.errors import ValidationError
    from commdesk.persistence.models import PersonRow

    with ctx.sessions() as session, session.begin():
        session.get(PersonRow, people["reviewer"].id).passphrase_hash = None
    svc = PeopleService(ctx)
    with pytest.raises(ValidationError, match="No passphrase yet: 王芳 Wang Fang"):
        svc.create("New One", roles={Role.OFFICER}, passphrase="new-pass")
    reviewer = svc.get(people["reviewer"].id)
    svc.update(reviewer, passphrase="again")
    assert svc.create("New One", roles={Role.OFFICER}, passphrase="new-pass").name == "New One"
    with pytest.raises(ValidationError, match="keeps a passphrase"):
        svc.update(svc.get(people["reviewer"].id), clear_passphrase=True)


def test_wrong_passphrase_is_refused_in_one_line(run_cli, desk, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("red door 7\n"))
    code, out, err = run_cli("--db", desk, "--as", "zhou@example.org", "--passphrase-stdin", "people", "list")
    assert code == 1 and out == ""
    assert "passphrase" in err and "not correct" in err and err.count("\n") == 1 and "Traceback" not in err


def test_passphrase_typed_without_echo_in_a_terminal(run_cli, desk, monkeypatch):
    asked = []

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "蓝色 door 7")
    code, _out, err = run_cli("--db", desk, "--as", "周敏 Zhou Min", "people", "list")
    assert code == 0, err
    assert asked and "周敏" in asked[0]


def test_no_way_to_ask_the_passphrase_is_refused(run_cli, desk, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script without --passphrase-stdin
    code, _out, err = run_cli("--db", desk, "--as", "周敏 Zhou Min", "people", "list")
    assert code == 1 and "--passphrase-stdin" in err and err.count("\n") == 1


@pytest.mark.parametrize("name, words", [("Nobody Here", "No one is called"), ("Old Timer", "inactive")])
def test_unknown_or_inactive_person_is_refused(run_cli, desk, name, words):
    code, out, err = run_cli("--db", desk, "--as", name, "people", "list")
    assert code == 1 and words in err and err.count("\n") == 1 and out == ""
