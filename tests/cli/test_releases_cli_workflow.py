"""The whole press-release workflow from the shell, each step ``--as`` the person who does it in the
office: draft → submit → changes requested → edit → submit → approve → an edit voids the approval →
approve again → schedule → send to a list through the outbox to the loopback SMTP server. The same role
checks and four-eyes rule as the window; every refusal is one line on stderr."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from tests.conftest import REVIEWER_PASSPHRASE
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.domain.people import Role
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.people import PeopleService
from commdesk.services.releases.service import ReleaseService

AUTHOR, REVIEWER, OFFICER2 = "李明 Li Ming", "王芳 Wang Fang", "Emma Schmidt"
#: officer and reviewer at once, with a passphrase: what a script passes with --passphrase-stdin
BOTH, BOTH_PASS = "赵强 Zhao Qiang", "蓝色 door 7"


@pytest.fixture
def db(ctx, people, db_url):
    ctx.service(PeopleService).create(
        BOTH, "zhao@example.org", roles={Role.OFFICER, Role.REVIEWER}, passphrase=BOTH_PASS
    )
    return db_url


@pytest.fixture
def shell(run_cli, db, monkeypatch):
    """``shell(*args, who=NAME)``: the command as that person; Zhao Qiang's passphrase comes on stdin."""

    def run(*args, who=AUTHOR):
        extra = []
        if who in (BOTH, REVIEWER):  # reviewers on a shared desk have passphrases
            monkeypatch.setattr(
                "sys.stdin", io.StringIO((BOTH_PASS if who == BOTH else REVIEWER_PASSPHRASE) + "\n")
            )
            extra = ["--passphrase-stdin"]
        return run_cli("--db", db, "--as", who, *extra, *args)

    return run


@pytest.fixture
def ok(shell):
    def run(*args, who=AUTHOR):
        code, out, err = shell(*args, who=who)
        assert code == 0, err
        return json.loads(out) if "--json" in args else out

    return run


@pytest.fixture
def refused(shell):
    def run(*args, who=AUTHOR):
        code, out, err = shell(*args, who=who)
        assert code == 1 and out == "", (code, out, err)
        assert err.startswith("commdesk: ") and err.count("\n") == 1 and "Traceback" not in err
        return err

    return run


def test_the_full_workflow_from_the_shell(ctx, db, ok, refused, shell, smtp_server, tmp_path):
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=n, outlet="新华社", emails=[Email("work", a)])).id
        for n, a in (("张伟", "zhang@xinhua.example.cn"), ("李娜", "li@thepaper.example.cn"))
    ]
    lists = ctx.service(ContactListService)
    lists.add(lists.create_static("科技媒体").id, ids)
    configure(ctx, smtp_server, tmp_path)

    r = ok(
        "releases",
        "new",
        "--template",
        "product_launch",
        "--title",
        "星河 H5 储能系统上市",
        "--lang",
        "zh",
        "--field",
        "city=深圳",
        "--field",
        "产品名称=星河 H5",
        "--json",
    )
    rid = r["id"]
    assert (r["state"], r["author"], r["template"], r["revision"]) == ("draft", AUTHOR, "product_launch", 1)
    shown = ok("releases", "show", rid, "--json")
    assert "今日正式发布星河 H5" in shown["body"] and shown["city"] == "深圳"

    r = ok(
        "releases",
        "submit",
        rid,
        "--reviewer",
        REVIEWER,
        "--reviewer",
        "zhao@example.org",
        "--note",
        "请看数据",
        "--json",
    )
    assert r["state"] == "in_review" and sorted(r["reviewers"]) == sorted([REVIEWER, BOTH])
    assert r["submit_note"] == "请看数据"

    # Comments: the reviewer asks, the author answers, in the order they were written.
    c = ok("releases", "comments", rid, "--add", "第二段的数据来源？", "--json", who=REVIEWER)
    ok("releases", "comments", rid, "--add", "已补充来源", "--reply-to", c[0]["id"])
    listed = ok("releases", "comments", rid, "--json", who=OFFICER2)
    assert [(x["author"], x["text"], x["reply_to"]) for x in listed] == [
        (REVIEWER, "第二段的数据来源？", None),
        (AUTHOR, "已补充来源", c[0]["id"]),
    ]
    assert "(v1): 第二段的数据来源？" in ok("releases", "comments", rid)

    r = ok("releases", "request-changes", rid, "--note", "补充数据来源", "--json", who=REVIEWER)
    assert r["state"] == "changes_requested"

    body_file = tmp_path / "body.md"
    body_file.write_text("星河科技今日发布 H5。\n\n数据来源：国家统计局。\n", encoding="utf-8")
    r = ok(
        "releases",
        "edit",
        rid,
        "--body-file",
        body_file,
        "--embargo",
        "2030-06-10 09:00",
        "--tz",
        "Asia/Shanghai",
        "--expect-version",
        r["version"],
        "--json",
    )
    assert (r["revision"], r["embargo"], r["embargo_tz"]) == (2, "2030-06-10T09:00:00+08:00", "Asia/Shanghai")
    stale = r["version"] - 1
    err = refused("releases", "edit", rid, "--title", "旧稿上的修改", "--expect-version", stale)
    assert "--expect-version" in err and str(r["version"]) in err

    r = ok("releases", "submit", rid, "--note", "已补充来源", "--json")  # the reviewers chosen before stay
    assert r["state"] == "in_review" and len(r["reviewers"]) == 2

    # Four eyes and roles: refused in one line, nothing changes.
    assert "Only a reviewer" in refused("releases", "approve", rid)  # the author
    assert "Only a reviewer" in refused("releases", "approve", rid, who=OFFICER2)  # an officer
    r = ok("releases", "approve", rid, "--json", who=REVIEWER)
    assert r["state"] == "approved"
    assert [(a["reviewer"], a["revision"], a["valid"]) for a in r["approvals"]] == [(REVIEWER, 2, True)]
    assert "Only an officer" in refused("releases", "publish", rid, "--channel", "newsroom", who=REVIEWER)

    # An edit after approval voids it and sends the release back to review; the editor may not approve.
    out = ok("releases", "edit", rid, "--title", "星河 H5 储能系统今日上市", who=BOTH)
    assert "approvals are void" in out and "In review" in out
    r = ok("releases", "show", rid, "--json")
    assert (r["state"], r["revision"], r["last_editor"]) == ("in_review", 3, BOTH)
    assert [(a["valid"], a["voided_because"]) for a in r["approvals"]] == [(False, "content changed in v3")]
    err = refused("releases", "approve", rid, who=BOTH)
    assert "You edited this release last" in err and "four eyes" in err
    assert ok("releases", "approve", rid, "--json", who=REVIEWER)["state"] == "approved"

    # Under embargo until 2030: it can be scheduled, not published.
    assert "under embargo" in refused("releases", "publish", rid, "--channel", "newsroom")
    assert ok("releases", "schedule", rid, "--json")["state"] == "scheduled"

    sent = ok("releases", "send", rid, "--list", "科技媒体", "--personalised", "--json")
    assert len(sent["queued"]) == 2
    code, out, err = shell("releases", "send", rid, "--list", "科技媒体")  # the same people again
    assert code == 1 and "--again" in err and err.count("\n") == 1 and "zhang@xinhua.example.cn" in out
    code, out, err = shell("outbox", "send")
    assert code == 0 and "2 sent" in out, err
    # one personalised message each, carrying the approved version's title in its PDF's name or subject
    assert sorted(rcpt for m in smtp_server.messages for rcpt in m.rcpt_tos) == [
        "li@thepaper.example.cn",
        "zhang@xinhua.example.cn",
    ]
    assert [len(m.message["To"].addresses) for m in smtp_server.messages] == [1, 1]
    assert all(
        any(p.get_content_type() == "application/pdf" for p in m.message.iter_attachments())
        for m in smtp_server.messages
    )
    assert "There is no distribution list" in refused(
        "releases", "send", rid, "--list", "无此列表", "--again"
    )


def test_the_author_may_not_approve_and_an_officer_publishes(ok, refused):
    r = ok(
        "releases",
        "new",
        "--template",
        "statement",
        "--title",
        "Statement on the recall",
        "--lang",
        "en",
        "--json",
        who=BOTH,
    )
    rid = r["id"]
    # choosing only oneself: refused before anything changes (four eyes)
    assert "four eyes" in refused("releases", "submit", rid, "--reviewer", BOTH, "--note", "check", who=BOTH)
    assert ok("releases", "show", rid, "--json")["reviewers"] == []
    ok("releases", "submit", rid, "--reviewer", BOTH, "--reviewer", REVIEWER, "--note", "check", who=BOTH)
    err = refused("releases", "approve", rid, who=BOTH)
    assert "You wrote this release" in err and "four eyes" in err
    ok("releases", "approve", rid, who=REVIEWER)
    r = ok("releases", "publish", rid, "--channel", "wechat", "--url", "https://mp.example.cn/a/1", "--json")
    assert r["state"] == "published" and r["published_at"]
    assert "cannot be given the action" in refused("releases", "approve", rid, who=REVIEWER)


def test_bad_input_is_one_line(ok, refused, shell, tmp_path):
    rid = ok("releases", "new", "--template", "standard", "--title", "T", "--lang", "en", "--json")["id"]
    for args, words in (
        (["new", "--template", "nosuch", "--title", "T", "--lang", "en"], "templates list"),
        (["new", "--template", "standard", "--title", "T", "--lang", "en", "--field", "city"], "NAME=VALUE"),
        (
            ["new", "--template", "standard", "--title", "T", "--lang", "en", "--field", "colour=red"],
            "colour",
        ),
        (["new", "--template", "standard", "--title", " ", "--lang", "en"], "title"),
        (["edit", rid, "--embargo", "2030-06-10 09:00", "--tz", "Mars/Olympus"], "Mars/Olympus"),
        (["edit", rid, "--embargo", "10.06.2030 9:00", "--tz", "Asia/Shanghai"], "2026-12-10 09:00"),
        (["edit", rid, "--embargo", "2030-06-10 09:00", "--no-embargo"], "--no-embargo"),
        (["edit", rid, "--tz", "Asia/Shanghai"], "no embargo"),
        (["edit", rid, "--body-file", tmp_path / "missing.md"], "missing.md"),
        (["submit", rid, "--reviewer", "Nobody Here", "--note", "x"], "Nobody Here"),
        (["submit", rid, "--reviewer", REVIEWER, "--note", " "], "note"),
        (["request-changes", rid, "--note", "x"], "cannot be given the action"),
        (["schedule", rid], "cannot be given the action"),
        (["comments", rid, "--reply-to", "1"], "--add"),
        (["comments", rid, "--add", "  "], "comment"),
        (["show", "PR-1999-999"], "releases list"),
    ):
        err = refused("releases", *args)
        assert words in err, (args, err)
    r = ok("releases", "show", rid, "--json")
    assert (r["state"], r["revision"], r["embargo"], r["reviewers"]) == ("draft", 1, None, [])
    code, _, err = shell("releases", "publish", rid, "--channel", "fax")
    assert code == 2 and "newsroom" in err  # argparse names the channels
    assert "no comments" in ok("releases", "comments", rid)


@pytest.mark.timezones
def test_the_embargo_instant_is_the_zones_clock_time_whatever_the_computers(ctx, ok, process_tz):
    rid = ok("releases", "new", "--template", "standard", "--title", "Embargoed", "--lang", "en", "--json")[
        "id"
    ]
    r = ok("releases", "edit", rid, "--embargo", "2030-06-10 09:00", "--tz", "Asia/Shanghai", "--json")
    assert r["embargo"] == "2030-06-10T09:00:00+08:00"
    stored = ctx.service(ReleaseService).get(rid).content.embargo
    assert stored.astimezone(UTC) == datetime(2030, 6, 10, 1, 0, tzinfo=UTC)
    assert "2030-06-10 09:00 (UTC+08:00) Asia/Shanghai" in ok(
        "releases", "edit", rid, "--title", "Embargoed!"
    )
    # --tz alone keeps the clock time, now in Berlin (summer time)
    r = ok("releases", "edit", rid, "--tz", "Europe/Berlin", "--json")
    assert (r["embargo"], r["embargo_tz"]) == ("2030-06-10T09:00:00+02:00", "Europe/Berlin")
    assert ctx.service(ReleaseService).get(rid).content.embargo.astimezone(UTC) == datetime(
        2030, 6, 10, 7, 0, tzinfo=UTC
    )
    r = ok("releases", "edit", rid, "--no-embargo", "--json")
    assert (r["embargo"], r["embargo_tz"]) == (None, None)
