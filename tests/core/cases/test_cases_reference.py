"""Case references: made, put into a subject, found again in whatever a mail program sends back."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from commdesk.core.cases.reference import (
    find_reference,
    format_reference,
    parse_reference,
    reference_tag,
    tag_subject,
)

REF = "CD-2026-000123"


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_format_and_tag():
    assert format_reference(2026, 123) == REF
    assert format_reference(2026, 1_234_567) == "CD-2026-1234567"  # never cut
    assert reference_tag(REF) == "[CD-2026-000123]"
    assert reference_tag("cd－２０２６－000123") == "[CD-2026-000123]"
    for year, number in ((999, 1), (10000, 1), (2026, 0), (2026, -5)):
        with pytest.raises(ValueError):
            format_reference(year, number)


@pytest.mark.parametrize(
    "subject",
    [
        "[CD-2026-000123] 您的来信已收到",
        "Re: [CD-2026-000123] 您的来信已收到",
        "RE: Re: re:[CD-2026-000123]",
        "回复：【CD-2026-000123】关于投诉的答复",
        "回复: 回复: 【CD-2026-000123】",
        "转发：（CD-2026-000123）投诉",
        "Fwd: FW: AW: cd-2026-000123 follow-up",
        "答复：【ＣＤ－２０２６－０００１２３】",  # full-width letters, digits and hyphens
        "Re:［ＣＤ－２０２６－０００１２３］",  # full-width square brackets
        "Re: CD—2026—000123",  # em dashes
        "Re: CD–2026–000123",  # en dashes
        "Re: CD‐2026‐000123",  # Unicode hyphen
        "Re: CD − 2026 − 000123",  # minus signs with spaces
        "Re: CD - 2026 - 000123",
        "Re: CD_2026_000123",
        "Re: 【CD\u200b-2026-\u00ad000123】",  # zero-width space and soft hyphen inside
        "回复：案件编号CD-2026-000123号的处理结果",  # Chinese right against it on both sides
        "Re:\u3000CD-2026-000123\u3000谢谢",  # ideographic spaces
        "Re: [CD-2026-000123] Fwd: [CD-2025-000999] 旧事项",  # the first one is the case replied to
    ],
)
def test_found_in_messy_subjects(subject):
    assert find_reference(subject) == REF


@pytest.mark.parametrize(
    "subject",
    [
        None,
        "",
        "Re: 您好",
        "ABCD-2026-000123",  # part of a longer word
        "XCD-2026-000123",
        "CD-26-000123",  # two-digit year
        "CD-2026-00123",  # too few digits
        "CD-20261-000123",
        "CD-2026-000000",  # no case 0
        "CD2026000123",  # no separators at all: an order number, not ours
        "Order 2026-000123",
        "CD-2026-",
    ],
)
def test_not_found_where_there_is_none(subject):
    assert find_reference(subject) is None


def test_a_longer_number_is_read_to_its_last_digit():
    assert find_reference("Re: CD-2026-0001234") == format_reference(2026, 1234) == "CD-2026-001234"
    assert find_reference("Re: CD-2026-1234567") == "CD-2026-1234567"


def test_parse_needs_the_whole_text():
    assert parse_reference(" ｃｄ－２０２６－０００１２３ ") == (2026, 123)
    for text in ("Re: CD-2026-000123", "CD-2026-000123x", ""):
        with pytest.raises(ValueError):
            parse_reference(text)


def test_tag_subject_adds_the_tag_once():
    assert tag_subject("您的来信", REF) == "[CD-2026-000123] 您的来信"
    assert tag_subject("", REF) == "[CD-2026-000123]"
    replied = "回复：【ＣＤ－２０２６－０００１２３】您的来信"
    assert tag_subject(replied, REF) == replied
    # Another case's reference in the subject: ours goes in front and is the one found.
    other = tag_subject("Fwd: [CD-2025-000009] 旧事", REF)
    assert other.startswith("[CD-2026-000123]") and find_reference(other) == REF


years = st.integers(min_value=1000, max_value=9999)
numbers = st.integers(min_value=1, max_value=10**9)


@given(years, numbers)
def test_round_trip(year, number):
    reference = format_reference(year, number)
    assert parse_reference(reference) == (year, number)
    assert find_reference(reference) == reference
    assert find_reference(full_width(reference).lower()) == reference
    assert reference_tag(reference) == f"[{reference}]"


@given(years, numbers, st.text(max_size=40), st.text(max_size=40))
def test_found_in_any_subject_that_carries_its_tag(year, number, before, after):
    assume(find_reference(before) is None)  # a subject that already names another case comes first
    reference = format_reference(year, number)
    assert find_reference(before + reference_tag(reference) + after) == reference
    tagged = tag_subject(before + after, reference)
    assert find_reference(tagged) == reference
    assert tag_subject(tagged, reference) == tagged
