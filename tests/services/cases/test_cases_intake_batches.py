"""Many messages taken in at once: in batches, one transaction each, every message accounted for;
a message that fails in a batch is undone alone and taken in again on its own, the others kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from tests.support.outbox import configure

from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.settings import SettingsService


def eml(n: int) -> bytes:
    return (
        f"From: Reader {n} <reader{n}@example.cn>\r\nTo: feedback@office.example.org\r\n"
        f"Subject: Question {n}\r\nMessage-ID: <batch-{n}@example.cn>\r\n"
        "Date: Fri, 13 Mar 2026 15:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Please tell me about item {n}.\r\n"
    ).encode()


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    configure(ctx, smtp_server, tmp_path)
    ctx.clock = lambda: datetime(2026, 3, 13, 7, 5, tzinfo=UTC)
    return ctx


def files(tmp_path, numbers):
    paths = []
    for n in numbers:
        path = tmp_path / f"m{n}.eml"
        path.write_bytes(eml(n))
        paths.append(path)
    return paths


def commits_for(ctx, paths) -> tuple[int, object]:
    seen = []
    listener = lambda _conn: seen.append(1)  # noqa: E731 - a one-line event listener
    event.listen(ctx.engine, "commit", listener)
    try:
        result = ctx.service(CaseIntakeService).take_in_files(paths)
    finally:
        event.remove(ctx.engine, "commit", listener)
    return len(seen), result


def test_a_batch_commits_once_however_many_messages_it_holds(desk, tmp_path):
    few, few_result = commits_for(desk, files(tmp_path, range(2)))
    many, many_result = commits_for(desk, files(tmp_path, range(10, 22)))
    assert len(few_result.new) == 2 and len(many_result.new) == 12
    assert len(many_result.acknowledged) == 12
    assert many == few  # the commits do not grow with the messages of a batch
    outbox = desk.service(OutboxService)
    for item in few_result.new + many_result.new:
        assert len(outbox.for_record("cases", item.case_id)) == 1  # acknowledged once


def test_a_message_failing_in_a_batch_is_taken_in_again_alone_and_the_others_are_kept(
    desk, tmp_path, monkeypatch
):
    original = CaseService.open_in
    failed = []

    def open_in(self, uow, channel, summary, **kw):
        opened = original(self, uow, channel, summary, **kw)  # written, then the disk hiccups
        if kw["message"].message_id == "<batch-3@example.cn>" and not failed:
            failed.append(opened.id)
            raise RuntimeError("the disk hiccuped")
        return opened

    monkeypatch.setattr(CaseService, "open_in", open_in)
    result = desk.service(CaseIntakeService).take_in_files(files(tmp_path, range(6)))
    assert failed and [i.origin for i in result.items] == [f"m{n}.eml" for n in range(6)]
    assert len(result.new) == 6 and len(result.acknowledged) == 6
    cases = desk.service(CaseService).list()
    assert len(cases) == 6  # the failed attempt's case was undone with it, not left behind
    assert sorted(c.summary for c in cases) == [f"Question {n}" for n in range(6)]
    outbox = desk.service(OutboxService)
    assert all(len(outbox.for_record("cases", c.id)) == 1 for c in cases)


def test_a_message_that_keeps_failing_stops_the_intake_with_the_ones_before_it_kept(
    desk, tmp_path, monkeypatch
):
    original = CaseService.open_in

    def open_in(self, uow, channel, summary, **kw):
        if kw["message"].message_id == "<batch-2@example.cn>":
            raise RuntimeError("the disk is broken")
        return original(self, uow, channel, summary, **kw)

    monkeypatch.setattr(CaseService, "open_in", open_in)
    paths = files(tmp_path, range(5))
    with pytest.raises(RuntimeError):
        desk.service(CaseIntakeService).take_in_files(paths)
    summaries = {c.summary for c in desk.service(CaseService).list()}
    assert {"Question 0", "Question 1"} <= summaries
    assert not {"Question 3", "Question 4"} & summaries  # the ones after it are untouched

    monkeypatch.setattr(CaseService, "open_in", original)
    again = desk.service(CaseIntakeService).take_in_files(paths[3:])
    assert len(again.new) == 2 and again.duplicates == []
