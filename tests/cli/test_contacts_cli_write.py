"""``commdesk contacts add|edit|dnc`` as a script runs them: the contact service's validation (CR-1)
and role checks, with one-line errors naming the field, and nothing half-written."""

from __future__ import annotations

import json

import pytest
from tests.conftest import REVIEWER_PASSPHRASE

from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactQuery, ContactService

ADMIN, OFFICER, REVIEWER = "陈静 Chen Jing", "李明 Li Ming", "王芳 Wang Fang"


def as_args(who: str) -> list[str]:
    """``--as who``; the reviewer has a passphrase (a reviewer on a shared desk must), given on stdin."""
    return ["--as", who, "--passphrase-stdin"] if who == REVIEWER else ["--as", who]


def stdin_for(who: str) -> str | None:
    return REVIEWER_PASSPHRASE + "\n" if who == REVIEWER else None


@pytest.fixture
def db(ctx, people, db_url):
    ctx.service(ContactListService).create_static("Tech press")
    ctx.service(ContactListService).create_smart("Tier A", ContactQuery(text="tier A"))
    return db_url


def ok(run_cli, db, *args, who=ADMIN):
    code, out, err = run_cli("--db", db, *as_args(who), *args, stdin=stdin_for(who))
    assert code == 0, err
    return out, err


def refused(run_cli, db, *args, who=ADMIN):
    code, out, err = run_cli("--db", db, *as_args(who), *args, stdin=stdin_for(who))
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("commdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def listed(run_cli, db) -> list[dict]:
    out, _ = ok(run_cli, db, "contacts", "list", "--json")
    return json.loads(out)


def test_add_with_every_option_reads_back_through_list(run_cli, db):
    out, err = ok(
        run_cli,
        db,
        "contacts",
        "add",
        "王 伟",
        "--email",
        "work: Wang.Wei@Example.cn",
        "--email",
        "ww@example.com",
        "--phone",
        "手机:138 0013 8000",
        "--outlet",
        "新华社",
        "--title",
        "记者",
        "--beat",
        "科技",
        "--beat",
        "财经",
        "--owner",
        OFFICER,
        "--tier",
        "A",
        "--list",
        "tech press",
        "--json",
    )
    c = json.loads(out)
    assert (c["name"], c["pinyin"], c["outlet"], c["title"], c["tier"], c["owner"]) == (
        "王伟",
        "wang wei",
        "新华社",
        "记者",
        "A",
        OFFICER,
    )
    assert c["emails"][0].lower() == "wang.wei@example.cn" and c["emails"][1] == "ww@example.com"
    assert (
        c["phones"] == ["+8613800138000"] and c["beats"] == ["科技", "财经"] and c["lists"] == ["Tech press"]
    )
    row = next(r for r in listed(run_cli, db) if r["id"] == c["id"])
    assert (row["lists"], row["owner"], row["version"]) == (["Tech press"], OFFICER, c["version"])
    # The same person again: saved (the window saves too) with a warning naming the other contact.
    out, err = ok(run_cli, db, "contacts", "add", "王伟", "--email", "ww@example.com")
    assert "Contact" in out and f"contact {c['id']} 王伟" in err


def test_bad_input_names_the_field_and_writes_nothing(run_cli, db):
    err = refused(run_cli, db, "contacts", "add", "Anna Berg", "--email", "anna.example.de")
    assert "E-mail" in err and "anna.example.de" in err
    err = refused(run_cli, db, "contacts", "add", "Anna Berg", "--phone", "12")
    assert "Phone" in err and "12" in err
    err = refused(run_cli, db, "contacts", "add", "", "--email", "a@b.org")
    assert "name" in err.lower()
    assert "no distribution list called Nowhere" in refused(
        run_cli, db, "contacts", "add", "Anna Berg", "--list", "Nowhere"
    )
    assert "smart list" in refused(run_cli, db, "contacts", "add", "Anna Berg", "--list", "Tier A")
    assert "No one is called" in refused(run_cli, db, "contacts", "add", "Anna Berg", "--owner", "Nobody")
    code, _, err = run_cli("--db", db, "contacts", "add", "Anna Berg", "--tier", "D")
    assert code == 2 and "'A', 'B', 'C'" in err
    assert listed(run_cli, db) == []  # the lists and the owner are checked before the contact is written
    assert "9999" in refused(run_cli, db, "contacts", "edit", "9999", "--title", "x")
    assert "9999" in refused(run_cli, db, "contacts", "dnc", "9999", "--channel", "email", "--reason", "x")


def test_people_without_the_role_are_refused(run_cli, db, ctx):
    err = refused(run_cli, db, "contacts", "add", "Anna Berg", "--email", "anna@example.de", who=REVIEWER)
    assert "王芳" in err and "Administrator" in err
    err = refused(run_cli, db, "contacts", "add", "Anna Berg", "--email", "anna@example.de", who=OFFICER)
    assert "李明" in err
    assert listed(run_cli, db) == []
    out, _ = ok(run_cli, db, "contacts", "add", "Anna Berg", "--email", "anna@example.de", "--json")
    anna = json.loads(out)["id"]
    # An officer corrects only the contacts they own, and may not give them away.
    assert "do not own" in refused(run_cli, db, "contacts", "edit", anna, "--title", "x", who=OFFICER)
    ok(run_cli, db, "contacts", "edit", anna, "--owner", OFFICER)
    out, _ = ok(run_cli, db, "contacts", "edit", anna, "--title", "Editor", "--json", who=OFFICER)
    assert json.loads(out)["title"] == "Editor"
    assert "another owner" in refused(run_cli, db, "contacts", "edit", anna, "--owner", ADMIN, who=OFFICER)
    assert ctx.service(ContactService).get(anna).owner == OFFICER


def test_edit_changes_only_what_is_given_and_refuses_a_stale_copy(run_cli, db):
    out, _ = ok(
        run_cli,
        db,
        "contacts",
        "add",
        "Anna Berg",
        "--email",
        "anna@example.de",
        "--phone",
        "+49 30 1234567",
        "--title",
        "Reporter",
        "--beat",
        "Energy",
        "--owner",
        OFFICER,
        "--tier",
        "B",
        "--json",
    )
    c = json.loads(out)
    out, _ = ok(
        run_cli,
        db,
        "contacts",
        "edit",
        c["id"],
        "--title",
        "Editor",
        "--email",
        "anna@berg.de",
        "--clear",
        "beats",
        "--clear",
        "owner",
        "--clear",
        "tier",
        "--list",
        "Tech press",
        "--json",
    )
    e = json.loads(out)
    assert (e["title"], e["emails"], e["phones"], e["beats"], e["owner"], e["tier"], e["lists"]) == (
        "Editor",
        ["anna@berg.de"],
        ["+49301234567"],
        [],
        "",
        None,
        ["Tech press"],
    )
    assert e["name"] == "Anna Berg" and e["version"] > c["version"]
    err = refused(
        run_cli, db, "contacts", "edit", c["id"], "--title", "Mine", "--expect-version", c["version"]
    )
    assert "changed by someone else" in err and f"--expect-version {e['version']}" in err
    assert next(r for r in listed(run_cli, db) if r["id"] == c["id"])["title"] == "Editor"
    out, _ = ok(
        run_cli,
        db,
        "contacts",
        "edit",
        c["id"],
        "--name",
        "Anna Berg-Schulz",
        "--expect-version",
        e["version"],
        "--json",
    )
    assert json.loads(out)["name"] == "Anna Berg-Schulz"
    assert "E-mail" in refused(run_cli, db, "contacts", "edit", c["id"], "--email", "nope")


def test_do_not_contact_marked_by_anyone_lifted_by_an_administrator(run_cli, db):
    cid = json.loads(
        ok(run_cli, db, "contacts", "add", "Anna Berg", "--email", "anna@example.de", "--json")[0]
    )["id"]
    assert "reason" in refused(run_cli, db, "contacts", "dnc", cid, "--channel", "email", who=REVIEWER)
    assert "2026-12-01" in refused(
        run_cli, db, "contacts", "dnc", cid, "--channel", "email", "--reason", "x", "--expires", "soon"
    )
    assert "future" in refused(
        run_cli, db, "contacts", "dnc", cid, "--channel", "email", "--reason", "x", "--expires", "2001-01-01"
    )
    out, _ = ok(
        run_cli,
        db,
        "contacts",
        "dnc",
        cid,
        "--channel",
        "email",
        "--reason",
        "asked by phone",
        "--expires",
        "2099-01-01",
        "--json",
        who=REVIEWER,
    )
    dnc = json.loads(out)["do_not_contact"]
    assert [(d["channel"], d["reason"], d["set_by"], d["expires"]) for d in dnc] == [
        ("email", "asked by phone", REVIEWER, "2099-01-01")
    ]
    assert next(r for r in listed(run_cli, db) if r["id"] == cid)["do_not_contact"] == ["email"]
    err = refused(run_cli, db, "contacts", "dnc", cid, "--channel", "email", "--off", who=REVIEWER)
    assert "Administrator" in err
    out, _ = ok(run_cli, db, "contacts", "dnc", cid, "--channel", "email", "--off")
    assert "again" in out
    assert next(r for r in listed(run_cli, db) if r["id"] == cid)["do_not_contact"] == []
    code, _, err = run_cli("--db", db, "contacts", "dnc", cid, "--channel", "fax", "--reason", "x")
    assert code == 2 and "email" in err
