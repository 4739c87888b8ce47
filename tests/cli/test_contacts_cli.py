"""``commdesk contacts import|export|list|duplicates`` as an administrator runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.conftest import ADMIN_PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_factory):
    return demo_factory(
        tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    )


@pytest.fixture
def db(ctx, people, db_url):
    """The test database; this computer remembers its administrator (commands act as them)."""
    from commdesk.services.people import PeopleService

    people_svc = ctx.service(PeopleService)
    people_svc.remember(people["admin"])
    people_svc.keep_passphrase(people["admin"], ADMIN_PASSPHRASE)  # "Remember on this computer"
    return db_url


def test_import_all_or_nothing_then_skip_invalid(run_cli, db):
    f = FIXTURES / "excel_gb18030.csv"
    code, out, err = run_cli("--db", db, "contacts", "import", f)
    lines = out.strip().splitlines()
    assert code == 1, err
    assert lines[0].startswith("excel_gb18030.csv:6: ") and len(lines) == 4
    assert lines[-1].startswith(
        "Rows read: 6; 3 to create, 0 to update, 0 unchanged, 0 merged into an earlier row "
        "of the file, 3 rejected; nothing was imported"
    )
    code, out, _ = run_cli("--db", db, "contacts", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run_cli("--db", db, "contacts", "import", f, "--skip-invalid", "--dry-run")
    assert code == 0 and out.strip().splitlines()[-1].startswith("Rows read: 6; 3 to create, 0 to update")
    code, out, _ = run_cli("--db", db, "contacts", "import", f, "--skip-invalid", "--list", "两会")
    assert code == 0 and out.strip().splitlines()[-1] == (
        "Rows read: 6; 3 created, 0 updated, 0 unchanged, 0 merged into an earlier row of the file, 3 rejected"
    )
    code, out, _ = run_cli("--db", db, "contacts", "import", f, "--skip-invalid", "--list", "两会")
    assert code == 0 and out.strip().splitlines()[-1] == (
        "Rows read: 6; 0 created, 0 updated, 3 unchanged, 0 merged into an earlier row of the file, 3 rejected"
    )
    code, out, _ = run_cli("--db", db, "contacts", "list", "--search", "wangwei", "--json")
    (wang,) = json.loads(out)
    assert wang["phones"] == ["+8613912345678"] and wang["outlet"] == "新华社" and wang["lists"] == ["两会"]
    assert set(wang) >= {
        "id",
        "name",
        "pinyin",
        "outlet",
        "title",
        "emails",
        "phones",
        "beats",
        "lists",
        "owner",
        "do_not_contact",
    }
    code, out, _ = run_cli("--db", db, "contacts", "list", "--list", "两会")
    assert code == 0 and "3 contacts" in out and "欧阳娜娜" in out


def test_map_and_encoding_options(run_cli, db, tmp_path):
    f = tmp_path / "odd.csv"
    f.write_bytes("Wer;Kontakt;Handy\n王芳;wangfang@example.org;13912340000\n".encode("gb18030"))
    code, _, err = run_cli("--db", db, "contacts", "import", f)
    assert code == 1 and "map" in err.lower()
    code, out, err = run_cli(
        "--db",
        db,
        "contacts",
        "import",
        f,
        "--encoding",
        "gbk",
        "--map",
        "Wer=full_name",
        "--map",
        "Kontakt=email",
        "--map",
        "Handy=phone:mobile",
    )
    assert code == 0, err
    assert (
        out.strip()
        == "Rows read: 1; 1 created, 0 updated, 0 unchanged, 0 merged into an earlier row of the file, "
        "0 rejected"
    )
    code, _, err = run_cli("--db", db, "contacts", "import", f, "--map", "Wer=nickname")
    assert code == 1 and "nickname" in err and "Traceback" not in err
    code, _, err = run_cli("--db", db, "contacts", "import", tmp_path / "missing.csv")
    assert code == 1 and "missing.csv" in err


def test_export_formats(run_cli, demo_db, tmp_path, remember_person):
    remember_person(demo_db, "陈静", "demo")  # an export is written down in the log: someone makes it
    for name, magic in (
        ("all.csv", b"\xef\xbb\xbf"),
        ("all.xlsx", b"PK"),
        ("all.vcf", b"BEGIN:VCARD"),
        ("all.pdf", b"%PDF"),
    ):
        code, out, err = run_cli("--db", demo_db, "contacts", "export", tmp_path / name)
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(magic)
    code, out, _ = run_cli(
        "--db", demo_db, "contacts", "export", tmp_path / "l.csv", "--list", "International press"
    )
    assert code == 0 and "contacts written" in out
    code, out, _ = run_cli(
        "--db", demo_db, "contacts", "export", tmp_path / "s.txt", "--format", "csv", "--search", "新华社"
    )
    assert code == 0
    code, _, err = run_cli("--db", demo_db, "contacts", "export", tmp_path / "x.csv", "--list", "Nope")
    assert code == 1 and "Nope" in err


def test_demo_list_and_duplicates(run_cli, demo_db):
    code, out, _ = run_cli("--db", demo_db, "contacts", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 300
    outlets = {r["outlet"] for r in rows}
    assert {
        "新华社",
        "人民日报",
        "财新",
        "Reuters",
        "Bloomberg",
        "Financial Times",
        "Handelsblatt",
    } <= outlets
    assert any(r["do_not_contact"] for r in rows) and any(r["lists"] for r in rows)
    _code, out, _ = run_cli("--db", demo_db, "contacts", "duplicates", "--json")
    groups = json.loads(out)
    assert len(groups) >= 5 and all(len(g["ids"]) >= 2 and g["reason"] for g in groups)
    _code, out, _ = run_cli("--db", demo_db, "contacts", "duplicates")
    assert "groups of likely duplicates" in out


def test_odd_files_get_a_clear_one_line_refusal(run_cli, db, tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as z:
        z.writestr("a.jpg", b"\xff\xd8")
    big5 = FIXTURES / "big5_names.csv"
    for f, words in (
        (tmp_path / "photos.zip", "is a ZIP archive, not an Excel workbook"),
        (big5, "It looks like Big5"),
    ):
        code, out, err = run_cli("--db", db, "contacts", "import", f)
        assert (
            code == 1
            and words in err
            and "unexpected" not in err.lower()
            and len(err.strip().splitlines()) == 1
        )
    code, out, err = run_cli("--db", db, "contacts", "import", big5, "--encoding", "big5", "--dry-run")
    assert code == 0, err
    assert out.strip().splitlines()[-1].startswith("Rows read: 4; 4 to create")
