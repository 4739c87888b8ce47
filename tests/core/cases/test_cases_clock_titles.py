"""``clock_titles``: a clock kind that ran more than once names the earlier runs and the current (or
latest) one; a kind that ran once keeps its plain name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commdesk.core.cases.clocks import ClockKind, ClockPhase, ClockState, clock_titles

T0 = datetime(2026, 11, 3, 1, 10, tzinfo=UTC)


def state(kind: ClockKind, phase: ClockPhase) -> ClockState:
    return ClockState(kind, T0, timedelta(hours=9), T0 + timedelta(days=1), timedelta(hours=1), phase)


def test_earlier_and_current_next_updates():
    titles = clock_titles(
        [
            state(ClockKind.FIRST_RESPONSE, ClockPhase.MET),
            state(ClockKind.NEXT_UPDATE, ClockPhase.MET),
            state(ClockKind.RESOLUTION, ClockPhase.RUNNING),
            state(ClockKind.NEXT_UPDATE, ClockPhase.MET_LATE),
            state(ClockKind.NEXT_UPDATE, ClockPhase.RUNNING),
        ]
    )
    assert titles == [
        "First response",
        "Next update (earlier, 1 of 3)",
        "Resolution",
        "Next update (earlier, 2 of 3)",
        "Next update (current, 3 of 3)",
    ]


def test_all_stopped_the_last_is_the_latest():
    titles = clock_titles(
        [state(ClockKind.NEXT_UPDATE, ClockPhase.MET), state(ClockKind.NEXT_UPDATE, ClockPhase.MET_LATE)]
    )
    assert titles == ["Next update (earlier, 1 of 2)", "Next update (latest, 2 of 2)"]
    assert clock_titles([]) == []
