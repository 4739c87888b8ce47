"""``commdesk evaluation survey-import / surveys / interview / training``: an anonymous survey export
imported from the command line keeps no names; a bad row imports nothing and names the line."""

from __future__ import annotations

import json
import sqlite3

EXPORT = (
    "序号,姓名,Email,1.渠道满意度,2.建议\n"
    "1,欧阳娜娜,ouyang.nana@corp.example,5,多发内网公告\n"
    "2,司马光,sima.guang@corp.example,4,\n"
)


def _cli(run_cli, db, *args):
    return run_cli("--db", db, "--as", "李明", "--passphrase-stdin", "evaluation", *args, stdin="demo\n")


def test_survey_import_anonymously_then_list(demo_db, run_cli, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(EXPORT.encode("gb18030"))
    code, out, err = _cli(
        run_cli, demo_db, "survey-import", str(path), "--title", "CLI 调查", "--period", "2026H2", "--anonymous",
        "--map", "2.建议=您的建议", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (data["responses"], data["questions"], data["anonymous"]) == (2, 2, True)
    assert set(data["dropped_columns"]) == {"序号", "姓名", "Email"}
    db = sqlite3.connect(demo_db)
    tables = (
        "surveys",
        "survey_questions",
        "survey_responses",
        "survey_answers",
        "survey_mappings",
        "audit_log",
    )
    dump = "\n".join(str(v) for t in tables for row in db.execute(f"SELECT * FROM {t}") for v in row)
    db.close()
    assert "您的建议" in dump and "多发内网公告" in dump
    for who in ("欧阳娜娜", "司马光", "ouyang.nana@corp.example", "sima.guang@corp.example"):
        assert who not in dump
    code, out, err = _cli(run_cli, demo_db, "surveys", "--period", "2026H2", "--json")
    assert code == 0, err
    (survey,) = [s for s in json.loads(out) if s["id"] == data["survey"]]
    assert [q["text"] for q in survey["questions"]] == ["1.渠道满意度", "您的建议"]
    assert survey["questions"][0]["mean"] == 4.5


def test_a_bad_row_imports_nothing(demo_db, run_cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("满意度\n5\n4\n好得很\n3\n", encoding="utf-8")
    before = sqlite3.connect(demo_db).execute("SELECT count(*) FROM surveys").fetchone()[0]
    code, out, err = _cli(run_cli, demo_db, "survey-import", str(path), "--title", "Bad", "--anonymous")
    assert code != 0 and "Line 4" in err + out and "好得很" in err + out
    assert sqlite3.connect(demo_db).execute("SELECT count(*) FROM surveys").fetchone()[0] == before


def test_interviews_and_training(demo_db, run_cli):
    code, out, err = _cli(
        run_cli,
        demo_db,
        "interview",
        "add",
        "--day",
        "2026-11-05",
        "--role",
        "部门经理",
        "--themes",
        "跨部门沟通,信息获取",
    )
    assert code == 0 and "跨部门沟通, 信息获取" in out, err
    code, out, err = _cli(run_cli, demo_db, "training", "add", "--day", "2026-11-10", "--topic", "公文写作")
    assert code == 0, err
    session = out.split("#", 1)[1].split()[0]
    code, out, err = _cli(run_cli, demo_db, "training", "attend", session, "张三", "李四")
    code, out, err = _cli(run_cli, demo_db, "training", "attend", session, "王五", "--absent")
    assert code == 0 and "2 of 3" in out, err
    code, out, err = _cli(run_cli, demo_db, "interview", "list", "--period", "2026-11")
    assert code == 0 and "部门经理" in out
    code, out, err = _cli(run_cli, demo_db, "training", "list", "--period", "2026-11")
    assert code == 0 and "公文写作" in out and "2 of 3" in out


def test_an_interview_corrected_from_the_command_line_keeps_what_is_left_out(demo_db, run_cli):
    code, out, err = _cli(
        run_cli, demo_db, "interview", "add", "--day", "2026-11-05", "--role", "部门经理",
        "--themes", "跨部门沟通", "--notes", "希望每周通报一次",
    )  # fmt: skip
    assert code == 0, err
    number = out.split("#", 1)[1].split()[0]
    code, out, err = _cli(run_cli, demo_db, "interview", "edit", number, "--themes", "跨部门沟通,信息获取")
    assert code == 0 and "(version 2)" in out, err
    code, out, err = _cli(run_cli, demo_db, "interview", "list", "--period", "2026-11", "--json")
    assert code == 0, err
    (mine,) = [i for i in json.loads(out) if str(i["id"]) == number]
    assert mine["themes"] == ["跨部门沟通", "信息获取"] and mine["notes"] == "希望每周通报一次"
    assert (mine["role"], mine["version"]) == ("部门经理", 2)
    # made from the version read before that correction: refused, nothing overwritten
    code, out, err = _cli(
        run_cli, demo_db, "interview", "edit", number, "--notes", "旧的记录", "--expected-version", "1"
    )
    assert code != 0 and "Traceback" not in err
    code, out, err = _cli(run_cli, demo_db, "interview", "list", "--period", "2026-11", "--json")
    assert [i["notes"] for i in json.loads(out) if str(i["id"]) == number] == ["希望每周通报一次"]
