"""AN-4's one test of a subject: 重要通知 framed by brackets of any kind and width, with spaces or
invisible characters inside, is an important notice; the words without a frame are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.announcements.records import is_important_notice, unreviewed_notice

PAIRS = ["【】", "[]", "［］", "〖〗", "〔〕", "（）", "()", "「」", "《》", "〈〉", "＜＞", "〘〙"]


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize(
    "inside", ["重要通知", " 重要通知 ", "重要 通知", "\u3000重要通知\u3000", "重要\u200b通知"]
)
def test_the_mark_in_any_brackets_width_and_spacing_is_an_important_notice(pair, inside):
    opening, closing = pair
    for subject in (
        f"{opening}{inside}{closing}-办公室搬迁",
        f"Re: {opening}{inside}{closing}停电",
        f"转发：{opening}{inside}{closing}",
    ):
        assert is_important_notice(subject), subject
        assert unreviewed_notice("mail", subject) and unreviewed_notice("invitation", subject)
        assert not unreviewed_notice("announcement", subject)  # a reviewed announcement may say it


@pytest.mark.parametrize(
    "subject", ["关于重要通知的说明", "【重要】通知", "重要通知", "【通知】重要", "", "【重要通知"]
)
def test_the_words_without_a_frame_are_no_important_notice(subject):
    assert not is_important_notice(subject)


@given(st.text(max_size=30), st.text(max_size=30))
def test_a_frame_anywhere_in_any_subject_is_found(before, after):
    assert is_important_notice(before + "［ 重要通知 ］" + after)
