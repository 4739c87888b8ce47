"""Meetings through the services: instants stored in UTC whatever the process zone, the
working calendar in PC-5, four eyes on minutes, the sign-off in the PDF, line breaks kept, and
links or addresses with line breaks refused at save."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.meetings.model import (
    AgendaItem,
    Meeting,
    MeetingKind,
    MinutesState,
    Organiser,
    Participant,
)
from commdesk.core.meetings.schedule import MinutesDue
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.settings import OrgSettings, SettingsService

SH = ZoneInfo("Asia/Shanghai")
STORED: dict[str, object] = {}


def call(start, **kw) -> Meeting:
    values = {
        "kind": MeetingKind.CONFERENCE,
        "topic": "凌晨电话会",
        "purpose": "确认流程",
        "start": start,
        "duration": 60,
        "tz": "Asia/Shanghai",
        "participants": [Participant("李明", "li@example.org")],
        "link": "https://meet.example.org/j/1",
        "agenda": [AgendaItem("流程", "李明", 30)],
        "uid": "fixed-uid@commdesk",
        "organiser": Organiser("王芳", "wang@example.org"),
    }
    values.update(kw)
    return Meeting(**values)


@pytest.mark.timezones
def test_stored_instants_and_ics_do_not_depend_on_the_process_zone(ctx, people, process_tz):
    ctx.clock = lambda: datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    svc = ctx.service(MeetingService)
    m = svc.save(call(datetime(2026, 12, 4, 3, 0, tzinfo=SH)))
    with ctx.unit_of_work() as uow:
        raw = uow.session.execute(
            text("SELECT start FROM meetings WHERE id = :id"), {"id": m.id}
        ).scalar_one()
    stored = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    if stored.utcoffset() is None:
        stored = stored.replace(tzinfo=UTC)
    assert stored == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)
    assert svc.get(m.id).local_start.strftime("%Y-%m-%d %H:%M") == "2026-12-04 03:00"
    ics, _ = svc.invitation_ics(m.id)
    assert b"DTSTART;TZID=Asia/Shanghai:20261204T030000" in ics
    STORED.setdefault("ics", ics)
    assert STORED["ics"] == ics  # byte for byte the same under each process zone


def test_line_breaks_in_links_and_addresses_are_refused_at_save(ctx, people):
    svc = ctx.service(MeetingService)
    for field, value in (
        ("link", "https://meet.example.org/j/1\r\nATTENDEE:mailto:x@y"),
        ("dial_in", "+86 10 8888\n0000"),
        ("room", "3楼\u2028301"),
    ):
        with pytest.raises(ValidationError) as caught:
            svc.save(call(datetime(2026, 12, 4, 3, tzinfo=SH), **{field: value}))
        assert "line break" in caught.value.errors[field]
    with pytest.raises(ValidationError) as caught:
        svc.save(
            call(
                datetime(2026, 12, 4, 3, tzinfo=SH),
                participants=[Participant("李明", "li@example.org\nBcc: all@example.org")],
            )
        )
    assert "participants" in caught.value.errors


def test_minutes_due_counts_the_national_day_holidays(ctx, people):
    settings = ctx.service(SettingsService)
    settings.save_organisation(OrgSettings(time_zone="Asia/Shanghai"))
    ctx.clock = lambda: datetime(2026, 10, 2, 12, tzinfo=SH)
    svc = ctx.service(MeetingService)
    m = svc.save(call(datetime(2026, 9, 30, 17, 30, tzinfo=SH)))  # ends 18:30, after hours
    deadline = ctx.service(MeetingMinutesService).deadline(m.id)
    assert deadline.due_at == datetime(2026, 10, 8, 18, tzinfo=SH) and deadline.status is MinutesDue.DUE
    assert deadline.warning == ""
    # the organisation closes 8 October as well: due on the 9th
    settings.save_organisation(
        OrgSettings(time_zone="Asia/Shanghai", closed_days=((date(2026, 10, 8), "司庆"),))
    )
    assert ctx.service(MeetingMinutesService).deadline(m.id).due_at == datetime(2026, 10, 9, 18, tzinfo=SH)


@pytest.mark.timezones
def test_a_meeting_in_another_zone_is_due_by_the_offices_working_day(ctx, people, process_tz):
    # The office works 9-18 in Shanghai; a call with Los Angeles at 16:00 Friday 2 October there (a
    # Chinese holiday week) ends at 08:00 Saturday 3 October in Shanghai: due at the end of the
    # office's next working day, Thursday 8 October, shown in the meeting's list in its own zone.
    ctx.service(SettingsService).save_organisation(OrgSettings(time_zone="Asia/Shanghai"))
    la = ZoneInfo("America/Los_Angeles")
    ctx.clock = lambda: datetime(2026, 10, 5, 12, tzinfo=SH)
    m = ctx.service(MeetingService).save(call(datetime(2026, 10, 2, 16, tzinfo=la), tz="America/Los_Angeles"))
    deadline = ctx.service(MeetingMinutesService).deadline(m.id)
    assert deadline.due_at == datetime(2026, 10, 8, 18, tzinfo=SH)
    assert deadline.status is MinutesDue.DUE and deadline.warning == ""
    [summary] = [x for x in ctx.service(MeetingService).list() if x.id == m.id]
    assert summary.minutes_due_at == deadline.due_at and summary.start.tzinfo == la


def test_a_year_without_holiday_data_is_said(ctx, people):
    from commdesk.core.workcalendar import covered_years

    year = covered_years().stop + 1
    ctx.clock = lambda: datetime(year, 3, 10, 12, tzinfo=SH)
    m = ctx.service(MeetingService).save(call(datetime(year, 3, 10, 9, tzinfo=SH)))
    warning = ctx.service(MeetingMinutesService).deadline(m.id).warning
    assert str(year) in warning and "Monday to Friday" in warning
    [summary] = [x for x in ctx.service(MeetingService).list() if x.id == m.id]
    assert summary.calendar_warning == warning and summary.minutes_due_at is not None
    assert any(
        f.rule == "PC-5" and str(year) in f.message
        for f in ctx.service(MeetingMinutesService).deadline(m.id).findings
    )


def test_org_settings_round_trip_and_refuse_unknown_zones(ctx, people):
    settings = ctx.service(SettingsService)
    saved = settings.save_organisation(
        OrgSettings(
            time_zone="Europe/Berlin",
            minutes_self_approval=True,
            closed_days=((date(2026, 12, 24), "Heiligabend"),),
        )
    )
    assert saved.time_zone == "Europe/Berlin" and saved.minutes_self_approval
    assert saved.closed_days == ((date(2026, 12, 24), "Heiligabend"),)
    assert settings.time_zone() == "Europe/Berlin"
    with pytest.raises(ValidationError) as caught:
        settings.save_organisation(OrgSettings(time_zone="Mars/Olympus"))
    assert "time_zone" in caught.value.errors


def _circulated(ctx, notes: str, note_taker: str = "") -> Meeting:
    ctx.clock = lambda: datetime(2026, 12, 4, 12, tzinfo=SH)
    m = ctx.service(MeetingService).save(call(datetime(2026, 12, 4, 9, tzinfo=SH), note_taker=note_taker))
    minutes = ctx.service(MeetingMinutesService)
    d = minutes.draft(m.id)
    d.notes = notes
    minutes.save(d)
    minutes.circulate(m.id)
    return m


def test_four_eyes_on_minutes_and_the_sign_off_in_the_pdf(ctx, people, as_person):
    as_person(people["officer"])
    m = _circulated(ctx, "第一行\n第二行\n\n新段落", note_taker=people["officer2"].name)
    minutes = ctx.service(MeetingMinutesService)
    with pytest.raises(PermissionDenied, match="four eyes"):  # wrote them
        minutes.approve(m.id)
    as_person(people["officer2"])
    with pytest.raises(PermissionDenied, match="four eyes"):  # the named note-taker
        minutes.approve(m.id)
    assert "four eyes" in minutes.may_approve(m.id)
    as_person(people["admin"])
    assert minutes.may_approve(m.id) == ""
    signed = minutes.approve(m.id)
    assert signed.state is MinutesState.APPROVED and signed.approved_by == people["admin"].name
    pdf = minutes.minutes_pdf(m.id)
    body = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Approved by {people['admin'].name} on 2026-12-04 12:00 (Asia/Shanghai, UTC+08:00)" in " ".join(
        body.split()
    )
    # line breaks typed into the notes are lines of the PDF (read back with pypdf)
    lines = [line.strip() for line in body.splitlines()]
    assert "第一行" in lines and "第二行" in lines and "新段落" in lines


def test_small_teams_may_allow_self_approval(ctx, people, as_person):
    ctx.service(SettingsService).save_organisation(OrgSettings(minutes_self_approval=True))
    as_person(people["officer"])
    m = _circulated(ctx, "记录", note_taker=people["officer"].name)
    assert ctx.service(MeetingMinutesService).approve(m.id).approved_by == people["officer"].name
