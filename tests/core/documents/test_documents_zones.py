"""Every document names its zone: the "created" stamp in the header and the PDF's creation date are
in the document's zone (the organisation's), whatever zone the process runs in."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from commdesk.core.documents.contacts import media_list_document
from commdesk.core.documents.home import status_document
from commdesk.core.documents.meetings import action_report_document, agenda_document
from commdesk.core.documents.rendering import render, render_bytes
from commdesk.core.documents.spec import Document, Letterhead, Paragraph
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.services.settings import OrgSettings

pytestmark = pytest.mark.timezones

# 19:00 UTC on 3 December: 03:00 on 4 December in Shanghai, 11:00 on 3 December in Los Angeles.
INSTANT = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)


def _first_page(pdf, path) -> str:
    return pdf.text(path, "-f", "1", "-l", "1")


def test_the_created_stamp_is_in_the_documents_zone_and_names_it(tmp_path, pdf, process_tz):
    # the longest IANA name still fits beside the date, whole
    long_zone = render(
        Document("R", created=INSTANT, zone="America/Argentina/ComodRivadavia"),
        [Paragraph("x")],
        tmp_path / "long.pdf",
    )
    assert "America/Argentina/ComodRivadavia" in _first_page(pdf, long_zone)
    assert "2026-12-03 16:00 UTC-03:00" in _first_page(pdf, long_zone)
    path = render(
        Document("报告", created=INSTANT, zone="Asia/Shanghai", letterhead=Letterhead("新闻办")),
        [Paragraph("x")],
        tmp_path / "a.pdf",
    )
    header = _first_page(pdf, path)
    assert "2026-12-04 03:00 UTC+08:00" in header and "Asia/Shanghai" in header
    assert "2026-12-03" not in header  # not the process's day (Los Angeles)
    assert PdfReader(path).metadata["/CreationDate"].startswith("D:20261204030000+08")


def test_the_same_document_gives_the_same_bytes_under_every_process_zone(process_tz):
    # reportlab writes the creation date and an ID derived from it: both come from the document's zone
    doc = Document("Report", created=INSTANT, zone="America/Los_Angeles", language="en")
    reader = PdfReader(io.BytesIO(render_bytes(doc, [Paragraph("x")])))
    assert reader.metadata["/CreationDate"].startswith("D:20261203110000-08")


def test_dst_switch_in_los_angeles(tmp_path, pdf):
    # 10:30 UTC on 8 March 2026 is 03:30 PDT, just after the spring-forward gap (02:00 -> 03:00)
    moment = datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    path = render(
        Document("R", created=moment, zone="America/Los_Angeles"), [Paragraph("x")], tmp_path / "d.pdf"
    )
    header = _first_page(pdf, path)
    assert "2026-03-08 03:30 UTC-07:00" in header and "America/Los_Angeles" in header
    # a naive time is wall-clock time in the document's zone; one in the gap moves forward by it
    naive = render_bytes(
        Document("R", created=datetime(2026, 3, 8, 2, 30), zone="America/Los_Angeles"), [Paragraph("x")]
    )
    assert PdfReader(io.BytesIO(naive)).metadata["/CreationDate"].startswith("D:20260308033000-07")


def test_without_a_zone_the_computers_zone_is_used_by_name(tmp_path, pdf, process_tz):
    path = render(Document("R", created=INSTANT), [Paragraph("x")], tmp_path / "n.pdf")
    header = _first_page(pdf, path)
    assert process_tz in header
    expected = "2026-12-04 03:00" if process_tz == "Asia/Shanghai" else "2026-12-03 11:00"
    assert expected in header


def test_documents_built_from_the_organisation_use_its_zone(process_tz):
    org = OrgSettings(name="新闻办", time_zone="Asia/Shanghai")
    meeting = Meeting(
        kind=MeetingKind.IN_PERSON, topic="周会", start=INSTANT, duration=60, tz="Europe/Berlin"
    )
    assert agenda_document(meeting, org)[0].zone == "Asia/Shanghai"
    assert action_report_document([], org, "owner", date(2026, 12, 4))[0].zone == "Asia/Shanghai"
    assert media_list_document([], org)[0].zone == "Asia/Shanghai"
    # no organisation settings: the computer's zone, by name
    assert media_list_document([], None)[0].zone == process_tz


def test_status_report_time_is_in_the_given_zone_and_named(process_tz):
    from commdesk.services.home import HomeFigures, HomeSnapshot

    figures = HomeFigures(*[() for _ in HomeFigures.__dataclass_fields__])
    snapshot = HomeSnapshot(at=INSTANT, person="王芳", sections=(), figures=figures)
    doc, _ = status_document(snapshot, "新闻办", zone="Asia/Shanghai")
    assert doc.subtitle == "2026-12-04 03:00 (Asia/Shanghai, UTC+08:00)"
    assert "2026-12-04" in doc.reference and doc.zone == "Asia/Shanghai" and doc.created == INSTANT
    assert status_document(snapshot, "新闻办")[0].zone == process_tz
