"""The mail intake hands an answer to an event invitation to the events: ``cases intake FILE.eml``
with a reply carrying an invitee's RSVP reference records the answer on the invitee and makes no
case; a reply whose answer cannot be read is set aside for a person; a reference of no invitation
is ordinary feedback (a case)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.events.records import EventEdit, RsvpStatus
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.events.service import EventService
from commdesk.services.settings import SettingsService

OFFICER = ("--as", "李明 Li Ming")
STARTS = datetime(2026, 12, 18, 6, 0, tzinfo=UTC)


@pytest.fixture
def invited(ctx, people, as_person, smtp_server, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    configure(ctx, smtp_server, tmp_path)
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=name, outlet="新华社", emails=[Email("work", address)])).id
        for name, address in (("张伟", "zhang@xinhua.example.cn"), ("李娜", "li@thepaper.example.cn"))
    ]
    lists = ctx.service(ContactListService)
    media = lists.create_static("科技媒体")
    lists.add(media.id, ids)
    as_person(people["officer"])
    events = ctx.service(EventService)
    event = events.create(
        EventEdit(
            title="华信工业物联网平台发布会",
            starts_at=STARTS,
            ends_at=STARTS + timedelta(hours=2),
            zone="Asia/Shanghai",
            place="上海国际会议中心 3 楼 B 厅",
            agenda="14:00 签到",
            invitation_subject="【邀请函】华信工业物联网平台发布会-20261218",
            invitation_body="诚邀您出席华信工业物联网平台发布会。",
        )
    )
    events.add_from_lists(event.id, [media.id])
    return {i.name: i for i in events.invitees(event.id)}


def _reply(sender: str, token: str, text: str, n: int) -> bytes:
    return (
        f"From: {sender}\r\nTo: feedback@office.example.org\r\n"
        f"Subject: =?utf-8?b?{_b64(f'回复：【邀请函】华信工业物联网平台发布会-20261218 [RSVP-{token}]')}?=\r\n"
        f"Message-ID: <rsvp-{n}@example.cn>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + f"{text}\r\n\r\n> 诚邀您出席华信工业物联网平台发布会。\r\n".encode()


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


def test_an_invitation_reply_records_the_answer_and_makes_no_case(run_cli, db_url, ctx, invited, tmp_path):
    zhang, li = invited["张伟"], invited["李娜"]
    files = []
    for n, (sender, token, text) in enumerate(
        (
            ("zhang@xinhua.example.cn", zhang.rsvp_token, "您好，我会准时参加，带1人。"),
            ("li@thepaper.example.cn", li.rsvp_token, "请问有停车位吗？"),
            ("who@example.cn", "ZZZZZZZZ", "请问发布会在哪里举行？"),
        )
    ):
        path = tmp_path / f"reply{n}.eml"
        path.write_bytes(_reply(sender, token, text, n))
        files.append(str(path))
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", *files, "--json")
    assert code == 0, err
    data = json.loads(out)
    outcomes = [m["outcome"] for m in data["messages"]]
    assert outcomes == ["event", "set_aside", "new"], (zhang.rsvp_token, data["messages"])
    assert data["counts"]["event"] == 1 and data["counts"]["new"] == 1
    assert "by hand" in data["messages"][1]["reason"]

    after = {i.name: i for i in ctx.service(EventService).invitees(zhang.event_id)}
    assert after["张伟"].status is RsvpStatus.ACCEPTED and after["张伟"].plus_ones == 1
    assert after["张伟"].response_via == "reply"
    assert after["李娜"].status is not RsvpStatus.ACCEPTED  # not understood: nothing written
    cases = ctx.service(CaseService).list()
    assert [c.summary for c in cases] == ["回复：【邀请函】华信工业物联网平台发布会-20261218 [RSVP-ZZZZZZZZ]"]

    # the same reply again: a duplicate, the answer not written twice
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", files[0])
    assert code == 0, err
    assert "1 duplicates skipped" in out


def test_a_message_read_before_is_answered_from_what_was_read(ctx, invited):
    """Messages handed over already read (no bytes kept: a web form, ``take_in``): the answer is
    read from the subject, sender and text the intake has."""
    from commdesk.core.mail.incoming import parse_message
    from commdesk.services.cases.intake import CaseIntakeService

    anna = invited["李娜"]
    message = parse_message(
        _reply("li@thepaper.example.cn", anna.rsvp_token.lower(), "不好意思，我不参加了。", 7)
    )
    result = ctx.service(CaseIntakeService).take_in([message])
    assert [i.outcome.value for i in result.items] == ["event"]
    assert "李娜" in result.items[0].reason and result.items[0].case_id is None
    after = {i.name: i for i in ctx.service(EventService).invitees(anna.event_id)}
    assert after["李娜"].status is RsvpStatus.DECLINED and after["李娜"].response_via == "reply"
    assert ctx.service(CaseService).list() == []
