"""The intake writes a new case inside its batch without reading it back: what it wrote is what the
desk reads afterwards (status, history, clocks and their due times, the case list's soonest due,
the message and its author, the audit log), the same as a case logged by hand at the same time;
and a message costs a bounded number of statements, not one that grows with the batch."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from tests.support.outbox import configure

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.services.audit import AuditService
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 3, 13, 7, 5, tzinfo=UTC)  # Friday 15:05 in Shanghai
SENT = datetime(2026, 3, 13, 7, 0, tzinfo=UTC)


def eml(n: int, *, reply_to: int | None = None) -> bytes:
    thread = f"In-Reply-To: <lean-{reply_to}@example.cn>\r\n" if reply_to is not None else ""
    return (
        f"From: Reader {n} <reader{n}@example.cn>\r\nTo: feedback@office.example.org\r\n"
        f"Subject: Question {n}\r\nMessage-ID: <lean-{n}@example.cn>\r\n{thread}"
        "Date: Fri, 13 Mar 2026 15:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Please tell me about item {n}.\r\n"
    ).encode()


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    configure(ctx, smtp_server, tmp_path)
    ctx.clock = lambda: NOW
    return ctx


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_case_the_intake_made_reads_back_as_one_logged_by_hand(desk, tmp_path):
    result = desk.service(CaseIntakeService).take_in_files(
        [write(tmp_path, "a.eml", eml(1)), write(tmp_path, "b.eml", eml(2, reply_to=1))]
    )
    assert [i.outcome.value for i in result.items] == ["new", "joined"]
    cases = desk.service(CaseService)
    case = cases.get(result.items[0].case_id)
    assert case.status is CaseStatus.ACKNOWLEDGED and case.acknowledged_at == NOW
    assert [(h.from_status, h.to_status) for h in case.history] == [
        (None, CaseStatus.NEW),
        (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED),
    ]
    assert [(e.kind, e.author) for e in case.entries] == [
        ("message_in", "Reader 1 <reader1@example.cn>"),
        ("message_in", "Reader 2 <reader2@example.cn>"),
    ]
    assert case.raised_by == "Reader 1"

    by_hand = cases.create(
        Channel.MAILBOX, "The same question", received_at=SENT, customer=("Reader 1", "", "")
    )
    dues = {c.kind: c.due for c in case.clocks}
    assert set(dues) == {ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION}
    assert dues == {c.kind: c.due for c in by_hand.clocks}
    assert all(c.due is not None and c.due > NOW for c in case.clocks)
    line = next(s for s in cases.list() if s.id == case.id)
    assert line.next_due_at == min(d for d in dues.values() if d is not None)

    audit = desk.service(AuditService).history("cases", case.id)
    created = {e.field for e in audit if e.action == "create"}
    assert {"reference", "status", "summary", "received_at"} <= created
    assert any(e.action == "update" and e.field == "status" and e.new == "acknowledged" for e in audit)
    assert desk.service(AuditService).verify().ok


def test_the_statements_of_a_message_do_not_grow_with_its_batch(desk, tmp_path):
    def statements(numbers) -> float:
        paths = [write(tmp_path, f"m{n}.eml", eml(n)) for n in numbers]
        seen = []
        listener = lambda *_args: seen.append(1)  # noqa: E731 - a one-line event listener
        event.listen(desk.engine, "after_cursor_execute", listener)
        try:
            result = desk.service(CaseIntakeService).take_in_files(paths)
        finally:
            event.remove(desk.engine, "after_cursor_execute", listener)
        assert len(result.new) == len(paths) and len(result.acknowledged) == len(paths)
        return len(seen) / len(paths)

    statements(range(100, 102))  # the first of the day makes the year's reference counter
    few = statements(range(10, 14))
    many = statements(range(20, 60))
    # a new, acknowledged case: its log entry, the case, its history, clocks and message, the
    # acknowledgement in the outbox, the audit entries, a few look-ups (55 before the intake worked
    # inside its batch's unit of work); what a batch reads once is spread over its messages
    assert many <= 26
    assert many <= few
