"""``commdesk releases ...`` and ``commdesk templates list`` as a user runs them, and the files they
write read back: PDF text with pdftotext/pypdf, plain text, HTML, .eml."""

from __future__ import annotations

import email
import email.policy
import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import OrgSettings, SettingsService

EMBARGO = datetime(2026, 3, 12, 2, 0, tzinfo=UTC)


def _pdftext(path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture
def release(ctx, people, as_person):
    now = {"t": datetime(2026, 3, 10, tzinfo=UTC)}
    ctx.clock = lambda: now["t"]
    ctx.service(SettingsService).save_organisation(
        OrgSettings(name="华信科技", boilerplate="关于华信 <b>&</b>")
    )
    svc = ctx.service(ReleaseService)
    as_person(people["officer"])
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布 <平台> & 新品",
                body_markdown="**第一段** 华信今日发布。\n\n第二段。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
                boilerplate="关于华信 <b>&</b>",
                embargo=EMBARGO,
            ),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    as_person(people["reviewer"])
    ctx.service(ReleaseReviewService).add_comment(r.id, "数据来源？")
    svc.act(r.id, Action.APPROVE)
    as_person(people["admin"])
    return svc.get(r.id), now


def test_list_text_and_json(ctx, db_url, release, run_cli):
    code, out, _ = run_cli("--db", db_url, "releases", "list")
    assert code == 0 and "PR-2026-001 v1" in out and "华信发布 <平台> & 新品" in out
    code, out, _ = run_cli("--db", db_url, "releases", "list", "--state", "approved", "--json")
    data = json.loads(out)
    assert code == 0 and data[0]["reference"] == "PR-2026-001" and data[0]["state"] == "approved"
    code, out, _ = run_cli("--db", db_url, "releases", "list", "--state", "draft", "--json")
    assert json.loads(out) == []


def test_wrong_arguments_say_one_line(db_url, release, run_cli):
    code, _, err = run_cli("--db", db_url, "releases", "export", "PR-2026-999", "x.pdf")
    assert code == 1 and err.count("\n") == 1 and "PR-2026-999" in err
    code, _, err = run_cli("--db", db_url, "releases", "list", "--state", "bogus")
    assert code == 2 and "invalid choice" in err
    code, _, err = run_cli("--db", db_url, "releases", "export", "1", "/no/such/folder/x.pdf")
    assert code == 1 and "does not exist" in err


def test_export_pdf_before_publication_has_watermark_and_embargo(db_url, release, run_cli, tmp_path):
    target = tmp_path / "r.pdf"
    code, _, err = run_cli("--db", db_url, "releases", "export", "PR-2026-001", target)
    assert code == 0, err
    text = _pdftext(target)
    assert "华信发布 <平台> & 新品" in text and "关于华信 <b>&</b>" in text
    assert "【禁发】" in text and "2026-03-12 10:00 (UTC+08:00)" in text
    assert "PR-2026-001 v1" in text and "已批准" in text
    assert "草稿" not in text  # approved: no draft mark (and the mark is outlines, never text)
    meta = PdfReader(str(target)).metadata
    assert meta.title == "华信发布 <平台> & 新品"


def test_export_review_record_lists_hashes_names_and_comments(db_url, release, run_cli, tmp_path):
    r, _ = release
    target = tmp_path / "review.pdf"
    assert run_cli("--db", db_url, "releases", "export", "1", target, "--format", "review")[0] == 0
    text = "".join(_pdftext(target).split())
    assert r.content_hash in text
    assert "王芳WangFang" in text and "数据来源？" in text and "请审" in text


def test_export_text_html_and_coverage(ctx, db_url, release, run_cli, tmp_path):
    r, _ = release
    ctx.service(ReleaseCoverageService).add(
        Coverage(r.id, "新华网", date(2026, 3, 12), tone="positive", reach=1000)
    )
    assert run_cli("--db", db_url, "releases", "export", "1", tmp_path / "r.txt")[0] == 0
    txt = (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert txt.startswith("【禁发】") and "上海，2026年3月10日——" in txt
    assert run_cli("--db", db_url, "releases", "export", "1", tmp_path / "r.html")[0] == 0
    assert "&lt;平台&gt; &amp; 新品" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert (
        run_cli("--db", db_url, "releases", "export", "1", tmp_path / "c.pdf", "--format", "coverage")[0] == 0
    )
    assert "新华网" in _pdftext(tmp_path / "c.pdf")
    code, _, _ = run_cli(
        "--db", db_url, "releases", "coverage-report", tmp_path / "p.pdf", "--from", "2026-03-01"
    )
    assert code == 0 and "PR-2026-001" in _pdftext(tmp_path / "p.pdf").replace("\n", "")
    assert (
        run_cli("--db", db_url, "releases", "coverage-report", tmp_path / "p.pdf", "--from", "March")[0] == 1
    )


def test_eml_per_recipient_with_embargo_and_pdf(db_url, release, run_cli, tmp_path):
    code, _, err = run_cli(
        "--db",
        db_url,
        "releases",
        "eml",
        "1",
        tmp_path,
        "--to",
        "张伟 <zhang@example.com>",
        "--to",
        "b@example.org",
    )
    assert code == 0, err
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2
    msg = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and "zhang@example.com" in msg["To"]
    assert "【禁发】" in msg.get_body(("plain",)).get_content()
    assert [p.get_filename() for p in msg.iter_attachments()] == ["PR-2026-001.pdf"]


def test_published_copy_drops_the_embargo(ctx, db_url, release, run_cli, tmp_path, as_person, people):
    r, now = release
    now["t"] = EMBARGO + timedelta(minutes=5)
    as_person(people["officer"])
    ctx.service(ReleaseService).act(r.id, Action.PUBLISH)
    assert run_cli("--db", db_url, "releases", "export", "1", tmp_path / "p.pdf")[0] == 0
    text = _pdftext(tmp_path / "p.pdf")
    assert "【禁发】" not in text and "已发布" in text


def test_templates_list(db_url, people, run_cli):
    code, out, _ = run_cli("--db", db_url, "templates", "list")
    assert code == 0 and "crisis_response" in out and "声明" in out
    code, out, _ = run_cli("--db", db_url, "templates", "list", "--json")
    data = json.loads(out)
    assert len(data) == 10 and "organisation" in data[0]["placeholders"]


def test_eml_for_the_releases_distribution_lists(ctx, db_url, release, run_cli, tmp_path, people):
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.services.contacts.lists import ContactListService
    from commdesk.services.contacts.service import ContactService

    r, _ = release
    contacts = ctx.service(ContactService)
    a = contacts.create(ContactRecord(full_name="张伟", emails=[Email("work", "zhang@xinhua.example.com")]))
    b = contacts.create(ContactRecord(full_name="李娜", emails=[Email("work", "li@thepaper.example.com")]))
    lists = ctx.service(ContactListService)
    tech = lists.create_static("科技媒体")
    lists.add(tech.id, [a.id, b.id])
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    fresh = svc.get(r.id)
    svc.save(r.id, fresh.edit(lists=((tech.id, "科技媒体"),)), fresh.version)
    ctx.current = lambda: people["admin"]
    code, _, err = run_cli("--db", db_url, "releases", "eml", "1", tmp_path)
    assert code == 0, err
    tos = sorted(
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["To"].addresses[0].addr_spec
        for p in tmp_path.glob("*.eml")
    )
    assert tos == ["li@thepaper.example.com", "zhang@xinhua.example.com"]
