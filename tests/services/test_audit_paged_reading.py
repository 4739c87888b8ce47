"""The audit log read in pages (for its PDF): the summary counts what the pages then hand out,
newest first, nothing twice, nothing written after the summary; the PDF made from it says the
same as the one made from the list."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

from commdesk.core.errors import PermissionDenied
from commdesk.services.audit import AuditService
from commdesk.services.people import PeopleService


def _make_entries(ctx, people, n: int) -> None:
    service = ctx.service(PeopleService)
    officer = service.get(people["officer"].id)
    for i in range(n):
        officer = service.update(replace(officer, department=f"部门 {i}"))


def _pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_pages_hand_out_what_the_summary_counted_newest_first(ctx, people, as_person):
    _make_entries(ctx, people, 12)
    audit = ctx.service(AuditService)
    everything = audit.entries()
    summary = audit.summary()
    assert summary.count == len(everything) and summary.last_id == max(e.id for e in everything)
    assert summary.newest == max(e.at for e in everything) and summary.oldest == min(e.at for e in everything)
    assert set(summary.actors) == {e.actor for e in everything if e.actor}
    pages = list(audit.pages(summary, size=5))
    assert all(len(page) <= 5 for page, _titles in pages)
    read = [e for page, _titles in pages for e in page]
    assert [e.id for e in read] == [
        e.id for e in sorted(everything, key=lambda e: (e.at, e.id), reverse=True)
    ]
    some_titles = {key for _page, titles in pages for key in titles}
    assert ("people", str(people["officer"].id)) in some_titles
    # what is written after the summary is not part of that reading
    _make_entries(ctx, people, 2)
    assert [e.id for page, _ in audit.pages(summary, size=5) for e in page] == [e.id for e in read]
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        audit.summary()


def test_the_streamed_audit_pdf_says_what_the_listed_one_says(ctx, people, tmp_path):
    from commdesk.core.documents.rendering import render
    from commdesk.services.reports import audit_document, audit_log_document

    _make_entries(ctx, people, 30)
    audit = ctx.service(AuditService)
    listed = render(*audit_document(ctx, audit.entries()), tmp_path / "listed.pdf")
    streamed = render(*audit_log_document(ctx, page_size=7), tmp_path / "streamed.pdf")

    def body(path):  # without the creation stamp of the header
        return [line for line in _pdf_text(path).splitlines() if "UTC" not in line or "When" in line]

    assert body(listed) == body(streamed)
