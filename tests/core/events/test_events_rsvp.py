"""Reading an answer out of a reply to an event invitation, the RSVP reference in a subject, the
check-in search and the calendar file (read back with vobject)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import icalendar
import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.events import checkin, rsvp
from commdesk.core.events.ics import event_ics
from commdesk.core.events.records import Event, Invitee, RsvpStatus, attendance


def _reply(text: str, subject: str = "Re: 邀请函 [RSVP-7Q3K9M2P]", html: bool = False) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    if html:
        msg.set_content(text, subtype="html")
    else:
        msg.set_content(text)
    return msg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("好的，我会准时参加。", RsvpStatus.ACCEPTED),
        ("抱歉，那天无法出席。", RsvpStatus.DECLINED),
        ("我不参加了", RsvpStatus.DECLINED),
        ("时间待定，尽量参加", RsvpStatus.TENTATIVE),
        ("Yes, I will attend.", RsvpStatus.ACCEPTED),
        ("Sorry, I can't make it.", RsvpStatus.DECLINED),
        ("Maybe — not sure yet.", RsvpStatus.TENTATIVE),
    ],
)
def test_the_answer_is_read_from_the_reply_s_own_words(text, expected):
    answer = rsvp.read_answer(_reply(text))
    assert answer is not None and answer.status is expected and answer.how == "text"


def test_the_quoted_invitation_is_not_read_as_the_answer():
    text = "请问现场有停车位吗？\n\n在 2026年12月1日 写道：\n> 诚邀您出席发布会，请回复是否参加。"
    assert rsvp.read_answer(_reply(text)) is None
    outlook = "Thanks\n-----Original Message-----\nFrom: 华信\nPlease confirm you will attend."
    assert rsvp.read_answer(_reply(outlook)) is None


def test_a_calendar_reply_and_the_subject_prefix_come_first():
    cal = icalendar.Calendar()
    cal.add("method", "REPLY")
    event = icalendar.Event()
    attendee = icalendar.vCalAddress("mailto:zhang@xinhua.example.cn")
    attendee.params["PARTSTAT"] = "DECLINED"
    event.add("attendee", attendee)
    cal.add_component(event)
    msg = _reply("Yes")  # the words say yes; the calendar answer wins
    msg.add_alternative(cal.to_ical().decode(), subtype="calendar", params={"method": "REPLY"})
    answer = rsvp.read_answer(message_from_bytes(msg.as_bytes(), policy=policy.default))
    assert answer is not None and (answer.status, answer.how) == (RsvpStatus.DECLINED, "calendar")
    accepted = rsvp.read_answer(_reply("", subject="Accepted: 邀请函 [RSVP-7Q3K9M2P]"))
    assert accepted is not None and (accepted.status, accepted.how) == (RsvpStatus.ACCEPTED, "subject")


def test_an_html_reply_and_plus_ones():
    answer = rsvp.read_answer(_reply("<p>确认参加，另有<b>两</b>位同事</p>", html=True))
    assert answer is not None and answer.status is RsvpStatus.ACCEPTED
    assert rsvp.read_answer(_reply("确认参加 +1")).plus_ones == 1
    assert rsvp.read_answer(_reply("Happy to attend, bringing two colleagues")).plus_ones == 2
    assert rsvp.read_answer(_reply("确认参加，带3人")).plus_ones == 3


def test_the_reference_survives_replies_and_forwarding():
    token = rsvp.new_token()
    assert len(token) == 8 and set(token) <= set(rsvp.ALPHABET)
    subject = rsvp.tagged("【邀请函】发布会", token)
    for prefix in ("Re: ", "回复：", "Fwd: RE: ", "答复: "):
        assert rsvp.token_in(prefix + subject) == token
    assert rsvp.token_in(subject.lower()) == token
    assert rsvp.token_in("Re: 周报") is None and rsvp.token_in("RSVP-ILOU1234") is None


@given(st.text(max_size=200))
def test_any_reply_text_is_read_without_error(text):
    answer = rsvp.read_answer(_reply(text))
    assert answer is None or isinstance(answer.status, RsvpStatus)


def _invitee(i: int, name: str, pinyin: str = "", outlet: str = "", **kw) -> Invitee:
    values = {
        "id": i, "event_id": 1, "contact_id": i, "name": name, "pinyin": pinyin, "outlet": outlet, "email": "",
        "status": RsvpStatus.INVITED, "plus_ones": 0, "responded_at": None, "response_via": "", "rsvp_token": "",
        "invited_at": None, "checked_in_at": None, "checked_in_by": "", "note": "", "version": 1,
    }  # fmt: skip
    values.update(kw)
    return Invitee(**values)


def test_the_door_finds_names_beginning_with_what_was_typed_first():
    people = [
        _invitee(1, "王伟", outlet="人民日报"),
        _invitee(2, "汪伟明", status=RsvpStatus.ACCEPTED),
        _invitee(3, "Anna Wang", outlet="Reuters"),
        _invitee(4, "吕方", pinyin="lv fang"),
    ]
    assert [p.name for p in checkin.find(people, "ww")] == ["王伟", "汪伟明"]  # whole initials first
    # the surname "wang" is a whole word of three names: the one expected (accepted) first
    assert [p.name for p in checkin.find(people, "wang")] == ["汪伟明", "Anna Wang", "王伟"]
    assert [p.name for p in checkin.find(people, "lv")] == ["吕方"]
    assert [p.name for p in checkin.find(people, "人民")] == ["王伟"]
    assert checkin.find(people, "")[0].name == "汪伟明"


def test_attendance_counts_walk_ins_and_no_shows():
    now = datetime(2026, 12, 18, 6, tzinfo=UTC)
    people = [
        _invitee(1, "甲", status=RsvpStatus.ACCEPTED, plus_ones=2, checked_in_at=now),
        _invitee(2, "乙", status=RsvpStatus.ACCEPTED),
        _invitee(3, "丙", status=RsvpStatus.DECLINED),
        _invitee(4, "丁", checked_in_at=now),
    ]
    a = attendance(people)
    assert (a.accepted, a.expected, a.checked_in, a.walk_ins, a.no_shows, a.no_answer) == (2, 4, 2, 1, 1, 1)
    assert a.rate == 0.5


def test_the_calendar_file_reads_back_in_the_event_s_zone():
    start = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night Berlin's clocks go forward
    event = Event(
        id=1, reference="EV-2026-001", version=1, title="发布会; 第一场, C:\\Notes", starts_at=start,
        ends_at=start + timedelta(hours=2), zone="Europe/Berlin", place="Haus 1", agenda="1. 签到",
        invitation_subject="邀请", invitation_body="诚邀", release_id=None, release_reference="",
        owner_id=None, owner="", follow_up="", created_at=start, updated_at=start,
    )  # fmt: skip
    cal = vobject.readOne(event_ics(event, "李明", "li@example.org", dtstamp=start).decode())
    assert cal.vevent.summary.value == "发布会; 第一场, C:\\Notes"
    assert cal.vevent.dtstart.value.astimezone(UTC) == start
    assert cal.vevent.dtend.value.astimezone(UTC) == start + timedelta(hours=2)
    assert str(cal.vevent.dtstart.value.tzinfo).find("Berlin") >= 0 or cal.vtimezone
    assert cal.vevent.organizer.value == "mailto:li@example.org"
    assert cal.vevent.description.value == "1. 签到\n\n诚邀"


def test_a_short_latin_term_matches_where_a_word_begins_only():
    people = [_invitee(1, "Lena Wagner", outlet="Handelsblatt"), _invitee(2, "王伟", outlet="新华社")]
    assert [p.name for p in checkin.find(people, "l")] == ["Lena Wagner"]  # not Hande*l*sblatt
    assert [p.name for p in checkin.find(people, "wa")] == ["王伟", "Lena Wagner"] or [
        p.name for p in checkin.find(people, "wa")
    ] == ["Lena Wagner", "王伟"]
    assert [p.name for p in checkin.find(people, "华")] == ["王伟"]  # a Chinese character anywhere
    assert [p.name for p in checkin.find(people, "blatt")] == ["Lena Wagner"]
