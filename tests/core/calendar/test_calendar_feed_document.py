"""The .ics feed read back by icalendar, and the printed calendar read back by pypdf."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pypdf
import pytest
from icalendar import Calendar

from commdesk.core.calendar import layout
from commdesk.core.calendar.document import calendar_document, month_title
from commdesk.core.calendar.entries import Entry, EntryKind
from commdesk.core.calendar.feed import feed
from commdesk.core.documents.rendering import render_bytes
from commdesk.core.i18n import translate

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


def busy_month(year: int, month: int) -> list[Entry]:
    """A crowded month: every day two to seven entries, long titles in Chinese and English."""
    titles = [
        "深度 | 智能制造的下一个十年：从单点自动化到全厂协同",
        "Huaxin launches the G3 smart gateway for factories across the Yangtze delta",
        "客户故事：苏州工厂上线三个月，停机时间下降三成",
        "Weekly comms stand-up",
    ]
    out, n = [], 0
    for day in layout.month_weeks(year, month):
        for d in day:
            for i in range(2 + (d.day % 6)):
                n += 1
                kind = list(EntryKind)[n % len(EntryKind)]
                start = datetime(d.year, d.month, d.day, 1 + i, 0, tzinfo=UTC)
                out.append(Entry(kind, n, titles[n % len(titles)], start, reference=f"R-{n}"))
    return out


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_month_of_a_busy_calendar_is_one_page_with_every_week_row_whole(lang):
    from commdesk import translations

    translations.install(lang)
    document, blocks = calendar_document(
        busy_month(2026, 3) + busy_month(2026, 8),  # both six weeks long, Monday first
        SH,
        date(2026, 3, 1),
        date(2026, 8, 31),
        language="zh-CN" if lang == "zh_CN" else "en",
        created=AT,
    )
    reader = pypdf.PdfReader(io.BytesIO(render_bytes(document, blocks)))
    pages = [page.extract_text() for page in reader.pages]
    more = translate("Calendar", "+{count} more (see the list)").split("{count}")[1].strip()
    for year, month in [(2026, m) for m in range(3, 9)]:
        title = month_title(year, month)
        (page,) = [p for p in pages if p.splitlines() and title in p.splitlines()[:4]]
        lines = [line.strip() for line in page.splitlines()]
        days = [  # every day of every week row, as its cell's first line, in the grid's order
            str(d.day) if d.month == month else f"({d.month}/{d.day})"
            for week in layout.month_weeks(year, month)
            for d in week
        ]
        at = [lines.index(label) if label in lines else -1 for label in days]
        assert -1 not in at, (title, [d for d, i in zip(days, at, strict=True) if i < 0])
        assert at == sorted(at)
        nxt = pages[pages.index(page) + 1]
        assert not any(title in line for line in nxt.splitlines()[:4])
    # the crowded days say how many more the list has, the list after has every entry whole
    assert more in "".join(pages)
    whole = "".join("".join(p.split()) for p in pages)
    assert "Huaxinlaunchesthe G3smartgatewayforfactoriesacrosstheYangtzedelta".replace(" ", "") in whole
