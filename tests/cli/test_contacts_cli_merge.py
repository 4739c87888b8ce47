"""``commdesk contacts merge KEEP OTHER`` and ``undo-merge`` as a script runs them: each field from
KEEP (left) or OTHER (right), a dry run that shows the merged contact and writes nothing, ``--json``,
the service's role check, and one-line refusals."""

from __future__ import annotations

import json

import pytest

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService

ADMIN, OFFICER = "陈静 Chen Jing", "李明 Li Ming"


@pytest.fixture
def pair(ctx, people, db_url):
    svc = ctx.service(ContactService)
    keep = svc.create(
        ContactRecord(
            full_name="王伟", outlet="新华社", title="记者", emails=[Email("work", "wangwei@xinhua.example")]
        )
    ).id
    other = svc.create(
        ContactRecord(
            full_name="王伟",
            outlet="澎湃新闻",
            title="主编",
            beats=["科技"],
            phones=[Phone("mobile", "+8613800138000")],
            emails=[Email("work", "ww@thepaper.example")],
        ),
        owner_id=people["officer"].id,
    ).id
    press = ctx.service(ContactListService).create_static("Tech press")
    ctx.service(ContactListService).add(press.id, [other])
    return db_url, keep, other


def run(run_cli, db, *args, who=ADMIN):
    return run_cli("--db", db, "--as", who, "contacts", *map(str, args))


def shown(run_cli, db, contact_id):
    _code, out, _ = run_cli("--db", db, "--as", ADMIN, "contacts", "list", "--json")
    return next(r for r in json.loads(out) if r["id"] == contact_id)


def test_dry_run_shows_the_merged_contact_and_writes_nothing(run_cli, pair):
    db, keep, other = pair
    before = shown(run_cli, db, keep)
    code, out, err = run(run_cli, db, "merge", keep, other, "--keep", "title=right", "--dry-run")
    assert code == 0, err
    assert f"merge #{other} 王伟 into #{keep} 王伟:" in out
    assert "Title: 记者 → 主编" in out
    assert "wangwei@xinhua.example" in out and "ww@thepaper.example" in out  # e-mails combined
    assert "Owner: (empty) → 李明 Li Ming" in out  # KEEP has none: OTHER's
    assert "  Outlet:" not in out and "Other outlets: (empty) → 澎湃新闻" in out  # KEEP's stays first
    assert "nothing was written" in out
    assert shown(run_cli, db, keep) == before and shown(run_cli, db, other)["name"] == "王伟"


def test_dry_run_as_json(run_cli, pair):
    db, keep, other = pair
    code, out, err = run(run_cli, db, "merge", keep, other, "--other", "phones", "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["dry_run"] is True and preview["keep"] == keep and preview["other"] == other
    contact = preview["contact"]
    assert contact["id"] == keep and contact["title"] == "记者" and contact["outlet"] == "新华社"
    assert contact["phones"] == ["+8613800138000"] and contact["lists"] == ["Tech press"]
    assert {c["field"] for c in preview["changes"]} >= {"phones", "emails", "beats", "owner"}


def test_merge_left_and_right_then_undo_as_json(run_cli, pair):
    db, keep, other = pair
    before = {keep: shown(run_cli, db, keep), other: shown(run_cli, db, other)}
    code, out, err = run(
        run_cli, db, "merge", keep, other, "--keep", "title=right", "--keep", "outlet=left", "--json"
    )
    assert code == 0, err
    merged = json.loads(out)
    assert merged["keep"] == keep and merged["other"] == other and isinstance(merged["merge"], int)
    contact = merged["contact"]
    assert contact["title"] == "主编" and contact["outlet"] == "新华社" and contact["lists"] == ["Tech press"]
    assert sorted(contact["emails"]) == ["wangwei@xinhua.example", "ww@thepaper.example"]
    code, out, _ = run_cli("--db", db, "--as", ADMIN, "contacts", "list", "--json")
    assert other not in {r["id"] for r in json.loads(out)}  # merged away
    code, out, err = run(run_cli, db, "undo-merge", merged["merge"], "--json")
    assert code == 0, err
    assert json.loads(out) == {"merge": merged["merge"], "undone": True}
    after = {keep: shown(run_cli, db, keep), other: shown(run_cli, db, other)}
    assert {i: {**r, "version": 0} for i, r in after.items()} == {
        i: {**r, "version": 0} for i, r in before.items()
    }


@pytest.mark.parametrize(
    "args, words",
    [
        (("--keep", "title=middle"), "say left"),
        (("--keep", "nickname"), "no contact field is called 'nickname'"),
        (("--keep", "title=left", "--other", "title"), "both given: title"),
        (("--keep", "title=left", "--keep", "title=right"), "both given: title"),
    ],
)
def test_wrong_choices_are_one_line_and_merge_nothing(run_cli, pair, args, words):
    db, keep, other = pair
    for dry in ((), ("--dry-run",)):
        code, out, err = run(run_cli, db, "merge", keep, other, *args, *dry)
        assert code == 1 and out == "" and words in err and err.count("\n") == 1, err
    assert shown(run_cli, db, other)["name"] == "王伟"


def test_only_administrators_merge_and_the_dry_run_says_so_too(run_cli, pair):
    db, keep, other = pair
    for dry in ((), ("--dry-run",)):
        code, out, err = run(run_cli, db, "merge", keep, other, *dry, who=OFFICER)
        assert code == 1 and out == "" and "Administrator" in err and err.count("\n") == 1, err
    code, out, err = run(run_cli, db, "merge", keep, keep, "--dry-run")
    assert code == 1 and "cannot be merged with itself" in err
    code, out, err = run(run_cli, db, "undo-merge", 999)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
