"""The crisis timeline PDF names the zone once, in the time column's header, when every entry has
the same offset; across a DST change each time keeps its own offset."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

from commdesk.core.crisis.document import timeline_document
from commdesk.core.crisis.timeline import Event, assemble
from commdesk.core.documents.spec import Table


def _table(events, zone):
    crisis = SimpleNamespace(
        id=1,
        title="Outage",
        kind="service_outage",
        severity=3,
        owner="Li",
        opened_at=events[0].at,
        closed_at=None,
        drill=False,
        summary="",
        checklist=(),
        review="",
    )
    timeline = SimpleNamespace(crisis=crisis, zone=zone, entries=assemble(events, zone), made_at=events[0].at)
    _doc, blocks = timeline_document(timeline, language="en")
    return next(b for b in blocks if isinstance(b, Table))


def test_one_offset_is_named_once_in_the_header():
    events = [
        Event(datetime(2026, 12, 7, 1, 0, tzinfo=UTC), "Log", "", "opened"),
        Event(datetime(2026, 12, 7, 2, 30, tzinfo=UTC), "Case", "CD-1", "received"),
        Event(date(2026, 12, 7), "Coverage", "", "a story"),
    ]
    table = _table(events, "Asia/Shanghai")
    assert table.header[0] == "When (Asia/Shanghai, UTC+08:00)"
    assert [r[0] for r in table.rows] == ["2026-12-07 09:00", "2026-12-07 10:30", "2026-12-07"]


def test_across_a_dst_change_each_time_keeps_its_offset():
    events = [
        Event(datetime(2026, 10, 31, 16, 0, tzinfo=UTC), "Log", "", "opened"),  # 09:00 PDT
        Event(datetime(2026, 11, 2, 17, 0, tzinfo=UTC), "Log", "", "note"),  # 09:00 PST
    ]
    table = _table(events, "America/Los_Angeles")
    assert table.header[0] == "When"
    assert [r[0] for r in table.rows] == [
        "2026-10-31 09:00 (America/Los_Angeles, UTC-07:00)",
        "2026-11-02 09:00 (America/Los_Angeles, UTC-08:00)",
    ]
