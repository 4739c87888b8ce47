"""``commdesk audit --pdf FILE`` on a demo database, read back with pdftotext and pypdf."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from pypdf import PdfReader


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A demo desk without the few hundred contacts: an audit log of a few thousand entries renders
    in seconds, the full demo's ten thousand take minutes (bench, not a unit test)."""
    from commdesk import demo
    from commdesk.demo import foundation, mail, meetings, releases

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    original = demo.seeders
    demo.seeders = lambda: [foundation, releases, meetings, mail]
    try:
        demo.create_demo(path)
    finally:
        demo.seeders = original
    return path


def _text(path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_audit_pdf_from_the_cli(run_cli, demo_db, tmp_path, remember_person):
    remember_person(demo_db, "陈静", "demo")  # an administrator reads the log
    out_pdf = tmp_path / "audit.pdf"
    code, out, err = run_cli("--db", demo_db, "audit", "--pdf", out_pdf)
    assert code == 0, err
    assert str(out_pdf) in out and out_pdf.is_file()
    code, out, err = run_cli("--db", demo_db, "audit", "--json")
    entries = json.loads(out)
    reader = PdfReader(out_pdf)
    pages = len(reader.pages)
    assert pages > 1
    assert reader.metadata.title == "Audit log"
    text = _text(out_pdf)
    flat = "".join(text.split())
    assert "Audit log" in text and f"{len(entries)} entries" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "华信科技有限公司" in flat  # the letterhead, from the organisation settings
    for name in {e["actor"] for e in entries}:
        assert "".join(name.split()) in flat
    # newest first: the newest entry's value appears before the oldest one's
    newest, oldest = entries[0], entries[-1]
    assert newest["at"] >= oldest["at"]
    first_page = _text_page(out_pdf, 1)
    assert "When" in first_page and "Old → New" in first_page
    assert "Period" in first_page and "People involved" in first_page
    # no partial file left next to the result
    assert [p.name for p in tmp_path.iterdir()] == ["audit.pdf"]


def _text_page(path, number: int) -> str:
    tool = shutil.which("pdftotext")
    return subprocess.run(
        [tool, "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode()


def test_audit_pdf_since_a_date_and_into_a_missing_folder(run_cli, demo_db, tmp_path, remember_person):
    remember_person(demo_db, "陈静", "demo")
    out_pdf = tmp_path / "future.pdf"
    code, _out, err = run_cli("--db", demo_db, "audit", "--since", "2999-01-01", "--pdf", out_pdf)
    assert code == 0, err
    text = _text(out_pdf)
    assert "0 entries" in text and "no entries" in text
    code, _out, err = run_cli("--db", demo_db, "audit", "--pdf", tmp_path / "missing" / "a.pdf")
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
