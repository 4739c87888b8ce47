"""The cadence sentence (SM-2) and the calendar's count in the catalogues' plural forms: "1 post",
"2 posts" in English, one form in Chinese; the number is the count the sentence is about."""

from __future__ import annotations

from datetime import date

import pytest

from commdesk import translations
from commdesk.core.i18n import translate
from commdesk.core.publishing.cadence import WeekCadence


def _week(count: int, today: date | None = None) -> WeekCadence:
    monday = date(2030, 3, 4)
    return WeekCadence(1, "Weibo · 华信科技", (2030, 10), monday, count, 3, 5, today)


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (0, "Weibo · 华信科技: 0 posts in the week of 2030-03-04, below the target of 3-5 (SM-2); plan 3 more."),
        (1, "Weibo · 华信科技: 1 post in the week of 2030-03-04, below the target of 3-5 (SM-2); plan 2 more."),
        (4, "Weibo · 华信科技: 4 posts in the week of 2030-03-04, within the target of 3-5."),
        (6, ("Weibo · 华信科技: 6 posts in the week of 2030-03-04, above the target of 3-5 (SM-2); "
             "move 1 to another week.")),
    ],
)  # fmt: skip
def test_english_says_one_post_and_many_posts(count, words):
    translations.install("en")
    assert _week(count).explain() == words


def test_chinese_counts_the_posts_and_the_entries():
    translations.install("zh_CN")
    assert (
        _week(1).explain()
        == "Weibo · 华信科技：2030-03-04 起的一周有 1 条帖子，低于 3-5 条的目标（SM-2）；请再计划 2 条。"
    )
    line = translate("CLI", "%n entry(ies) from {first} to {last}; times in {zone}.", None, 1)
    assert line.startswith("{first} 至 {last} 共 1 项")


def test_english_counts_the_calendars_entries():
    translations.install("en")
    one = translate("CLI", "%n entry(ies) from {first} to {last}; times in {zone}.", None, 1)
    many = translate("CLI", "%n entry(ies) from {first} to {last}; times in {zone}.", None, 12)
    assert one.startswith("1 entry from") and many.startswith("12 entries from")


def test_a_week_over_says_how_far_it_fell_short_in_both_languages():
    over = date(2030, 3, 11)  # the Monday after: the week is over
    translations.install("en")
    assert _week(1, over).explain() == (
        "Weibo · 华信科技: 1 post in the week of 2030-03-04, 2 short of the target of 3-5 (SM-2); the week is over."
    )
    assert _week(7, over).explain() == (
        "Weibo · 华信科技: 7 posts in the week of 2030-03-04, 2 over the target of 3-5 (SM-2); the week is over."
    )
    translations.install("zh_CN")
    assert _week(1, over).explain() == (
        "Weibo · 华信科技：2030-03-04 起的一周有 1 条帖子，比 3-5 条的目标少 2 条（SM-2）；该周已过。"
    )
    assert "请再计划" in _week(1, date(2030, 3, 10)).explain()  # its Sunday: still to plan
