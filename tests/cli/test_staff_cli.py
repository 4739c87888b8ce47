"""``commdesk staff import|list|lists|add-list|unsubscribe|hygiene`` as an administrator runs them:
the import's report accounts for every row and exits 1 when nothing was saved, the lists and the
members read back as JSON, an unsubscribe holds against a later import, the hygiene CSV in GB18030."""

from __future__ import annotations

import csv
import io
import json

ADMIN = ("--as", "陈静 Chen Jing")
OFFICER = ("--as", "李明 Li Ming")


def test_import_list_unsubscribe_and_hygiene(run_cli, db_url, people, tmp_path):
    code, out, err = run_cli("--db", db_url, *ADMIN, "staff", "add-list", "全员通知", "--en", "All staff")
    assert code == 0, err
    code, out, err = run_cli(
        "--db", db_url, *ADMIN, "staff", "add-list", "周报", "--en", "Weekly", "--cap", "2", "--cap-days", "7"
    )
    assert code == 0, err
    path = tmp_path / "员工.csv"
    path.write_bytes(
        "姓名,邮箱,部门\r\n王芳,wang@example.org,市场部\r\n李明,li@example.org,人事部\r\n坏地址,nope,\r\n".encode(
            "gb18030"
        )
    )
    code, out, err = run_cli("--db", db_url, *ADMIN, "staff", "import", str(path), "--list", "全员通知")
    assert code == 1
    assert "Nothing was saved" in out and "rejected" in out and "row" not in err
    code, out, err = run_cli(
        "--db", db_url, *ADMIN, "staff", "import", str(path), "--list", "全员通知", "--partial", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["written"] and report["counts"] == {"added": 2, "updated": 0, "unchanged": 0, "rejected": 1}
    assert [r["row"] for r in report["rows"]] == [2, 3, 4]

    code, out, err = run_cli("--db", db_url, *OFFICER, "staff", "lists", "--json")
    assert code == 0, err
    lists = {lst["name_zh"]: lst for lst in json.loads(out)}
    assert lists["全员通知"]["counts"] == {"subscribed": 2} and lists["周报"]["cap_count"] == 2

    code, out, err = run_cli(
        "--db", db_url, *ADMIN, "staff", "unsubscribe", "WANG@example.org", "--list", "All staff"
    )
    assert code == 0, err
    code, out, err = run_cli(
        "--db", db_url, *ADMIN, "staff", "import", str(path), "--list", "全员通知", "--partial"
    )
    assert (
        code == 0 and "1 person who had unsubscribed or whose mail bounced was not subscribed again." in out
    )
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "staff", "list", "--list", "全员通知", "--status", "subscribed", "--json"
    )
    assert code == 0, err
    assert [m["email"] for m in json.loads(out)] == ["li@example.org"]

    # an officer reads but does not keep the directory
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "staff", "unsubscribe", "li@example.org", "--list", "全员通知"
    )
    assert code == 1 and "administrator" in err.lower()

    code, out, err = run_cli("--db", db_url, *ADMIN, "staff", "list")
    assert code == 0 and "王芳" in out and "unsubscribed" in out and "李明" in out
    target = tmp_path / "hygiene.csv"
    code, out, err = run_cli("--db", db_url, *OFFICER, "staff", "hygiene", "--csv", str(target), "--gb18030")
    assert code == 0, err
    assert "Bounced: 0" in out
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("gb18030"))))
    assert rows[0][1] == "Name" and len(rows) == 1


def test_an_unknown_list_is_one_line_naming_the_lists(run_cli, db_url, people, tmp_path):
    run_cli("--db", db_url, *ADMIN, "staff", "add-list", "全员通知")
    code, _out, err = run_cli("--db", db_url, *ADMIN, "staff", "list", "--list", "没有")
    assert code == 1
    assert err.strip().count("\n") == 0 and "全员通知" in err
