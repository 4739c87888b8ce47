"""The demo's crisis log holds nothing that happens after the demo was made: made at 02:00 in
Shanghai, the issue being watched was opened at 09:00 the same day, seven hours ahead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commdesk.bootstrap import open_database
from commdesk.services.crisis import CrisisService

# two days ago (the demo's cases refuse a time ahead of the computer's clock), 18:00 UTC: 02:00 the
# next day in Asia/Shanghai; and 16:00 in Shanghai
EARLY = (datetime.now(UTC) - timedelta(days=2)).replace(hour=18, minute=0, second=0, microsecond=0)


@pytest.mark.parametrize("now", [EARLY, EARLY - timedelta(hours=10)], ids=["early", "afternoon"])
def test_every_crisis_entry_of_the_demo_is_in_the_past(demo_factory, tmp_path, now):
    opened = open_database(demo_factory(tmp_path / "demo.sqlite3", now=now))
    try:
        crises = opened.ctx.service(CrisisService)
        listed = crises.list()
        assert len(listed) == 2 and any(c.closed_at is None for c in listed)
        for summary in listed:
            crisis = crises.get(summary.id)
            assert crisis.opened_at <= now, crisis.title
            assert all(n.at <= now for n in crisis.notes), crisis.title
            assert all(i.done_at <= now for i in crisis.checklist if i.done_at), crisis.title
        watched = next(c for c in listed if c.closed_at is None)
        assert (now - watched.opened_at).total_seconds() == 20 * 3600
    finally:
        opened.ctx.engine.dispose()
