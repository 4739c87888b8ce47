"""Media inquiries (MD-5) logged and answered from a contact's cooperation history are cases at once:
the case exists the moment the inquiry is logged, and an answer recorded in the history stops its
clocks at once (no sweep needed). Logging and answering them is the media liaison's, an officer's;
a reviewer is refused in words by the service (and by the server on a team database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.clocks import ClockKind, ClockPhase
from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import PermissionDenied
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def journalist(ctx, people):
    """The office in Shanghai (09:00-18:00), a journalist; the clock at Thursday 3 Dec 2026 10:00."""
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: at(2026, 12, 3, 10, 0).astimezone(UTC)
    return ctx.service(ContactService).create(
        ContactRecord(
            full_name="周记者", outlet="人民日报", emails=[Email("work", "zhou@people.example", True)]
        )
    )


def _clock(case, kind):
    return next(c for c in case.clocks if c.kind is kind)


def _case_of(ctx, interaction_id):
    found = [c for c in ctx.service(CaseService).list(limit=None) if c.channel is Channel.MEDIA_INQUIRY]
    cases = [ctx.service(CaseService).get(c.id) for c in found]
    return next(c for c in cases if c.interaction_id == interaction_id)


def test_an_inquiry_logged_on_a_contact_is_a_case_at_once(ctx, people, journalist, as_person):
    as_person(people["officer"])
    contacts = ctx.service(ContactService)
    entry = contacts.log_interaction(
        journalist.id,
        "inquiry",
        at(2026, 12, 3, 9, 40),
        "phone",
        "问年度报告的发布时间",
        deadline=at(2026, 12, 3, 17, 0),
        liaison="李明",
    )
    assert entry.kind == "inquiry" and entry.channel == "phone" and entry.liaison == "李明"
    assert entry.deadline == at(2026, 12, 3, 17, 0)  # the journalist's deadline, as typed
    case = _case_of(ctx, entry.id)
    assert case.contact_id == journalist.id and case.raised_by == "周记者"
    assert case.summary == "问年度报告的发布时间" and case.received_at == at(2026, 12, 3, 9, 40)
    assert _clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.RUNNING
    # nothing left for the sweep that took in inquiries logged outside the desk
    assert ctx.service(CaseService).adopt_inquiries() == 0
    [shown] = contacts.history(journalist.id)  # the contact's history shows it once, as before
    assert shown.id == entry.id and shown.answered_at is None
    assert [(i.id, name) for i, name in contacts.open_inquiries()] == [(entry.id, "周记者")]


def test_an_answer_in_the_history_stops_the_case_clock_at_once(ctx, people, journalist, as_person):
    as_person(people["officer"])
    contacts = ctx.service(ContactService)
    entry = contacts.log_interaction(journalist.id, "inquiry", at(2026, 12, 3, 9, 40), "", "求证一则传闻")
    answered = contacts.answer_inquiry(entry.id, at(2026, 12, 3, 11, 15))  # the contacts pane's button
    assert answered.answered_at == at(2026, 12, 3, 11, 15)
    case = _case_of(ctx, entry.id)
    first = _clock(case, ClockKind.FIRST_RESPONSE)
    assert case.first_response_at == at(2026, 12, 3, 11, 15) and first.phase is ClockPhase.MET
    assert case.status is CaseStatus.IN_PROGRESS
    assert any(c.kind is ClockKind.NEXT_UPDATE and c.phase is ClockPhase.RUNNING for c in case.clocks)
    assert contacts.open_inquiries() == []
    # a correction of the time is the history's; the case keeps its first response
    contacts.answer_inquiry(entry.id, at(2026, 12, 3, 11, 20))
    assert _case_of(ctx, entry.id).first_response_at == at(2026, 12, 3, 11, 15)


def test_an_inquiry_logged_after_it_was_answered(ctx, people, journalist, as_person):
    as_person(people["officer"])
    entry = ctx.service(ContactService).log_interaction(
        journalist.id,
        "inquiry",
        at(2026, 12, 3, 8, 30),
        "email",
        "请提供新闻稿原文",
        answered_at=at(2026, 12, 3, 9, 5),
    )
    case = _case_of(ctx, entry.id)
    assert case.first_response_at == at(2026, 12, 3, 9, 5)
    assert _clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.MET


def test_an_older_inquiry_without_a_case_gets_one_when_answered(ctx, people, journalist, as_person):
    """An inquiry written to the history by an earlier version (no case yet): answering it makes its
    case, already answered, instead of leaving it for the sweep."""
    from commdesk.persistence.repositories.contacts import history

    as_person(people["officer"])
    with ctx.unit_of_work() as uow:
        old = history.add_interaction(
            uow.session,
            contact_id=journalist.id,
            kind="inquiry",
            at=at(2026, 12, 2, 15, 0),
            channel="phone",
            summary="旧版记下的询问",
            logged_by=people["officer"].name,
            logged_by_id=people["officer"].id,
            deadline=at(2026, 12, 3, 12, 0),
            liaison="",
        ).id
    ctx.service(ContactService).answer_inquiry(old, at(2026, 12, 3, 9, 30))
    case = _case_of(ctx, old)
    assert case.first_response_at == at(2026, 12, 3, 9, 30) and case.status is CaseStatus.RESOLVED
    assert _clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.MET
    assert ctx.service(CaseService).adopt_inquiries() == 0


def test_inquiries_are_the_liaisons_a_reviewer_is_told_why(ctx, people, journalist, as_person):
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    entry = ctx.service(ContactService).log_interaction(
        journalist.id, "inquiry", at(2026, 12, 3, 9, 40), "phone", "问发布会地点"
    )
    case = _case_of(ctx, entry.id)
    as_person(people["reviewer"])
    assert "MD-5" in cases.may_answer_inquiries() and cases.may_work() == ""
    with pytest.raises(PermissionDenied, match="MD-5"):
        cases.create(Channel.MEDIA_INQUIRY, "另一个询问", contact_id=journalist.id)
    with pytest.raises(PermissionDenied, match="MD-5"):
        cases.log_call(case.id, at(2026, 12, 3, 9, 50), at(2026, 12, 3, 9, 55), "电话回复")
    with pytest.raises(PermissionDenied):
        ctx.service(ContactService).answer_inquiry(entry.id, at(2026, 12, 3, 10, 0))
    # a reviewer still works the case otherwise (a note for the liaison)
    noted = cases.add_note(case.id, "请先与法务确认口径")
    assert noted.first_response_at is None and noted.entries[-1].kind == "note"
    assert _clock(noted, ClockKind.FIRST_RESPONSE).phase is ClockPhase.RUNNING
    as_person(people["officer"])
    assert cases.may_answer_inquiries() == ""
    answered = cases.log_call(case.id, at(2026, 12, 3, 10, 0), at(2026, 12, 3, 10, 6), "已电话答复")
    assert answered.first_response_at == at(2026, 12, 3, 10, 0)
