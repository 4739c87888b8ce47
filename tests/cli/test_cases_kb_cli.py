"""``commdesk kb list|show|add|edit|approve`` as people use it: an administrator writes, the
reviewer approves (not the author), versions stay readable, only approved texts are offered."""

from __future__ import annotations

import json

ADMIN = ("--as", "陈静 Chen Jing")
REVIEWER = ("--as", "王芳 Wang Fang")
OFFICER = ("--as", "李明 Li Ming")


def test_write_approve_edit_and_read_versions(run_cli, db_url, people, tmp_path):
    code, out, err = run_cli(
        "--db", db_url, *ADMIN, "kb", "add", "--title", "退款多久到账", "--body", "3 个工作日内。", "--json"
    )
    assert code == 0, err
    entry = json.loads(out)
    assert entry["number"] == 1 and entry["approved_number"] is None

    code, out, err = run_cli("--db", db_url, *ADMIN, "kb", "approve", str(entry["id"]))
    assert code == 1 and out == "" and "Reviewer" in err and err.count("\n") == 1
    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "list", "--approved", "--json")
    assert code == 0 and json.loads(out) == []  # not offered before approval

    code, out, err = run_cli("--db", db_url, *REVIEWER, "kb", "approve", str(entry["id"]))
    assert code == 0 and "version 1" in out, err
    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "list", "--approved", "--search", "tk", "--json")
    assert [a["title"] for a in json.loads(out)] == ["退款多久到账"]

    body = tmp_path / "answer.txt"
    body.write_text("5 个工作日内退回原账户。\n", encoding="utf-8")
    code, out, err = run_cli("--db", db_url, *ADMIN, "kb", "edit", str(entry["id"]), "--body-file", body)
    assert code == 0 and "version 2" in out, err
    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "list", "--approved", "--json")
    assert json.loads(out)[0]["body"] == "3 个工作日内。"  # the approved text until version 2 is approved

    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "show", str(entry["id"]), "--json")
    shown = json.loads(out)
    assert [v["number"] for v in shown["versions"]] == [1, 2] and shown["versions"][0]["approved"]
    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "show", str(entry["id"]), "--version", "1")
    assert code == 0 and "3 个工作日内。" in out and "version 2" in out
    code, out, _ = run_cli("--db", db_url, *OFFICER, "kb", "list")
    assert "退款多久到账" in out and "waiting" in out


def test_officers_do_not_write_and_errors_are_one_line(run_cli, db_url, people):
    code, out, err = run_cli("--db", db_url, *OFFICER, "kb", "add", "--title", "x", "--body", "y")
    assert code == 1 and out == "" and err.count("\n") == 1
    code, out, err = run_cli("--db", db_url, *ADMIN, "kb", "show", "99")
    assert code == 1 and "99" in err and err.count("\n") == 1


def test_a_file_that_cannot_be_read_is_said_in_the_interface_language(run_cli, db_url, people, tmp_path):
    missing = tmp_path / "nonexist.txt"
    for lang, words, system in (
        ("en", "there is no such file or folder", "No such file"),
        ("zh_CN", "没有这个文件或文件夹", "No such file"),
    ):
        code, out, err = run_cli(
            "--db", db_url, "--lang", lang, *ADMIN, "kb", "add", "--title", "退款", "--body-file", missing
        )
        assert code == 1 and out == "" and err.count("\n") == 1
        assert words in err and system not in err
    code, out, err = run_cli(
        "--db", db_url, "--lang", "zh_CN", *ADMIN, "kb", "add", "--title", "退款", "--body-file", tmp_path
    )
    assert code == 1 and "这是文件夹，不是文件" in err and "Is a directory" not in err
