"""SM-2's weekly cadence: each account's posts per ISO week, in the organisation's zone, against its
target; empty weeks are weeks below target."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.publishing.cadence import Cadence, Dated, Target, cadence, off_target

WEIBO, WECHAT = Target(1, "微博", 3, 5), Target(2, "公众号", 1, 2)


def test_weeks_below_within_and_above_with_a_sentence_that_says_what_to_do():
    monday = date(2026, 11, 2)
    posts = [Dated(1, datetime(2026, 11, 2 + i, 2, tzinfo=UTC)) for i in range(6)]  # six in one week
    posts += [Dated(2, datetime(2026, 11, 10, 2, tzinfo=UTC))]
    weeks = cadence([WEIBO, WECHAT], posts, "Asia/Shanghai", monday, monday + timedelta(days=13))
    by = {(w.account_id, w.monday): w for w in weeks}
    assert len(weeks) == 4
    assert by[(1, monday)].status is Cadence.ABOVE and by[(1, monday)].count == 6
    assert "move 1" in by[(1, monday)].explain()
    assert by[(1, date(2026, 11, 9))].status is Cadence.BELOW
    assert "plan 3 more" in by[(1, date(2026, 11, 9))].explain()
    assert by[(2, date(2026, 11, 9))].status is Cadence.WITHIN
    assert [w.account for w in off_target(weeks)] == ["公众号", "微博", "微博"]  # ordered by name


def test_a_post_counts_in_the_week_of_its_day_in_the_organisations_zone():
    # Monday 2026-11-09 00:30 in Beijing is Sunday 16:30 UTC: the new week's
    at = datetime(2026, 11, 8, 16, 30, tzinfo=UTC)
    week_of = {
        zone: next(
            w.monday
            for w in cadence([WEIBO], [Dated(1, at)], zone, date(2026, 11, 2), date(2026, 11, 15))
            if w.count
        )
        for zone in ("Asia/Shanghai", "UTC")
    }
    assert week_of == {"Asia/Shanghai": date(2026, 11, 9), "UTC": date(2026, 11, 2)}


@given(
    st.lists(st.tuples(st.sampled_from([1, 2]), st.integers(min_value=0, max_value=27 * 24 - 1)), max_size=60)
)
def test_every_post_in_the_weeks_is_counted_once(posts):
    start = datetime(2026, 11, 1, 16, tzinfo=UTC)  # Monday 2 November, 00:00 in Beijing
    dated = [Dated(a, start + timedelta(hours=h)) for a, h in posts]
    weeks = cadence([WEIBO, WECHAT], dated, "Asia/Shanghai", date(2026, 11, 2), date(2026, 11, 28))
    assert sum(w.count for w in weeks) == len(dated)
    assert {w.monday for w in weeks} == {date(2026, 11, 2) + timedelta(weeks=i) for i in range(4)}
    for w in weeks:
        assert (w.status is Cadence.BELOW) == (w.count < w.low)
        assert (w.status is Cadence.ABOVE) == (w.count > w.high)


def test_a_week_over_says_it_fell_short_or_went_over_and_advises_nothing():
    """Only the current and coming weeks advise planning: a past week below target cannot get
    another post any more."""
    monday = date(2026, 11, 2)
    posts = [Dated(1, datetime(2026, 11, 16 + i, 2, tzinfo=UTC)) for i in range(6)]  # six, week 3
    weeks = cadence(
        [WEIBO], posts, "Asia/Shanghai", monday, monday + timedelta(weeks=4), today=date(2026, 11, 23)
    )
    by = {w.monday: w for w in weeks}
    past, above, current, coming = (
        by[monday],
        by[date(2026, 11, 16)],
        by[date(2026, 11, 23)],
        by[date(2026, 11, 30)],
    )
    assert past.over and above.over and not current.over and not coming.over
    assert past.explain().startswith("微博: 0 post")  # "posts" when English is installed
    assert past.explain().endswith(
        "week of 2026-11-02, 3 short of the target of 3-5 (SM-2); the week is over."
    )
    assert above.explain().endswith("1 over the target of 3-5 (SM-2); the week is over.")
    for sentence in (past.explain(), above.explain()):
        assert "plan" not in sentence and "move" not in sentence
    # the current week (today is its Monday) and the coming one still say what to plan
    assert current.explain().endswith("plan 3 more.") and coming.explain().endswith("plan 3 more.")
    # without today (a caller that does not know it) no week is over: the old advice
    assert not cadence([WEIBO], [], "UTC", monday, monday)[0].over


def test_the_last_day_of_a_week_is_still_the_current_week():
    monday = date(2026, 11, 2)
    sunday, next_monday = date(2026, 11, 8), date(2026, 11, 9)
    assert not cadence([WEIBO], [], "UTC", monday, monday, today=sunday)[0].over
    assert cadence([WEIBO], [], "UTC", monday, monday, today=next_monday)[0].over
