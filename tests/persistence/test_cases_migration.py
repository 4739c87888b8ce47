"""Revision 0050: the media inquiries an earlier commdesk kept in the contacts' cooperation history
become cases of channel "media inquiry", linked to the journalist and to the history entry, which
stays: the contact's history still lists them, Home's open inquiries too."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from alembic import command
from sqlalchemy import text

from commdesk.core.cases.clocks import ClockKind, ClockPhase
from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.persistence import schema
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI)


def _old_inquiry(ctx, contact_id, when, channel, summary, *, deadline=None, answered_at=None, liaison=""):
    """An inquiry in the contact's history as an earlier commdesk wrote it: the history entry alone
    (logging one now makes its case at once)."""
    from commdesk.persistence.repositories.contacts import history

    with ctx.unit_of_work() as uow:
        row = history.add_interaction(
            uow.session,
            contact_id=contact_id,
            kind="inquiry",
            at=when,
            channel=channel,
            summary=summary,
            logged_by=ctx.current().name,
            logged_by_id=ctx.current().id,
            deadline=deadline,
            liaison=liaison,
            answered_at=answered_at,
        )
        return SimpleNamespace(id=row.id, answered_at=row.answered_at)


def test_media_inquiries_of_the_contact_history_become_cases(ctx):
    ctx.clock = lambda: NOW.astimezone(UTC)
    contacts = ctx.service(ContactService)
    zhang = contacts.create(
        ContactRecord(
            full_name="张记者", outlet="新华社", emails=[Email("work", "zhang@xinhua.example", True)]
        )
    )
    li = contacts.create(
        ContactRecord(
            full_name="Li Reporter", outlet="Caixin", emails=[Email("work", "li@caixin.example", True)]
        )
    )
    answered_late = _old_inquiry(
        ctx,
        zhang.id,
        datetime(2026, 11, 2, 9, 0, tzinfo=SHANGHAI),
        "phone",
        "询问新品上市时间",
        deadline=datetime(2026, 11, 2, 12, 0, tzinfo=SHANGHAI),
        answered_at=datetime(2026, 11, 2, 15, 0, tzinfo=SHANGHAI),
        liaison="陈静",
    )
    open_overdue = _old_inquiry(
        ctx,
        li.id,
        datetime(2026, 12, 1, 9, 0, tzinfo=SHANGHAI),
        "email",
        "Request for an interview with the CEO",
        deadline=datetime(2026, 12, 2, 18, 0, tzinfo=SHANGHAI),
    )
    no_deadline = _old_inquiry(
        ctx, zhang.id, datetime(2025, 12, 30, 9, 0, tzinfo=SHANGHAI), "phone", "年终采访"
    )
    contacts.log_interaction(
        zhang.id, "pitch", datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI), "email", "新品稿件"
    )

    with ctx.engine.begin() as conn:  # back to a database without cases, then upgraded
        cfg = schema.alembic_config(conn)
        command.downgrade(cfg, "0050_cases")  # the cases branch's later revisions first
        command.downgrade(cfg, "cases@-1")
        command.upgrade(cfg, "heads")

    cases = ctx.service(CaseService)
    listed = {c.summary: c for c in cases.list()}
    assert set(listed) == {"询问新品上市时间", "Request for an interview with the CEO", "年终采访"}
    assert all(c.channel is Channel.MEDIA_INQUIRY for c in listed.values())
    # references count per year, in the order the inquiries came in
    assert listed["年终采访"].reference == "CD-2025-000001"
    assert listed["询问新品上市时间"].reference == "CD-2026-000001"
    assert listed["Request for an interview with the CEO"].reference == "CD-2026-000002"

    late = cases.get(listed["询问新品上市时间"].id)
    assert (
        late.contact_id == zhang.id and late.raised_by == "张记者" and late.interaction_id == answered_late.id
    )
    assert late.status is CaseStatus.RESOLVED and late.first_response_at == answered_late.answered_at
    [first] = late.clocks
    assert first.kind is ClockKind.FIRST_RESPONSE and first.phase is ClockPhase.MET_LATE
    assert first.due == datetime(2026, 11, 2, 12, 0, tzinfo=SHANGHAI)

    waiting = cases.get(listed["Request for an interview with the CEO"].id)
    assert waiting.status is CaseStatus.ACKNOWLEDGED and waiting.interaction_id == open_overdue.id
    assert waiting.clocks[0].phase is ClockPhase.BREACHED
    assert [c.id for c in cases.overdue()] == [waiting.id]
    assert cases.get(listed["年终采访"].id).clocks == ()
    assert cases.get(listed["年终采访"].id).interaction_id == no_deadline.id

    # the contacts' history still shows every inquiry, and Home's open ones are the same
    assert [i.kind for i in contacts.history(zhang.id)] == ["pitch", "inquiry", "inquiry"]
    assert {i.summary for i, _ in contacts.open_inquiries()} == {
        "Request for an interview with the CEO",
        "年终采访",
    }

    # the next case of 2026 goes on counting
    new = cases.create(Channel.MEDIA_INQUIRY, "新的问询", contact_id=li.id)
    assert new.reference == "CD-2026-000003"
    with ctx.engine.connect() as conn:
        category = conn.execute(text("SELECT code FROM case_categories")).scalars().all()
    assert category == ["media_inquiry"]
