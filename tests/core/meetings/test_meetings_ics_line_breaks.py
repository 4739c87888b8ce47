"""No field of a meeting can split a line of the .ics: whatever text reaches
the writer (CR, LF, Unicode line separators, control characters, in links, addresses, e-mail
addresses, names, agenda, password), every physical line is a content line or a fold, and each
property appears exactly as often as it should. Read back with an independent parser (vobject)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.core.meetings.ics import invitation_ics
from commdesk.core.meetings.model import AgendaItem, Organiser, Participant
from meetings.factories import make_conference, make_in_person

BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
hostile = st.lists(
    st.sampled_from(
        list(BREAKS)
        + list('ab:;,"\\^ 会@.\t\x00')
        + ["ATTENDEE:mailto:x@y", "END:VEVENT", "\r\nBEGIN:VEVENT\r\n"]
    ),
    max_size=12,
).map("".join)
NAME = re.compile(rb"^[A-Z][A-Z0-9-]*[;:]")
STAMP = datetime(2026, 3, 1, tzinfo=UTC)


def content_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    unfolded: list[bytes] = []
    for line in physical:
        assert b"\r" not in line and b"\n" not in line
        if line.startswith((b" ", b"\t")):
            assert unfolded, "a fold cannot start the file"
            unfolded[-1] += line[1:]
        else:
            assert NAME.match(line), line
            unfolded.append(line)
    return unfolded


def names(lines: list[bytes], component: bytes = b"VEVENT") -> list[str]:
    """Property names directly inside ``component`` (not in its sub-components)."""
    out, stack = [], []
    for line in lines:
        name = re.match(rb"^([A-Z0-9-]+)", line).group(1)
        if name == b"BEGIN":
            stack.append(line.split(b":", 1)[1])
        elif name == b"END":
            assert stack and stack.pop() == line.split(b":", 1)[1], "components are nested properly"
        elif stack and stack[-1] == component:
            out.append(name.decode())
    assert not stack
    return out


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    topic=hostile,
    purpose=hostile,
    link=hostile,
    dial_in=hostile,
    room=hostile,
    host=hostile,
    note_taker=hostile,
    org_name=hostile,
    org_mail=hostile,
    p_name=hostile,
    p_mail=hostile,
    item=hostile,
    presenter=hostile,
    document=hostile,
    material=hostile,
    password=hostile,
    uid=hostile,
    in_person=st.booleans(),
)
def test_no_field_can_split_an_ics_line(
    topic,
    purpose,
    link,
    dial_in,
    room,
    host,
    note_taker,
    org_name,
    org_mail,
    p_name,
    p_mail,
    item,
    presenter,
    document,
    material,
    password,
    uid,
    in_person,
):
    make = make_in_person if in_person else make_conference
    meeting = make(
        topic=topic,
        purpose=purpose,
        link=link,
        dial_in=dial_in,
        room=room,
        host=host,
        note_taker=note_taker,
        uid=uid + "@commdesk",
        organiser=Organiser(org_name, "boss" + org_mail + "@example.cn"),
        participants=[
            Participant(p_name, "p" + p_mail + "@example.cn"),
            Participant("王芳", "wang@example.cn"),
        ],
        agenda=[AgendaItem(item, presenter, 10, [document])],
        materials=[material],
    )
    data = invitation_ics(meeting, password=password or None, dtstamp=STAMP)
    lines = content_lines(data)
    counted = names(lines)
    for once in ("UID", "SUMMARY", "DTSTART", "DTEND", "ORGANIZER", "SEQUENCE", "STATUS", "DTSTAMP"):
        assert counted.count(once) == 1, (once, data)
    assert names(lines, b"VCALENDAR").count("METHOD") == 1
    assert counted.count("ATTENDEE") == 2
    assert counted.count("DESCRIPTION") <= 1
    assert counted.count("LOCATION") <= 1 and counted.count("URL") <= 1
    assert names(lines, b"VALARM").count("ACTION") == 1
    assert [line for line in lines if line == b"BEGIN:VEVENT"] == [b"BEGIN:VEVENT"]
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    cal = vobject.readOne(data.decode("utf-8"))
    assert len(cal.vevent_list) == 1
    event = cal.vevent
    assert len(event.attendee_list) == 2
    assert event.organizer.value.startswith("mailto:boss")
    assert "\n" not in event.organizer.value and "\r" not in event.organizer.value
    assert "\n" not in event.uid.value and "\r" not in event.uid.value
    if not in_person and hasattr(event, "url"):
        assert "\n" not in event.url.value and "\r" not in event.url.value
