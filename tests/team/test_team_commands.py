"""``commdesk team ...`` as an office would run it: init on an empty server database, add a person
with a password from standard input (who can then connect), change roles, remove (who can then not
connect), list; and the refusals (a single-desk file, a database with people, a non-administrator)."""

from __future__ import annotations

import io
import json
import logging
import uuid

import psycopg
import pytest
from tests.team.conftest import TeamDatabase, _admin_engine, _need_server, drop_team_database


@pytest.fixture(scope="module")
def empty_server_db():
    """An empty server database (no schema yet), owned by the test login; its roles dropped after."""
    _need_server()
    from sqlalchemy import text

    from commdesk.persistence.server_security import TeamGroups

    token = uuid.uuid4().hex[:8]
    name = f"commdesk_teamcli_{token}"
    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    team = TeamDatabase(name, {"li": f"cdt{token}_li", "wang": f"cdt{token}_wang"})
    team.groups = TeamGroups.for_database(name)
    yield team
    drop_team_database(team)


OWNER = "张伟 Zhang Wei"


def _team(run_cli, team, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_cli("--db", team.url("owner"), "--as", OWNER, "team", *args)


def test_team_commands_from_init_to_removal(run_cli, empty_server_db, monkeypatch, caplog):
    team = empty_server_db
    caplog.set_level(logging.DEBUG)  # every log line, the database driver's too
    code, out, err = run_cli("--db", team.url("owner"), "team", "init", "--name", OWNER, "--role", "officer")
    assert code == 0, err
    assert "first administrator" in out and "commdesk" in out
    # a second init is refused: the database has people now
    code, _out, err = run_cli("--db", team.url("owner"), "--as", OWNER, "team", "init", "--name", "Someone")
    assert code == 1 and "has people already" in err

    li = team.logins["li"]
    code, out, err = _team(
        run_cli,
        team,
        "add-person",
        "李明 Li Ming",
        "--login",
        li,
        "--role",
        "officer,reviewer",
        "--email",
        "li@example.org",
        "--password-stdin",
        "--json",
        stdin="s3cret pw\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    added = json.loads(out)
    assert (added["login"], added["roles"], added["can_login"]) == (li, ["officer", "reviewer"], True)
    assert "s3cret" not in out + err + caplog.text  # never echoed, never logged
    dsn = team.dsn("owner").replace("commdesk:commdesk@", f"{li}:s3cret%20pw@", 1)
    with psycopg.connect(dsn) as conn:  # the password works, and the login is that person
        assert conn.execute("SELECT commdesk_session_person()").fetchone()[0] == added["id"]
        groups = {
            r[0]
            for r in conn.execute(
                "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member "
                "JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = session_user"
            )
        }
    assert groups == {team.groups.officer, team.groups.reviewer}

    # the same login twice, a bad login name, an unknown role: refused before anything is made
    code, _out, err = _team(
        run_cli, team, "add-person", "Other", "--login", li, "--role", "officer", "--no-password"
    )
    assert code == 1 and "already" in err
    code, _out, err = _team(
        run_cli, team, "add-person", "Other", "--login", "Bad Name", "--role", "officer", "--no-password"
    )
    assert code == 1 and "lower-case" in err
    code, _out, err = _team(
        run_cli, team, "add-person", "Other", "--login", "other", "--role", "boss", "--no-password"
    )
    assert code == 1 and "Unknown role boss" in err
    # no way to ask for a password: said, nothing made
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = _team(run_cli, team, "add-person", "Other", "--login", "other", "--role", "officer")
    assert code == 1 and "--password-stdin" in err

    code, out, err = _team(run_cli, team, "set-roles", li, "--role", "officer", "--json")
    assert code == 0, err
    assert json.loads(out)["roles"] == ["officer"]
    with psycopg.connect(dsn) as conn:
        assert not conn.execute(
            "SELECT pg_has_role(session_user, %s, 'MEMBER')", (team.groups.reviewer,)
        ).fetchone()[0]

    wang = team.logins["wang"]
    code, _out, err = _team(
        run_cli, team, "add-person", "王芳 Wang Fang", "--login", wang, "--role", "reviewer", "--no-password"
    )
    assert code == 0, err

    code, out, err = _team(run_cli, team, "remove-person", li)
    assert code == 0, err
    assert "can no longer log in" in out
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(dsn)
    # the owner's person cannot be removed: its login runs the upgrades
    code, _out, err = _team(run_cli, team, "remove-person", OWNER)
    assert code == 1 and "owns" in err

    code, out, err = _team(run_cli, team, "list", "--json")
    assert code == 0, err
    listed = {m["name"]: m for m in json.loads(out)}
    assert listed[OWNER]["login"] == "commdesk" and listed[OWNER]["roles"] == ["administrator", "officer"]
    assert (listed["李明 Li Ming"]["active"], listed["李明 Li Ming"]["can_login"]) == (False, False)
    assert (listed["王芳 Wang Fang"]["login"], listed["王芳 Wang Fang"]["can_login"]) == (wang, True)
    code, out, _err = _team(run_cli, team, "list")
    assert "cannot log in" in out and "(inactive)" in out


def test_team_commands_need_a_server_database(run_cli, tmp_path):
    code, _out, err = run_cli("--db", tmp_path / "desk.sqlite3", "team", "init", "--name", "Someone")
    assert code == 1 and "team commands need a server database" in err


def test_a_database_copied_from_a_single_desk_becomes_a_team(run_cli, monkeypatch):
    """People exist already (as after 'db copy'): one of its administrators, passphrase checked,
    makes it a team database with the login connected; the others get logins of their own."""
    _need_server()
    from sqlalchemy import text

    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.persistence.server_security import TeamGroups
    from commdesk.services.people import PeopleService

    token = uuid.uuid4().hex[:8]
    team = TeamDatabase(f"commdesk_teamcopy_{token}", {"li": f"cdt{token}_li"})
    team.groups = TeamGroups.for_database(team.name)
    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{team.name}"'))
    finally:
        admin.dispose()
    try:
        opened = open_database(team.url("owner"))
        people = opened.ctx.service(PeopleService)
        chen = people.create_first_profile("陈静 Chen Jing", roles={Role.ADMINISTRATOR}, passphrase="pp")
        opened.ctx.current = lambda: chen
        people.create("李明 Li Ming", roles={Role.OFFICER}, passphrase="lm")
        opened.ctx.engine.dispose()

        as_chen = ("--db", team.url("owner"), "--as", "陈静", "--passphrase-stdin", "team")
        monkeypatch.setattr("sys.stdin", io.StringIO("pp\n"))
        code, _out, err = run_cli(*as_chen, "init", "--name", "X")
        assert code == 1 and "--existing" in err
        monkeypatch.setattr("sys.stdin", io.StringIO("pp\n"))
        code, out, err = run_cli(*as_chen, "init", "--existing")
        assert code == 0, err
        monkeypatch.setattr("sys.stdin", io.StringIO("pp\n"))
        code, out, err = run_cli(*as_chen, "add-login", "李明", "--login", team.logins["li"], "--no-password")
        assert code == 0, err
        monkeypatch.setattr("sys.stdin", io.StringIO("pp\n"))
        code, out, err = run_cli(*as_chen, "list", "--json")
        listed = {m["name"]: m for m in json.loads(out)}
        assert listed["陈静 Chen Jing"]["login"] == "commdesk"
        assert (listed["李明 Li Ming"]["login"], listed["李明 Li Ming"]["can_login"]) == (
            team.logins["li"],
            True,
        )
    finally:
        drop_team_database(team)
