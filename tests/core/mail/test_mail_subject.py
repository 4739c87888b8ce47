import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.errors import ValidationError
from commdesk.core.mail.subject import MAX_SUBJECT_CHARS, build_subject, important_notice
from commdesk.core.rules.mail import em_1, follows_convention


def test_build_subject_in_the_procedure_form():
    assert build_subject("项目A", "周报", dt.date(2023, 11, 20)) == "【项目A】周报-20231120"
    assert build_subject("项目A", "周报", dt.datetime(2023, 11, 20, 9, 30)) == "【项目A】周报-20231120"
    assert build_subject(" 【项目A】 ", "  周报\n第3期 - ", "2023Q4") == "【项目A】周报 第3期-2023Q4"
    assert build_subject("", "周报", None) == "周报"
    assert important_notice(" 办公室\r\n搬迁 ") == "【重要通知】-办公室 搬迁"
    assert important_notice("【重要通知】-停电") == "【重要通知】-停电"


def test_empty_content_is_a_field_error():
    with pytest.raises(ValidationError) as err:
        build_subject("项目A", " \n ", dt.date(2023, 11, 20))
    assert "content" in err.value.errors
    with pytest.raises(ValidationError):
        important_notice("-")


@given(st.text(max_size=60), st.text(max_size=300).filter(lambda s: s.strip(" -–—_:：·|\t\n\r")), st.dates())
def test_built_subjects_are_one_safe_line_in_the_procedure_form(code, content, date):
    try:
        subject = build_subject(code, content, date)
    except ValidationError:
        return  # content made only of characters that are dropped
    assert "\n" not in subject and "\r" not in subject
    assert len(subject) <= MAX_SUBJECT_CHARS + 9
    assert subject.endswith(date.strftime("%Y%m%d"))


@given(st.text(max_size=100))
def test_important_notice_always_follows_the_form(description):
    try:
        subject = important_notice(description)
    except ValidationError:
        return
    assert follows_convention(subject)
    assert em_1(subject) == []
