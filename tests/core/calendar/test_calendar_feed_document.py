"""The .ics feed read back by icalendar, and the printed calendar read back by pypdf."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pypdf
from icalendar import Calendar

from commdesk.core.calendar.document import calendar_document
from commdesk.core.calendar.entries import Entry, EntryKind
from commdesk.core.calendar.feed import feed
from commdesk.core.documents.rendering import render_bytes

SH = "Asia/Shanghai"
AT = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


def sample() -> list[Entry]:
    return [
        Entry(
            EntryKind.POST,
            7,
            "春季开放日, 报名; 开始\n<b>请转发</b>",
            AT,
            channel="WeChat · 官方号",
            campaign="开放日",
        ),
        Entry(
            EntryKind.EVENT,
            3,
            "Media briefing",
            AT + timedelta(days=1),
            AT + timedelta(days=1, hours=2),
            reference="EV-2026-003",
            owner="李明",
            detail="Room 201",
        ),
        Entry(EntryKind.EMBARGO, 5, "新闻稿 PR-2026-005", AT + timedelta(days=20), reference="PR-2026-005"),
        Entry(EntryKind.MEETING, 9, "Offsite", AT + timedelta(days=2), AT + timedelta(days=3), all_day=True),
    ]


def test_the_feed_has_one_event_per_entry_with_stable_uids_utc_times_escaped_text_and_the_kind():
    data = feed(sample(), SH, stamp=AT, desk="d1")
    cal = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "post-7@d1.commdesk",
        "event-3@d1.commdesk",
        "embargo-5@d1.commdesk",
        "meeting-9@d1.commdesk",
    }
    post = events["post-7@d1.commdesk"]
    assert (
        str(post["summary"]) == "春季开放日, 报名; 开始\n<b>请转发</b>"
    )  # round-trips: escaped, never markup
    assert b"\\," in data and b"\\;" in data  # RFC 5545 escapes in the file itself
    assert post.decoded("dtstart") == AT and post.decoded("dtstart").tzinfo is not None
    assert [str(c) for c in post["categories"].cats] == ["post"]
    briefing = events["event-3@d1.commdesk"]
    assert briefing.decoded("dtend") - briefing.decoded("dtstart") == timedelta(hours=2)
    assert "EV-2026-003" in str(briefing["description"]) and "Room 201" in str(briefing["description"])
    offsite = events["meeting-9@d1.commdesk"]
    assert offsite.decoded("dtstart") == date(2026, 3, 6) and offsite.decoded("dtend") == date(2026, 3, 8)
    assert str(cal["x-wr-timezone"]) == SH
    # the same entries make the same UIDs on another day (a subscriber updates, never duplicates)
    again = Calendar.from_ical(feed(sample(), SH, stamp=AT + timedelta(days=9), desk="d1"))
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == set(events)


def test_the_printed_month_grid_and_list_name_the_entries_and_the_zone():
    document, blocks = calendar_document(
        sample(),
        SH,
        date(2026, 3, 1),
        date(2026, 3, 31),
        language="en",
        created=AT,
        warnings=[
            "WeChat · 官方号: 1 post(s) in the week of 2026-03-02, below the target of 3-5 (SM-2); plan 2 more."
        ],
    )
    text = "".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_bytes(document, blocks))).pages
    )
    squeezed = "".join(text.split())
    assert "Media briefing" in text and "EV-2026-003" in text
    assert "春季开放日" in squeezed and "新闻稿PR-2026-005" in squeezed
    assert "Asia/Shanghai" in text and "below the target" in text


def test_an_empty_period_prints_that_nothing_is_planned():
    document, blocks = calendar_document(
        [], "UTC", date(2026, 3, 1), date(2026, 3, 7), kind="list", language="en"
    )
    reader = pypdf.PdfReader(io.BytesIO(render_bytes(document, blocks)))
    assert "Nothing is planned" in reader.pages[0].extract_text()
