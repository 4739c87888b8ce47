"""Who acts when a command is given no ``--as``: the person remembered on this computer for this
database (their passphrase from the keyring only if they chose to remember it), else no one: reading
works, acting is refused naming the people to choose from, never the first administrator."""

from __future__ import annotations

import io
import json

import pytest
from tests.conftest import ADMIN_PASSPHRASE, OFFICER_PASSPHRASE

from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService


@pytest.fixture
def desk(ctx, people, db_url):
    """The four test people (each with their passphrase) and 周敏, an administrator with a passphrase."""
    ctx.service(PeopleService).create(
        "周敏 Zhou Min", "zhou@example.org", roles={Role.ADMINISTRATOR}, passphrase="蓝色 door 7"
    )
    return db_url


def actor_of(run_cli, db, name) -> str:
    code, out, err = run_cli(
        "--db", db, "--as", "chen@example.org", "audit", "--json", "--since", "2000-01-01"
    )
    assert code == 0, err
    return next(e["actor"] for e in json.loads(out) if e["entity"] == "people" and e["new"] == name)


def test_no_one_remembered_reads_but_acting_names_the_choices(run_cli, desk):
    code, out, err = run_cli("--db", desk, "people", "list", "--json")  # reading needs no one
    assert code == 0, err
    assert "周敏 Zhou Min" in out
    code, out, err = run_cli("--db", desk, "people", "add", "X", "--role", "officer")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "--as NAME" in err and "陈静 Chen Jing (Administrator, Officer)" in err and "李明 Li Ming" in err
    assert "administrator" not in err.split("people:")[0].lower()  # says who to be, not a role refusal
    code, _out, err = run_cli("--db", desk, "audit")  # a role-checked read: the same sentence
    assert code == 1 and "--as NAME" in err
    code, out, _ = run_cli("--db", desk, "--as", "chen@example.org", "people", "list", "--json")
    assert "X" not in {p["name"] for p in json.loads(out)}  # nothing was written as anyone


def test_the_person_remembered_on_this_computer_acts(run_cli, desk, people, remember_person):
    remember_person(desk, "李明 Li Ming", OFFICER_PASSPHRASE)  # an officer: may not add people
    code, _out, err = run_cli("--db", desk, "people", "add", "X", "--role", "officer")
    assert code == 1 and "administrator" in err.lower() and "--as NAME" not in err
    remember_person(desk, "chen@example.org", ADMIN_PASSPHRASE)
    code, _out, err = run_cli(
        "--db", desk, "people", "add", "Y", "--role", "officer", "--new-passphrase-stdin", stdin="y-pass\n"
    )
    assert code == 0, err
    assert "陈静" in actor_of(run_cli, desk, "Y")
    code, _out, err = run_cli("--db", desk, "--as", "李明 Li Ming", "people", "add", "Z", "--role", "officer")
    assert code == 1 and "administrator" in err.lower()  # --as still wins over the remembered one


def test_a_remembered_passphrase_from_the_keyring_is_used(run_cli, desk, remember_person, monkeypatch):
    remember_person(desk, "周敏 Zhou Min", "蓝色 door 7")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: nothing could be typed
    code, _out, err = run_cli(
        "--db", desk, "people", "add", "K", "--role", "officer", "--new-passphrase-stdin", stdin="k-pass\n"
    )
    assert code == 0, err
    assert "周敏" in actor_of(run_cli, desk, "K")
    code, _out, err = run_cli(
        "--db",
        desk,
        "--as",
        "zhou@example.org",
        "people",
        "add",
        "L",
        "--role",
        "officer",
        "--new-passphrase-stdin",
        stdin="l-pass\n",
    )
    assert code == 0, err  # --as the same person: the kept passphrase too


def test_a_passphrase_not_remembered_is_asked_in_a_terminal(run_cli, desk, remember_person, typed_passphrase):
    remember_person(desk, "周敏 Zhou Min")  # remembered, their passphrase not
    typed_passphrase.answer = "蓝色 door 7"
    code, _out, err = run_cli("--db", desk, "people", "add", "T", "--role", "officer")
    assert code == 0, err
    assert typed_passphrase.asked and "周敏" in typed_passphrase.asked[0]
    assert "周敏" in actor_of(run_cli, desk, "T")


def test_a_passphrase_not_remembered_and_no_terminal_is_refused(run_cli, desk, remember_person, monkeypatch):
    remember_person(desk, "周敏 Zhou Min")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run_cli("--db", desk, "people", "add", "N", "--role", "officer")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "周敏 Zhou Min" in err and "--passphrase-stdin" in err and "--as NAME" in err
    code, out, err = run_cli("--db", desk, "people", "list")  # reading still works
    assert code == 0 and "周敏" in out


def test_a_wrong_passphrase_is_refused(run_cli, desk, remember_person, monkeypatch):
    remember_person(desk, "周敏 Zhou Min")
    monkeypatch.setattr("sys.stdin", io.StringIO("red door 7\n"))
    code, out, err = run_cli("--db", desk, "--passphrase-stdin", "people", "list")
    assert code == 1 and out == "" and "not correct" in err and err.count("\n") == 1


def test_an_outdated_remembered_passphrase_is_asked_again(run_cli, desk, remember_person, typed_passphrase):
    remember_person(desk, "周敏 Zhou Min", "the old one")
    typed_passphrase.answer = "蓝色 door 7"
    code, _out, err = run_cli("--db", desk, "people", "add", "O", "--role", "officer")
    assert code == 0, err
    assert typed_passphrase.asked  # the kept one no longer fits: asked as if none were kept


def test_a_remembered_person_made_inactive_is_no_longer_used(run_cli, desk, people, remember_person, ctx):
    from dataclasses import replace

    remember_person(desk, "李明 Li Ming")
    svc = ctx.service(PeopleService)
    svc.update(replace(svc.get(people["officer"].id), active=False))
    code, _out, err = run_cli("--db", desk, "people", "add", "I", "--role", "officer")
    assert code == 1 and "--as NAME" in err and "李明" not in err


def test_the_help_says_who_acts_without_as(run_cli):
    code, out, _ = run_cli("--help")
    flat = " ".join(out.split())
    assert code == 0 and "first administrator" not in flat and "remembered on this computer" in flat


def test_people_remember_and_forget_on_the_command_line(run_cli, desk, monkeypatch, memory_keyring):
    code, _out, err = run_cli("--db", desk, "people", "remember")
    assert code == 1 and "--as NAME" in err and err.count("\n") == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("蓝色 door 7\n"))
    code, out, err = run_cli(
        "--db", desk, "--as", "周敏 Zhou Min", "--passphrase-stdin", "people", "remember", "--keep-passphrase"
    )
    assert code == 0, err
    assert "周敏 Zhou Min is remembered on this computer" in out and "keyring" in out
    # a script: the kept passphrase is used (standard input holds only the new person's)
    code, _out, err = run_cli(
        "--db", desk, "people", "add", "R", "--role", "officer", "--new-passphrase-stdin", stdin="r-pass\n"
    )
    assert code == 0, err
    assert "周敏" in actor_of(run_cli, desk, "R")
    code, out, err = run_cli("--db", desk, "people", "forget")  # no passphrase needed to forget
    assert code == 0 and "周敏 Zhou Min is no longer remembered" in out, err
    assert not [key for _, key in memory_keyring.values if key.startswith("passphrase:")]
    code, _out, err = run_cli("--db", desk, "people", "add", "S", "--role", "officer")
    assert code == 1 and "--as NAME" in err
    code, out, _ = run_cli("--db", desk, "people", "forget")
    assert code == 0 and "No one was remembered" in out


def test_remembering_without_keep_passphrase_forgets_a_kept_one(run_cli, desk, remember_person, monkeypatch):
    from commdesk.bootstrap import open_database

    remember_person(desk, "周敏 Zhou Min", "蓝色 door 7")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run_cli("--db", desk, "--as", "zhou@example.org", "people", "remember")
    assert code == 0 and "keyring" not in out, err
    opened = open_database(desk, migrate=False)
    try:
        people = opened.ctx.service(PeopleService)
        assert people.remembered().name == "周敏 Zhou Min"
        assert people.kept_passphrase(people.remembered()) is None
    finally:
        opened.ctx.engine.dispose()
