"""Who raised a case logged by hand: a phone number or an e-mail address that is none is refused in
words naming the field and the fix (nothing is stored); a name alone finds the one customer record
of that exact name instead of making one more each time, and asks which when several carry it; a
message's details (intake, a set-aside message made a case) are kept as they came."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.core.errors import ValidationError
from commdesk.core.mail.incoming import IncomingMessage, Party, Source
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService


@pytest.fixture
def cases(ctx, people):
    return ctx.service(CaseService)


def log(cases, customer, **kw):
    return cases.create(Channel.LETTER, "A letter about the parking fees", customer=customer, **kw)


@pytest.mark.parametrize(
    ("customer", "field", "words"),
    [
        (("王芳", "abc", ""), "phone", "“abc”"),
        (("王芳", "12345", ""), "phone", "“12345”"),
        (("王芳", "", "not-an-email"), "email", "name@example.org"),
        (("王芳", "", "wang@"), "email", "“wang@”"),
    ],
)
def test_a_phone_or_address_that_is_none_is_refused_naming_the_field(cases, customer, field, words):
    before = cases.count()
    with pytest.raises(ValidationError) as refused:
        log(cases, customer)
    assert set(refused.value.errors) == {field}
    assert words in refused.value.errors[field]
    assert cases.count() == before  # nothing stored


def test_good_details_are_stored_normalised_and_found_again(cases):
    first = log(cases, ("王芳", "139 1234 5678", "Wang.Fang@Example.CN"))
    again = log(cases, ("", "+86 13912345678", ""))
    by_address = log(cases, ("", "", "wang.fang@example.cn"))
    assert first.customer_id == again.customer_id == by_address.customer_id
    assert again.raised_by == "王芳"


def test_a_name_alone_finds_its_one_record_and_asks_which_of_several(cases):
    first = log(cases, ("测试", "", ""))
    second = log(cases, ("测试", "", ""))
    assert second.customer_id == first.customer_id  # not one more record each time
    log(cases, ("张伟", "13912345678", ""))
    log(cases, ("张伟", "13812345678", ""))
    with pytest.raises(ValidationError) as refused:
        log(cases, ("张伟", "", ""))
    assert set(refused.value.errors) == {"customer"}
    assert "张伟" in str(refused.value) and "2" in str(refused.value)
    chosen = log(cases, ("张伟", "138 1234 5678", ""))
    assert chosen.raised_by == "张伟"


def test_details_that_came_with_a_message_are_kept_as_they_came(ctx, cases):
    made = log(cases, ("Reader", "", "reader@@example.cn"), typed=False)
    assert made.raised_by == "Reader"
    form = IncomingMessage(
        message_id="<form-row-2@forms.example.org>",
        fingerprint="form-row-2",
        source=Source.WEB_FORM,
        origin="form.csv, row 2",
        subject="停车场收费",
        text="收费太贵了。",
        sender=Party("李雷", ""),
        phone="电话坏了",
        date=datetime(2026, 3, 13, 7, 0, tzinfo=UTC),
    )
    result = ctx.service(CaseIntakeService).take_in([form])
    assert [i.outcome.value for i in result.items] == ["new"]  # never set aside for a form's odd phone
    assert cases.get(result.items[0].case_id).raised_by == "李雷"
