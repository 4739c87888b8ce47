"""``commdesk posts ...`` as the office runs it: a post planned, submitted, approved by a reviewer
(never by its author), refused publication before and published after approval with its final
text printed, the list and show read back as JSON, an account's figures imported from a GB18030
export (and a broken file refused whole)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.metrics import SocialMetricsService
from commdesk.services.settings import SettingsService

OFFICER = ("--as", "李明 Li Ming")
REVIEWER = ("--as", "王芳 Wang Fang")


def _desk(ctx):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    accounts = ctx.service(AccountService)
    weibo = next(p for p in accounts.add_standard_platforms() if p.code == "weibo")
    return accounts.save_account(weibo.id, "市民服务中心")


def test_plan_review_and_publish_a_post(run_cli, db_url, ctx, people):
    account = _desk(ctx)
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "posts",
        "new",
        "--account",
        "weibo/市民服务中心",
        "--at",
        "2030-03-02 10:00",
        "--text",
        "开放日报名开始啦 https://example.org/open-day",
        "--campaign",
        "开放日",
        "--json",
    )
    assert code == 0, err
    post = json.loads(out)
    assert post["state"] == "draft" and post["planned_local"] == "2030-03-02 10:00"
    assert post["author"] == "李明 Li Ming"  # who wrote it: the calendar's owner of the post
    assert post["length"] == 19  # Weibo: eight characters, half a space, a link of 10, rounded up
    pid = str(post["id"])

    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "publish", pid, "--url", "https://weibo.com/1/2"
    )
    assert code == 1 and "approved" in err and "Traceback" not in err
    assert run_cli("--db", db_url, *OFFICER, "posts", "submit", pid)[0] == 0
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "approve", pid)
    assert code == 1  # an officer is no reviewer
    code, out, err = run_cli("--db", db_url, *REVIEWER, "posts", "approve", pid, "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "approved"

    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "publish", pid, "--url", "https://weibo.com/1/2"
    )
    assert code == 0, err
    assert out.splitlines()[0] == "开放日报名开始啦 https://example.org/open-day"
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "show", pid, "--json")
    shown = json.loads(out)
    assert shown["state"] == "published" and shown["published_url"] == "https://weibo.com/1/2"
    assert shown["author"] == "李明 Li Ming"  # the author, not the reviewer nor who published it

    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "list", "--json")
    assert [(p["id"], p["author"]) for p in json.loads(out)] == [(post["id"], "李明 Li Ming")]
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "list")
    assert code == 0 and "市民服务中心" in out and "Asia/Shanghai" in out
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "show", pid)
    assert code == 0 and "https://weibo.com/1/2" in out and "开放日报名开始啦" in out
    assert "Written by: 李明 Li Ming" in out
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "accounts")
    assert code == 0 and "weibo/市民服务中心" in out and "3-5" in out
    # published before its planned day: the calendar shows it when it went out, not in March 2030
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "list", "--from", "2030-03-01", "--to", "2030-03-31", "--json"
    )
    assert json.loads(out) == []
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "new", "--account", "nobody", "--at", "2030-03-02", "--text", "x"
    )
    assert code == 1 and "weibo/市民服务中心" in err
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "new", "--account", str(account.id), "--at", "soon", "--text", "x"
    )
    assert code == 1 and "YYYY-MM-DD HH:MM" in err


def test_metrics_import_all_or_nothing(run_cli, db_url, ctx, people, tmp_path):
    account = _desk(ctx)
    good = tmp_path / "微博数据.csv"
    good.write_bytes("日期,粉丝数,阅读数,互动数\n2026-10-01,100,5,1\n2026-11-01,120,6,2\n".encode("gb18030"))
    bad = tmp_path / "bad.csv"
    bad.write_bytes("日期,粉丝数\n2026-10-01,100\n2026-10-02,lots\n".encode("utf-8-sig"))
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "metrics-import", str(bad), "--account", "市民服务中心"
    )
    assert code == 1 and "Line 3, column 粉丝数" in err
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "metrics-import", str(good), "--account", "市民服务中心", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["months"] == ["2026-10", "2026-11"] and report["encoding"] == "gb18030"
    assert [m.followers for m in ctx.service(SocialMetricsService).series(account.id)] == [100, 120]
    # a Weibo export as downloaded: 万 and dashes, and its 合计 row left out (not counted twice)
    export = tmp_path / "微博12月.csv"
    export.write_bytes(
        "日期,粉丝数,阅读数,转发数,评论数,点赞数\r\n2026/12/01,1.2万,3.5w,1,-,2\r\n"
        "2026/12/02,—,1 234,0,0,0\r\n合计,—,36234,1,0,2\r\n".encode("gb18030")
    )
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "metrics-import", str(export), "--account", "市民服务中心"
    )
    assert code == 0, err
    assert "(2 rows, 0 blank)" in out and "1 totals row (合计/Total) left out" in out
    december = ctx.service(SocialMetricsService).series(account.id)[-1]
    assert (december.followers, december.reads, december.interactions) == (12_000, 36_234, 3)
    code, out, err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "posts",
        "metrics-import",
        str(export),
        "--account",
        "市民服务中心",
        "--json",
    )
    assert (json.loads(out)["rows_used"], json.loads(out)["rows_totals"]) == (2, 1)


def test_wrong_input_is_told_with_the_fix_and_gb18030_text_files_are_read(
    run_cli, db_url, ctx, people, tmp_path
):
    _desk(ctx)
    new = (
        "--db",
        db_url,
        *OFFICER,
        "posts",
        "new",
        "--account",
        "weibo/市民服务中心",
        "--at",
        "2030-03-02 10:00",
    )
    code, out, err = run_cli(*new, "--text-file", str(tmp_path / "nowhere.txt"))
    assert code == 1 and "nowhere.txt cannot be read" in err and "unexpected error" not in err
    chinese = tmp_path / "post.txt"
    chinese.write_bytes("周末开放日，欢迎报名".encode("gb18030"))  # as Notepad saves it in a Chinese Windows
    code, out, err = run_cli(*new, "--text-file", str(chinese), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["text"] == "周末开放日，欢迎报名"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("开放日".encode("utf-16"))
    code, out, err = run_cli(*new, "--text-file", str(utf16))
    assert code == 1 and "neither UTF-8 nor GB18030" in err

    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "list", "--from", "2030-02-30")
    assert code == 1 and "'2030-02-30' is not a day; write YYYY-MM-DD." in err
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "list", "--from", "2030-03-02", "--to", "2030-03-02", "--json"
    )
    assert code == 0, err
    listed = json.loads(out)
    assert [p["id"] for p in listed] == [made["id"]]
    assert listed[0]["planned_at"] == made["planned_at"] == "2030-03-02T02:00:00+00:00"  # one form of instant

    code, out, err = run_cli("posts", "new", "--help")
    assert code == 0 and "GB18030" in out and "platform/name" in out


def test_the_months_report_is_printed_as_json_and_saved_as_csv_excel_reads(
    run_cli, db_url, ctx, people, tmp_path
):
    import csv

    account = _desk(ctx)
    metrics = ctx.service(SocialMetricsService)
    metrics.enter(account.id, date(2026, 10, 1), followers=12000, reach=50000, reads=8000, interactions=900)
    metrics.enter(account.id, date(2026, 11, 1), followers=12500, reach=40000, reads=7000, interactions=1800)
    out_file = tmp_path / "社交媒体月报.csv"
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "report", "--month", "2026-11", "--csv", str(out_file), "--json"
    )
    assert code == 0, err
    (line,) = json.loads(out)["accounts"]
    assert line["account"] == "Weibo · 市民服务中心" and line["followers"] == 12500 and line["growth"] == 500
    assert line["engagement"] == 1800 / 40000
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    with out_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows == [
        {
            "Account": "Weibo · 市民服务中心",
            "Followers": "12500",
            "Growth": "+500",
            "Engagement": "4.5%",
            "Published": "0",
            "Still planned": "0",
            "Weeks below": "6",  # every week that touches November
            "Weeks above": "0",
            "Comments open": "0",
        }
    ]
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "report", "--month", "2026-11")
    assert code == 0 and "Weibo · 市民服务中心: Followers 12,500; Growth +500; Engagement 4.5 %" in out
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "report", "--month", "November")
    assert code == 1 and "write YYYY-MM" in err


def test_accounts_say_what_sm1_found_who_checked_and_when(run_cli, db_url, ctx, people):
    account = _desk(ctx)
    ctx.service(AccountService).check_identity(account.id, name=True, avatar=False, profile=True)
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "accounts")
    assert code == 0, err
    assert "weibo/市民服务中心" in out and "SM-1: to fix: avatar" in out and people["admin"].name in out
    code, out, err = run_cli("--db", db_url, *OFFICER, "posts", "accounts", "--json")
    (row,) = json.loads(out)
    assert row["sm1"] == {"name": True, "avatar": False, "profile": True} and not row["sm1_consistent"]
    assert row["checked_by"] == people["admin"].name and row["checked_at"].endswith("+00:00")


ADMIN = ("--as", "陈静 Chen Jing")


def _new_post(run_cli, db_url) -> str:
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "posts", "new", "--account", "weibo/市民服务中心",
        "--at", "2030-03-02 10:00", "--text", "开放日报名开始啦", "--json",
    )  # fmt: skip
    assert code == 0, err
    return str(json.loads(out)["id"])


def test_an_edit_after_approval_voids_it_until_a_reviewer_approves_again(run_cli, db_url, ctx, people):
    """approve -> edit -> publish refused -> approve again -> publish, all from the command line."""
    _desk(ctx)
    pid = _new_post(run_cli, db_url)
    db = ("--db", db_url)
    assert run_cli(*db, *OFFICER, "posts", "submit", pid)[0] == 0
    assert run_cli(*db, *REVIEWER, "posts", "approve", pid)[0] == 0

    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid, "--text", "开放日报名开始啦，名额有限")
    assert code == 0, err
    assert f"Post {pid} saved: In review." in out
    assert "The approval by 王芳 Wang Fang is void" in out and "approved it again" in out
    code, out, err = run_cli(*db, *OFFICER, "posts", "publish", pid, "--url", "https://weibo.com/1/2")
    assert code == 1 and "approved" in err and "Traceback" not in err
    assert json.loads(run_cli(*db, *OFFICER, "posts", "show", pid, "--json")[1])["published_url"] in (
        "",
        None,
    )

    code, out, err = run_cli(*db, *REVIEWER, "posts", "approve", pid, "--json")
    assert code == 0, err
    assert json.loads(out)["approved_by"] == ["王芳 Wang Fang"]
    code, out, err = run_cli(*db, *OFFICER, "posts", "publish", pid, "--url", "https://weibo.com/1/2")
    assert code == 0, err
    assert out.splitlines()[0] == "开放日报名开始啦，名额有限"  # the text approved the second time
    shown = json.loads(run_cli(*db, *OFFICER, "posts", "show", pid, "--json")[1])
    assert shown["state"] == "published" and shown["text"] == "开放日报名开始啦，名额有限"
    # kept as it went out
    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid, "--title", "x")
    assert code == 1 and "published" in err


def test_edit_changes_only_what_it_is_told_and_a_new_time_keeps_the_approval(
    run_cli, db_url, ctx, people, tmp_path
):
    _desk(ctx)
    pid = _new_post(run_cli, db_url)
    db = ("--db", db_url)
    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid)
    assert code == 1 and "--text, --text-file, --title, --planned or --campaign" in err
    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid, "--text", "a", "--text-file", "b.txt")
    assert code == 1 and "not both" in err
    text = tmp_path / "post.txt"
    text.write_bytes("周末开放日，欢迎报名".encode("gb18030"))
    code, out, err = run_cli(
        *db, *OFFICER, "posts", "edit", pid, "--text-file", str(text), "--campaign", "开放日", "--json"
    )
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["text"], edited["campaign"], edited["planned_local"]) == (
        "周末开放日，欢迎报名",
        "开放日",
        "2030-03-02 10:00",
    )
    assert edited["approvals_voided"] == [] and edited["state"] == "draft"
    run_cli(*db, *OFFICER, "posts", "submit", pid)
    run_cli(*db, *REVIEWER, "posts", "approve", pid)
    # the planned time is no part of what the reviewer approved: moving it keeps the approval
    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid, "--planned", "2030-03-03 09:30", "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["state"] == "approved" and moved["approvals_voided"] == []
    assert moved["planned_local"] == "2030-03-03 09:30"
    code, out, err = run_cli(*db, *OFFICER, "posts", "edit", pid, "--planned", "soon")
    assert code == 1 and "--planned 'soon' is not a time" in err
    # optimistic locking: an edit based on an older version is refused, nothing saved over it
    code, out, err = run_cli(
        *db, *OFFICER, "posts", "edit", pid, "--title", "旧版本", "--expect-version", str(edited["version"])
    )
    assert code == 1 and "Traceback" not in err
    assert "Nothing was saved" in err and f"--expect-version {moved['version']}" in err
    assert json.loads(run_cli(*db, *OFFICER, "posts", "show", pid, "--json")[1])["title"] == ""
    code, out, err = run_cli(
        *db, *OFFICER, "posts", "edit", pid, "--title", "新标题", "--expect-version", str(moved["version"])
    )
    assert code == 0, err
    assert "The approval by 王芳 Wang Fang is void" in out  # the title is part of what was approved


def test_a_reviewer_returns_a_post_with_a_note_never_its_own_last_edit(run_cli, db_url, ctx, people):
    from dataclasses import replace as changed

    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    _desk(ctx)
    pid = _new_post(run_cli, db_url)
    db = ("--db", db_url)
    run_cli(*db, *OFFICER, "posts", "submit", pid)
    code, out, err = run_cli(*db, *REVIEWER, "posts", "return", pid)
    assert code == 2 and "--note" in err  # the note is required
    code, out, err = run_cli(*db, *OFFICER, "posts", "return", pid, "--note", "好")
    assert code == 1 and "Traceback" not in err  # an officer is no reviewer
    code, out, err = run_cli(*db, *REVIEWER, "posts", "return", pid, "--note", "请写明报名方式", "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "returned"
    code, out, err = run_cli(*db, *OFFICER, "posts", "show", pid, "--json")
    assert json.loads(out)["state"] == "returned"
    from commdesk.core.review.kinds import Kind
    from commdesk.services.publishing.posts import PostService
    from commdesk.services.review.service import ReviewService

    comments = ctx.service(ReviewService).comments(Kind.POST, int(pid))
    assert [c.text for c in comments if "请写明报名方式" in c.text]
    # four eyes: 陈静, administrator and reviewer, edits the returned post and submits it; as its
    # last editor she neither returns nor approves it
    people_svc = ctx.service(PeopleService)
    admin = people["admin"]
    people_svc.update(changed(admin, roles=frozenset({*admin.roles, Role.REVIEWER})))
    assert run_cli(*db, *ADMIN, "posts", "edit", pid, "--text", "开放日报名：扫码报名")[0] == 0
    assert run_cli(*db, *ADMIN, "posts", "submit", pid)[0] == 0
    code, out, err = run_cli(*db, *ADMIN, "posts", "return", pid, "--note", "再看看")
    assert code == 1 and "four eyes" in err
    code, out, err = run_cli(*db, *ADMIN, "posts", "approve", pid)
    assert code == 1 and "four eyes" in err
    assert ctx.service(PostService).get(int(pid)).state.value == "in_review"
    code, out, err = run_cli(*db, *REVIEWER, "posts", "return", pid, "--comment", "再补一张图")
    assert code == 0, err
    assert out.strip() == f"Post {pid}: Returned."
