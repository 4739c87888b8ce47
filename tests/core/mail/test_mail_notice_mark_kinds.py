"""An important notice's mark typed with another bracket ([重要通知], ［重要通知］, 〖重要通知〗, with
spaces) is the same mark everywhere: EM-1 takes it as the 【重要通知】-[事项描述] form, and the
subject the announcement goes out with carries one 【重要通知】, not 【重要通知】-[重要通知]…"""

from __future__ import annotations

import pytest

from commdesk.core.mail.subject import important_notice, is_important_notice
from commdesk.core.rules.mail import em_1, follows_convention

VARIANTS = [
    "[重要通知]办公室搬迁",
    "〖重要通知〗-办公室搬迁",
    "［ 重要 通知 ］：办公室搬迁",
    "【重要通知】-办公室搬迁",
]


@pytest.mark.parametrize("subject", VARIANTS)
def test_every_bracket_kind_is_one_mark(subject):
    assert is_important_notice(subject)
    assert follows_convention(subject)
    assert em_1(subject) == []
    assert important_notice(subject) == "【重要通知】-办公室搬迁"


@pytest.mark.parametrize("subject", ["关于重要通知的说明", "【重要】通知-办公室搬迁"])
def test_words_that_are_no_mark_stay_text(subject):
    assert not is_important_notice(subject)
    assert important_notice(subject) == f"【重要通知】-{subject}"


def test_a_mark_alone_still_asks_for_the_matter():
    from commdesk.core.errors import ValidationError

    with pytest.raises(ValidationError):
        important_notice("[重要通知]")
