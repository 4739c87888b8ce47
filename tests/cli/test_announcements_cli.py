"""``commdesk announcements ...`` as officers and reviewers run them: an important announcement is
refused unreviewed, the author cannot approve it, a reviewer can; the send queues one copy per
subscriber. And the outbox commands never let an unreviewed 【重要通知】 out (AN-4)."""

from __future__ import annotations

import json

from tests.services.test_announcements_paths import queue_by_hand
from tests.support.outbox import configure

from commdesk.services.staff.service import StaffService

OFFICER = ("--as", "李明 Li Ming")
REVIEWER = ("--as", "王芳 Wang Fang")


def _directory(ctx):
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    for name, email in (("张三", "zhang@example.org"), ("赵六", "zhao@example.org")):
        m = staff.add_member(name, email)
        staff.subscribe(m.id, lst.id)
    staff.unsubscribe(staff.member("zhao@example.org").id, lst.id)
    return lst


def test_an_announcement_from_draft_to_the_outbox_through_review(
    run_cli, db_url, ctx, people, smtp_server, tmp_path
):
    configure(ctx, smtp_server, tmp_path)
    _directory(ctx)
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "announcements",
        "new",
        "--subject",
        "办公室搬迁",
        "--text",
        "下周一起在新址办公。",
        "--list",
        "全员通知",
        "--important",
        "--json",
    )
    assert code == 0, err
    made = json.loads(out)
    aid = str(made["id"])
    assert made["state"] == "draft" and made["priority"] == "important" and made["audience"] == "全员通知"
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "send", aid)
    assert code == 1 and "is draft:" in err and "approved" in err
    assert run_cli("--db", db_url, *OFFICER, "announcements", "submit", aid)[0] == 0
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "approve", aid)
    assert code == 1 and "Reviewer" in err
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "send", aid)
    assert code == 1 and "is in review:" in err
    code, out, err = run_cli("--db", db_url, *REVIEWER, "announcements", "approve", aid, "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "approved" and json.loads(out)["approved_by"] == ["王芳 Wang Fang"]
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "send", aid, "--json")
    assert code == 0, err
    assert json.loads(out)["queued"] == 1
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "show", aid, "--json")
    shown = json.loads(out)
    assert shown["state"] == "sent" and shown["text"] == "下周一起在新址办公。"
    code, out, err = run_cli("--db", db_url, *OFFICER, "outbox", "list", "--json")
    [msg] = json.loads(out)
    assert "zhang@example.org" in json.dumps(msg) and "zhao@example.org" not in json.dumps(msg)
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "list")
    assert code == 0 and "办公室搬迁" in out


def test_a_returned_announcement_keeps_the_reviewers_comment(run_cli, db_url, ctx, people):
    _directory(ctx)
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "announcements",
        "new",
        "--subject",
        "年会",
        "--text",
        "周五年会。",
        "--list",
        "全员通知",
        "--json",
    )
    aid = str(json.loads(out)["id"])
    run_cli("--db", db_url, *OFFICER, "announcements", "submit", aid)
    code, out, err = run_cli(
        "--db", db_url, *REVIEWER, "announcements", "return", aid, "--comment", "写清楚地点"
    )
    assert code == 0, err
    code, out, err = run_cli("--db", db_url, *OFFICER, "announcements", "show", aid, "--json")
    shown = json.loads(out)
    assert shown["state"] == "returned" and shown["comments"][0]["text"] == "写清楚地点"


def test_the_outbox_commands_never_let_an_unreviewed_important_notice_out(
    run_cli, db_url, ctx, people, smtp_server, tmp_path
):
    configure(ctx, smtp_server, tmp_path)
    _directory(ctx)
    mid = str(queue_by_hand(ctx, "【重要通知】-停电", "zhang@example.org"))
    folder = tmp_path / "eml"
    folder.mkdir()
    code, out, err = run_cli("--db", db_url, *OFFICER, "outbox", "export", mid, "--folder", str(folder))
    assert code == 1 and "Announcements" in err and list(folder.iterdir()) == []
    code, out, err = run_cli("--db", db_url, *OFFICER, "outbox", "send")
    assert smtp_server.messages == []
    code, out, err = run_cli("--db", db_url, *OFFICER, "outbox", "list", "--json")
    assert [m["status"] for m in json.loads(out)] == ["held"]


def test_administrators_set_how_many_reviewers_a_kind_needs(run_cli, db_url, ctx, people):
    code, out, err = run_cli("--db", db_url, *OFFICER, "review", "reviewers", "announcement", "2")
    assert code == 1 and "Administrator" in err
    code, out, err = run_cli(
        "--db", db_url, "--as", "陈静 Chen Jing", "review", "reviewers", "announcement", "2"
    )
    assert code == 0, err
    code, out, err = run_cli("--db", db_url, *OFFICER, "review", "reviewers", "--json")
    needed = json.loads(out)
    assert needed["announcement"] == 2 and needed["post"] == needed["event_invitation"] == 1
    _directory(ctx)
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "announcements",
        "new",
        "--subject",
        "年会",
        "--text",
        "周五年会。",
        "--list",
        "全员通知",
        "--json",
    )
    aid = str(json.loads(out)["id"])
    run_cli("--db", db_url, *OFFICER, "announcements", "submit", aid)
    code, out, err = run_cli("--db", db_url, *REVIEWER, "announcements", "approve", aid, "--json")
    shown = json.loads(out)
    assert shown["state"] == "in_review" and shown["reviewers_needed"] == 2  # a second reviewer still to come


def test_an_announcement_planned_for_a_time_is_on_the_calendar_and_a_wrong_time_is_refused(
    run_cli, db_url, ctx, people, smtp_server, tmp_path
):
    from dataclasses import replace

    from commdesk.services.settings import SettingsService

    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    configure(ctx, smtp_server, tmp_path)
    _directory(ctx)
    base = (
        "--db",
        db_url,
        *OFFICER,
        "announcements",
        "new",
        "--subject",
        "年会安排",
        "--text",
        "周五晚举行。",
    )
    code, out, err = run_cli(*base, "--list", "全员通知", "--planned", "next Friday")
    assert code == 1 and "--planned" in err and "Asia/Shanghai" in err and "next Friday" in err
    code, out, err = run_cli(*base, "--list", "全员通知", "--planned", "2027-01-08 09:00", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["planned_at"] == "2027-01-08T01:00:00+00:00"  # 09:00 in Shanghai
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "calendar",
        "list",
        "--from",
        "2027-01-04",
        "--to",
        "2027-01-10",
        "--kind",
        "announcement",
        "--json",
    )
    assert code == 0, err
    [entry] = json.loads(out)["entries"]
    assert (entry["id"], entry["local_start"], entry["can_move"]) == (made["id"], "2027-01-08 09:00", True)
