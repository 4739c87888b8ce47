"""``contacts import`` never surprises: --dry-run shows each existing contact's
field-level changes (old -> new) before anything is written, --keep-existing / --replace-notes
decide them, notes are appended by default, and every row read is accounted for: the counts
printed add up to the rows read, and a row that repeats an earlier one says which."""

from __future__ import annotations

import csv
import re

import pytest
from tests.conftest import ADMIN_PASSPHRASE

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.service import ContactQuery, ContactService

COUNTS = re.compile(
    r"Rows read: (\d+); (\d+) (?:created|to create), (\d+) (?:updated|to update), (\d+) unchanged, "
    r"(\d+) merged into an earlier row of the file, (\d+) rejected"
)


@pytest.fixture
def stored(ctx, people):
    from commdesk.services.people import PeopleService

    ctx.service(PeopleService).remember(people["admin"])  # the commands act as this computer's person
    ctx.service(PeopleService).keep_passphrase(people["admin"], ADMIN_PASSPHRASE)  # and its passphrase
    svc = ctx.service(ContactService)
    wang = svc.create(
        ContactRecord(
            full_name="王伟",
            title="记者",
            outlet="新华社",
            notes="老朋友",
            emails=[Email("work", "wangwei@xinhua.example.com")],
        )
    )
    li = svc.create(
        ContactRecord(
            full_name="李娜", title="编辑", outlet="财新", phones=[Phone("mobile", "+8613812345678")]
        )
    )
    return svc, wang, li


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "职位", "媒体", "邮箱", "手机", "备注"])
        w.writerows(rows)
    return path


ROWS = [
    ["王伟", "主编", "新华社", "wangwei@xinhua.example.com", "", "喜欢电话"],  # 2 updates 王伟
    ["王伟", "", "", "WangWei@xinhua.example.com", "13912345678", ""],  # 3 same person as row 2
    ["张敏", "记者", "澎湃新闻", "zhangmin@thepaper.example.cn", "", ""],  # 4 new
    ["张敏", "", "", "", "", "上午联系"],  # 5 no way to match: rejected
    ["陈晨", "记者", "界面", "chenchen@jiemian.example.com", "13700001111", ""],  # 6 new
    ["陈 晨", "", "", "", "137 0000 1111", ""],  # 7 same person as row 6
    ["赵六", "", "", "not-an-address", "", ""],  # 8 rejected
    ["李娜", "编辑", "财新", "", "13812345678", ""],  # 9 unchanged
]


def numbers(line):
    m = COUNTS.search(line)
    assert m, line
    rows, *parts = map(int, m.groups())
    return rows, parts


def test_dry_run_shows_each_change_and_every_row_is_accounted_for(run_cli, db_url, stored, tmp_path):
    svc, wang, _li = stored
    f = write(tmp_path / "list.csv", ROWS)
    code, out, err = run_cli("--db", db_url, "contacts", "import", f, "--dry-run", "--skip-invalid")
    assert code == 0, err
    lines = out.splitlines()
    assert f"update #{wang.id} 王伟 (rows 2, 3):" in lines
    assert "  Title: 记者 → 主编" in lines
    assert "  Notes: 老朋友 → 老朋友 | 喜欢电话" in lines  # appended, not replaced
    assert "  Phone: (empty) → +86 139 1234 5678 (mobile)" in lines
    assert "list.csv:3: the same person as row 2; merged into row 2" in lines
    assert "list.csv:7: the same person as row 6; merged into row 6" in lines
    assert any(x.startswith("list.csv:8: ") for x in lines) and any(
        x.startswith("list.csv:5: ") for x in lines
    )
    rows, (created, updated, unchanged, merged, rejected) = numbers(lines[-1])
    assert (rows, created, updated, unchanged, merged, rejected) == (8, 2, 1, 1, 2, 2)
    assert created + updated + unchanged + merged + rejected == rows == len(ROWS)
    assert svc.get(wang.id).record.title == "记者" and svc.count(ContactQuery()) == 2  # nothing written

    code, out, err = run_cli(
        "--db", db_url, "contacts", "import", f, "--skip-invalid", "--keep-existing", "title"
    )
    assert code == 0, err
    rows, parts = numbers(out.splitlines()[-1])
    assert rows == 8 and sum(parts) == rows and parts == [2, 1, 1, 2, 2]
    got = svc.get(wang.id).record
    assert got.title == "记者" and got.notes == "老朋友\n喜欢电话" and len(got.phones) == 1
    assert svc.count(ContactQuery()) == 4

    # the same file again: nothing changes (the notes are not appended twice) and the rows still add up
    code, out, err = run_cli(
        "--db", db_url, "contacts", "import", f, "--skip-invalid", "--keep-existing", "title"
    )
    rows, parts = numbers(out.splitlines()[-1])
    assert code == 0 and parts == [0, 0, 4, 2, 2] and sum(parts) == rows


def test_keep_existing_for_all_and_replace_notes(run_cli, db_url, stored, tmp_path):
    svc, wang, _ = stored
    f = write(
        tmp_path / "one.csv",
        [["王伟", "主编", "人民日报", "wangwei@xinhua.example.com", "", "只接受书面采访"]],
    )
    code, out, err = run_cli("--db", db_url, "contacts", "import", f, "--keep-existing", "all")
    assert code == 0, err
    assert numbers(out.splitlines()[-1])[1] == [0, 0, 1, 0, 0]
    assert svc.get(wang.id).record.title == "记者" and svc.get(wang.id).record.notes == "老朋友"
    code, out, err = run_cli(
        "--db", db_url, "contacts", "import", f, "--replace-notes", "--keep-existing", "outlet"
    )
    assert code == 0, err
    got = svc.get(wang.id).record
    assert (got.title, got.outlet, got.notes) == ("主编", "新华社", "只接受书面采访")
    code, _, err = run_cli("--db", db_url, "contacts", "import", f, "--keep-existing", "nickname")
    assert code != 0 and "nickname" in err
