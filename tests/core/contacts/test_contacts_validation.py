import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.core.contacts.validation import (
    EmailProblem,
    PhoneProblem,
    _fast_email,
    check_contact,
    normalise_email,
    normalise_phone,
    raise_for_errors,
    validate_contact,
)
from commdesk.core.errors import ValidationError


def test_email_is_normalised_and_bad_ones_name_the_problem():
    assert normalise_email(" A.B@Example.COM ") == "A.B@example.com"
    assert normalise_email("王@例子.中国") == "王@例子.中国"
    for bad in ("zhangmin(at)thepaper.cn", "a..b@c.com", "x@localhost", "a@b.test"):
        with pytest.raises(EmailProblem):
            normalise_email(bad)


@pytest.mark.parametrize(
    "raw, e164",
    [
        ("13912345678", "+8613912345678"),
        ("139 1234 5678", "+8613912345678"),
        ("+86-139-1234-5678", "+8613912345678"),
        ("010-6307 1114", "+861063071114"),
        ("+44 20 7946 0958", "+442079460958"),
        ("tel:+33-6-12-34-56-78", "+33612345678"),
    ],
)
def test_phones_become_e164(raw, e164):
    assert normalise_phone(raw, "CN") == e164


@pytest.mark.parametrize("raw", ["1.39123E+10", "12345", "17406123456", "abc", "10086100861"])
def test_bad_phones_are_refused(raw):
    with pytest.raises(PhoneProblem):
        normalise_phone(raw, "CN")


def test_default_region_applies_to_national_numbers():
    assert normalise_phone("020 7946 0958", "GB") == "+442079460958"


def test_required_fields_and_field_messages():
    errors = validate_contact(ContactRecord(), "CN")
    assert {e.field for e in errors} == {"full_name", "emails"}
    errors = validate_contact(ContactRecord(full_name="王伟", emails=[Email("", "bad@", False)]), "CN")
    assert [e.field for e in errors] == ["emails"] and "bad@" in errors[0].message
    assert validate_contact(ContactRecord(full_name="王伟", wechat="ww"), "CN") == []
    with pytest.raises(ValidationError) as info:
        raise_for_errors(validate_contact(ContactRecord(), "CN"))
    assert set(info.value.errors) == {"full_name", "emails"}


def test_check_contact_keeps_one_primary_and_drops_repeats():
    rec, errors = check_contact(
        ContactRecord(
            full_name="x",
            phones=[
                Phone("", "13912345678"),
                Phone("work", "+86 139 1234 5678", True),
                Phone("", "010-63071114"),
            ],
        ),
        "CN",
    )
    assert errors == []
    assert rec.phones == [Phone("", "+8613912345678", True), Phone("", "+861063071114", False)]


ascii_local = st.from_regex(r"[A-Za-z0-9._%+!#'-]{1,20}", fullmatch=True)
ascii_domain = st.from_regex(r"([A-Za-z0-9-]{1,12}\.){1,3}[A-Za-z]{2,6}", fullmatch=True)


@settings(deadline=None)
@given(ascii_local, ascii_domain)
@example("0", "00--0.AA")  # "--" in the 3rd and 4th place of a label is reserved (IDNA): refused
@example("wang", "ab--cd.example.cn")
def test_fast_email_path_agrees_with_email_validator(local, domain):
    address = f"{local}@{domain}"
    fast = _fast_email(address)
    if fast is None:
        return
    try:
        full = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        pytest.fail(f"fast path accepted {address!r}, email-validator refuses it")
    assert fast == full


@settings(deadline=None)
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_fast_mobile_path_agrees_with_phonenumbers(number):
    import phonenumbers

    parsed = phonenumbers.parse(number, "CN")
    try:
        got = normalise_phone(number, "CN")
    except PhoneProblem:
        got = None
    want = "+86" + number if phonenumbers.is_valid_number(parsed) else None
    assert got == want
