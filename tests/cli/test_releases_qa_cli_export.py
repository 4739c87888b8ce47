"""``commdesk releases export`` never writes a PDF under a name that says another format
(``d.docx``, ``d.md``, no extension); it refuses and lists the formats it writes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService


@pytest.fixture
def release_id(ctx, people, as_person):
    ctx.clock = lambda: datetime(2026, 3, 10, tzinfo=UTC)
    as_person(people["officer"])
    return (
        ctx.service(ReleaseService)
        .create(
            ReleaseEdit(
                ReleaseContent(
                    title="华信发布新平台",
                    body_markdown="第一段。",
                    dateline_city="上海",
                    dateline_date=date(2026, 3, 10),
                )
            )
        )
        .id
    )


@pytest.mark.parametrize("name", ["d.docx", "d.md", "noext"])
def test_a_name_that_says_no_known_format_is_refused(db_url, release_id, run_cli, tmp_path, name):
    target = tmp_path / name
    code, out, err = run_cli("--db", db_url, "releases", "export", release_id, target)
    assert code != 0 and "Wrote" not in out
    assert name in err and ".pdf" in err and ".txt" in err and ".html" in err and "--format" in err
    assert not target.exists()


def test_known_names_and_an_explicit_format_still_write(db_url, release_id, run_cli, tmp_path):
    # a draft may only leave as a PDF for internal review (the release gate); that is enough here
    code, _out, err = run_cli("--db", db_url, "releases", "export", release_id, tmp_path / "d.PDF")
    assert code == 0 and (tmp_path / "d.PDF").read_bytes().startswith(b"%PDF"), err
    code, _out, err = run_cli(
        "--db", db_url, "releases", "export", release_id, tmp_path / "d.draft", "--format", "pdf"
    )
    assert code == 0 and (tmp_path / "d.draft").read_bytes().startswith(b"%PDF"), err
    code, _out, err = run_cli("--db", db_url, "releases", "export", release_id, tmp_path / "d.txt")
    assert code != 0 and "Draft" in err and not (tmp_path / "d.txt").exists()  # the gate, not the name


def test_the_coverage_report_must_be_named_pdf(db_url, release_id, run_cli, tmp_path):
    code, _out, err = run_cli("--db", db_url, "releases", "coverage-report", tmp_path / "c.docx")
    assert code != 0 and "c.pdf" in err and not (tmp_path / "c.docx").exists()
