"""A file that is not a database, or a damaged one, is named as such, with a way out that is not
'run db check' (which said the same thing again)."""

from __future__ import annotations

import pytest

from commdesk.bootstrap import open_database
from commdesk.core.errors import CommdeskError


def test_a_csv_given_as_database_is_named_not_a_database(run_cli, tmp_path):
    csv = tmp_path / "out.csv"
    csv.write_text("Full name,E-mail 1\nLi Ming,li@example.org\n", encoding="utf-8")
    for args in (("people", "list"), ("db", "check")):
        code, _out, err = run_cli("--db", csv, *args)
        assert code == 1 and err.count("\n") == 1
        assert f"{csv} is not a commdesk database (not a SQLite file)" in err
        assert "refused the change" not in err and "db check" not in err
    assert csv.read_text(encoding="utf-8").startswith("Full name")  # left alone


def test_a_cut_short_database_is_named_damaged_and_restoring_into_a_new_file_works(
    run_cli, demo_db, tmp_path, remember_person
):
    backup = tmp_path / "b.sqlite3"
    remember_person(demo_db, "陈静", "demo")  # an administrator makes the backup
    assert run_cli("--db", demo_db, "backup", backup)[0] == 0
    trunc = tmp_path / "trunc.sqlite3"
    trunc.write_bytes(demo_db.read_bytes()[:10000])
    for args in (("people", "list"), ("db", "check"), ("audit", "--verify")):
        code, _out, err = run_cli("--db", trunc, *args)
        assert code == 1 and err.count("\n") == 1, err
        assert f"{trunc} is damaged" in err and "restore" in err
        assert "refused the change" not in err and "'commdesk db check'" not in err
    fresh = tmp_path / "fresh.sqlite3"
    code, _out, err = run_cli("--db", fresh, "restore", backup)  # the way out the message names
    assert code == 0, err
    assert run_cli("--db", fresh, "db", "check")[0] == 0


def test_the_window_gets_the_same_sentence(tmp_path):
    """The window's start-up error shows the CommdeskError's text as it is."""
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    with pytest.raises(CommdeskError, match="is not a commdesk database"):
        open_database(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
