"""``commdesk procedure ...`` from the shell, each step ``--as`` the person who does it: import the
shipped procedure, read a rule in both languages, draft a new version from files, submit, approve
(not by the author), adopt it, diff, two people acknowledge, the administrator sees who has and who
has not, the yearly review recorded from a findings file; JSON read back."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

from commdesk.paths import resources_dir
from commdesk.services.procedure import ProcedureService
from commdesk.services.settings import SettingsService

ADMIN = ("--as", "陈静 Chen Jing")
OFFICER = ("--as", "李明 Li Ming")
REVIEWER = ("--as", "王芳 Wang Fang")


def test_the_procedure_from_the_shell(run_cli, ctx, people, db_url, tmp_path):
    def ok(*args, who=ADMIN):
        code, out, err = run_cli("--db", db_url, *who, "procedure", *args)
        assert code == 0, err
        return json.loads(out) if "--json" in args else out

    def refused(*args, who=ADMIN):
        code, out, err = run_cli("--db", db_url, *who, "procedure", *args)
        assert code != 0 and err.startswith("commdesk: "), (code, out, err)
        return err

    assert "import" in refused("show")
    assert "70" in ok("import", "--effective", "2026-01-01")
    shown = ok("show", "--rule", "pc-5", "--json")
    assert shown["version"] == 1 and shown["rules"][0]["zh"].startswith("会议结束后")
    assert "Minutes go out as soon as possible" in ok("show", "--lang", "en", "--rule", "PC-5")

    # a new user starts the next draft from the version in force, written out by export
    assert "procedure draft --zh-file" in ok(
        "export", "--zh-file", tmp_path / "v1.zh.txt", "--en-file", tmp_path / "v1.en.md"
    )
    zh = (tmp_path / "v1.zh.txt").read_text(encoding="utf-8")
    en = (tmp_path / "v1.en.md").read_text(encoding="utf-8")
    folder = resources_dir() / "procedure"
    assert zh.strip() == (folder / "procedure.zh.txt").read_text(encoding="utf-8").strip()
    assert en.strip() == (folder / "procedure.en.md").read_text(encoding="utf-8").strip()
    assert "cannot be written" in refused(
        "export", "--zh-file", tmp_path / "none" / "zh.txt", "--en-file", tmp_path / "en.md"
    )
    (tmp_path / "zh.txt").write_text(zh.replace("【PC-7】", "【PC-9】"), encoding="utf-8")
    (tmp_path / "en.md").write_text(en.replace("| PC-7 |", "| PC-9 |"), encoding="utf-8")
    files = ("--zh-file", str(tmp_path / "zh.txt"), "--en-file", str(tmp_path / "en.md"))
    assert "PC-7" in refused("draft", *files, who=OFFICER)  # a renamed rule keeps its ID
    (tmp_path / "zh.txt").write_text(
        zh.replace("跟进行动项的落实情况。", "每周跟进行动项。"), encoding="utf-8"
    )
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    ok("draft", *files, "--note", "PC-7 weekly", who=OFFICER)
    ok("submit", "2", who=OFFICER)
    ok("return", "2", "--comment", "请写明修改原因", who=REVIEWER)
    ok("submit", "2", who=OFFICER)
    # the author does not approve; nor does an officer, told so in the procedure's words
    assert "review a procedure version" in refused("approve", "2", who=OFFICER)
    ok("approve", "2", who=REVIEWER)
    ok("adopt", "2", "--effective", "2026-01-01")
    assert [(c["id"], c["change"]) for c in ok("diff", "1", "2", "--json")] == [("PC-7", "changed")]
    versions = ok("versions", "--json")
    assert [(v["version"], v["state"], v["current"]) for v in versions] == [
        (2, "adopted", True),
        (1, "adopted", False),
    ]

    said = ok("acknowledge", who=OFFICER)
    ok("acknowledge", who=REVIEWER)
    refused("who-acknowledged", who=OFFICER)
    # the day said is the organisation's, not UTC's (18:00 UTC is the next day in Shanghai)
    acks = ctx.service(ProcedureService).who_acknowledged().acknowledged
    zone = ZoneInfo(ctx.service(SettingsService).time_zone())
    day = acks[0].at.astimezone(zone).date().isoformat()
    assert acks[0].day.isoformat() == day and f"({day})" in said
    assert f"{acks[0].person_name}  {day}" in ok("who-acknowledged")
    who = ok("who-acknowledged", "--json")
    assert who["version"] == 2
    assert sorted(a["name"] for a in who["acknowledged"]) == sorted(
        [people["officer"].name, people["reviewer"].name]
    )
    assert sorted(who["not_yet"]) == sorted([people["admin"].name, people["officer2"].name])

    (tmp_path / "findings.txt").write_text("纪要常常第二天才发出。", encoding="utf-8")
    ok("review-record", "--findings-file", str(tmp_path / "findings.txt"), "--held-on", "2026-01-01")
    assert [r.findings for r in ctx.service(ProcedureService).reviews()] == ["纪要常常第二天才发出。"]
    assert "Findings: 纪要常常第二天才发出。" in ok("reviews")  # read back from the shell too
    assert [(r["held_on"], r["version"]) for r in ok("reviews", "--json")] == [("2026-01-01", 2)]
    assert "2026-13-01" in refused(
        "review-record", "--findings-file", str(tmp_path / "findings.txt"), "--held-on", "2026-13-01"
    )
    (tmp_path / "dept.txt").write_text("新闻稿须经两名审核人批准。", encoding="utf-8")
    ok(
        "department-rule",
        "2",
        "--department",
        "品牌传播部",
        "--title",
        "双人审核",
        "--text-file",
        str(tmp_path / "dept.txt"),
    )
    assert [r.title for r in ctx.service(ProcedureService).department_rules(2)] == ["双人审核"]


def test_administrators_set_the_reviewers_of_a_procedure_version(run_cli, ctx, people, db_url):
    from commdesk.core.review.kinds import Kind
    from commdesk.services.review import ReviewService

    code, _out, err = run_cli("--db", db_url, *ADMIN, "review", "reviewers", "procedure", "2")
    assert code == 0, err
    assert ctx.service(ReviewService).reviewers_needed(Kind.PROCEDURE) == 2
