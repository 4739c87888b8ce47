"""Validation of contact records (procedure rule CR-1): e-mail syntax, phones in E.164, required fields.

Required: a name (full name, or family / given name) and at least one way to reach the person
(e-mail, phone, WeChat, Weibo, LinkedIn, X or a postal address). A contact nobody can reach is no
use on a media list; a name is what officers search for.

E-mail syntax uses email-validator without network access. Most addresses are plain ASCII; those
take a strict regular-expression fast path that only accepts what email-validator accepts too
(a test checks this), everything else goes through email-validator. Chinese mobile numbers take a
similar fast path checked against phonenumbers per number block; other numbers are parsed by
phonenumbers with the default region and cached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from commdesk.core.contacts.names import clean_name, join_name, split_name, to_pinyin
from commdesk.core.contacts.records import ContactRecord, Email, Phone, field_label
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


@dataclass(frozen=True)
class FieldError:
    field: str  # a ContactRecord field name
    message: str  # one sentence naming the fix
    value: str = ""


_FAST_EMAIL = re.compile(
    r"^(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)
_SPECIAL = frozenset(SPECIAL_USE_DOMAIN_NAMES)


class EmailProblem(ValueError):
    pass


def _fast_email(address: str) -> str | None:
    m = _FAST_EMAIL.match(address)
    if not m or len(address) > 254 or len(m["local"]) > 64:
        return None
    domain = m["domain"].lower()
    if "--" in domain or domain.rpartition(".")[2] in _SPECIAL:
        # punycode, other labels with "--" (reserved by IDNA: "ab--c" is refused) and reserved
        # names: let email-validator decide
        return None
    return f"{m['local']}@{domain}"


@lru_cache(maxsize=8192)  # addresses seldom repeat: a large cache only holds memory in a big import
def normalise_email(address: str) -> str:
    """The normalised address (domain lower case, IDN in Unicode); raises EmailProblem naming the fix."""
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    fast = _fast_email(address)
    if fast is not None:
        return fast
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise EmailProblem(str(exc)) from None


def email_key(address: str) -> str:
    """What two addresses must share to be the same mailbox for matching (case-insensitive)."""
    return address.strip().casefold()


_CN_MOBILE = re.compile(r"^(?:\+86|0086|86)?(1[3-9]\d{9})$")
_PHONE_JUNK = re.compile(r"[\s\-().\u00a0/·]")


class PhoneProblem(ValueError):
    pass


@lru_cache(maxsize=4096)
def _cn_block_valid(block: str) -> bool:
    # In phonenumbers' metadata the validity of an 11-digit Chinese mobile number depends on its
    # first five digits only (test_fast_mobile_path_agrees_with_phonenumbers keeps this honest).
    return phonenumbers.is_valid_number(phonenumbers.parse(block + "000000", "CN"))


@lru_cache(maxsize=8192)  # numbers seldom repeat: a large cache only holds memory in a big import
def normalise_phone(number: str, default_region: str = "CN") -> str:
    """The number in E.164 ("+8613912345678"); raises PhoneProblem naming the fix."""
    text = number.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    compact = _PHONE_JUNK.sub("", text).replace("（", "").replace("）", "").replace("－", "")
    m = _CN_MOBILE.match(compact)
    if m and (default_region == "CN" or compact.startswith(("+86", "0086"))) and _cn_block_valid(m[1][:5]):
        return "+86" + m[1]
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise PhoneProblem(
            translate(
                "Contacts",
                "it is not a phone number; write digits, with the country code for numbers "
                "abroad (e.g. +44 20 7946 0000)",
            )
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        raise PhoneProblem(
            translate(
                "Contacts",
                "no such number in {region}; check the digits, or add the country code "
                "(e.g. +852 for Hong Kong)",
            ).format(region=default_region)
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)
def format_phone(e164: str) -> str:
    """Readable international form ("+86 139 1234 5678") of an E.164 number."""
    if len(e164) == 14 and e164.startswith("+861") and e164[4] in "3456789" and e164[1:].isdigit():
        return f"+86 {e164[3:6]} {e164[6:10]} {e164[10:]}"
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    except phonenumbers.NumberParseException:
        return e164


def _normalise_list(items, key):
    """Drop repeats (by key) and make exactly one entry primary."""
    if len(items) < 2:  # most contacts have one address and one number
        return [x if x.primary else x._replace(primary=True) for x in items]
    out, seen = [], set()
    for item in items:
        k = key(item)
        if k in seen:
            continue
        seen.add(k)
        out.append(item)
    if out:
        first = next((i for i, x in enumerate(out) if x.primary), 0)
        out = [
            x if x.primary == (i == first) else x._replace(primary=(i == first)) for i, x in enumerate(out)
        ]
    return out


def complete_names(record: ContactRecord) -> ContactRecord:
    """Fill what can be derived: full name from its parts or the parts from it, and pinyin."""
    full, family, given = (
        clean_name(record.full_name),
        clean_name(record.family_name),
        clean_name(record.given_name),
    )
    if not full:
        full = join_name(family, given)
    elif not family and not given:
        family, given = split_name(full)
    pinyin = clean_name(record.pinyin).lower() or to_pinyin(full, family or None)
    if (full, family, given, pinyin) == (
        record.full_name,
        record.family_name,
        record.given_name,
        record.pinyin,
    ):
        return record
    return record.copy(full_name=full, family_name=family, given_name=given, pinyin=pinyin)


def check_contact(
    record: ContactRecord, default_region: str = "CN", required: bool = True, copy: bool = True
) -> tuple[ContactRecord, list[FieldError]]:
    """Normalised copy (e-mails normalised, phones in E.164, one primary each) and the field errors.

    Invalid e-mails and phones are left out of the copy and reported. ``required=False`` skips the
    required-field rule (for partial records merged into an existing contact). ``copy=False``
    normalises ``record`` itself (an import's record, made for this) and returns it.
    """
    errors: list[FieldError] = []
    emails: list[Email] = []
    for e in record.emails:
        if not e.address.strip():
            continue
        try:
            address = normalise_email(e.address)
            label = e.label.strip()
            emails.append(
                e if address == e.address and label == e.label else Email(label, address, e.primary)
            )
        except EmailProblem as exc:
            errors.append(
                FieldError(
                    "emails",
                    translate("Contacts", "E-mail address {value} is not valid: {reason}").format(
                        value=e.address, reason=exc
                    ),
                    e.address,
                )
            )
    phones: list[Phone] = []
    for p in record.phones:
        if not p.number.strip():
            continue
        try:
            number = normalise_phone(p.number, default_region)
            label = p.label.strip()
            phones.append(p if number == p.number and label == p.label else Phone(label, number, p.primary))
        except PhoneProblem as exc:
            errors.append(
                FieldError(
                    "phones",
                    translate("Contacts", "Phone number {value} is not valid: {reason}").format(
                        value=p.number, reason=exc
                    ),
                    p.number,
                )
            )
    emails = _normalise_list(emails, _email_entry_key)
    phones = _normalise_list(phones, _phone_entry_key)
    if copy:
        out = record.copy(emails=emails, phones=phones)
    else:
        out = record
        out.emails, out.phones = emails, phones
    errors += length_errors(out)
    if required:
        errors += required_errors(out, reported=errors)
    return out, errors


# The most characters each one-line field may hold (what the database stores; a test keeps these
# equal to the contacts columns). Notes and the postal address are unbounded.
MAX_LENGTHS = {
    "full_name": 300,
    "family_name": 200,
    "given_name": 200,
    "pinyin": 300,
    "title": 300,
    "outlet": 300,
    "wechat": 200,
    "weibo": 200,
    "linkedin": 300,
    "x": 200,
    "preferred_channel": 50,
    "language": 50,
    "contact_time": 200,
    "source": 300,
}
# ... and each entry of the list fields, and the label of an e-mail or a phone
MAX_ENTRY_LENGTHS = {"outlets": 300, "beats": 100, "label": 50}
_SCALAR_VALUES = attrgetter(*MAX_LENGTHS)
_SHORTEST = min(MAX_LENGTHS.values())


def length_errors(record: ContactRecord) -> list[FieldError]:
    """A field longer than it may be stored (never cut short silently), naming the limit."""
    values = _SCALAR_VALUES(record)
    errors = []
    if (
        sum(map(len, filter(None, values))) > _SHORTEST
    ):  # most records: every value together is shorter than any limit
        for (f, limit), v in zip(MAX_LENGTHS.items(), values, strict=False):
            if v and len(v) > limit:
                errors.append(FieldError(f, too_long(field_label(f), limit, len(v)), v[:40]))
    for f in ("outlets", "beats"):
        limit = MAX_ENTRY_LENGTHS[f]
        for v in getattr(record, f):
            if len(v) > limit:
                errors.append(FieldError(f, too_long(field_label(f), limit, len(v)), v[:40]))
    limit = MAX_ENTRY_LENGTHS["label"]
    for f, items in (("emails", record.emails), ("phones", record.phones)):
        for item in items:
            if len(item.label) > limit:
                errors.append(
                    FieldError(
                        f,
                        translate(
                            "Contacts",
                            "The label {label} of {field} is too long: at most {max} characters; shorten it.",
                        ).format(label=item.label[:40], field=field_label(f), max=limit),
                        item.label[:40],
                    )
                )
    return errors


def too_long(label: str, limit: int, n: int) -> str:
    return translate(
        "Contacts",
        "{field} is too long: at most {max} characters, this one has {n}. Shorten it and save again.",
    ).format(field=label, max=limit, n=n)


def _email_entry_key(e: Email) -> str:
    return email_key(e.address)


def _phone_entry_key(p: Phone) -> str:
    return p.number


def required_errors(record: ContactRecord, reported: Sequence[FieldError] = ()) -> list[FieldError]:
    """The required-field rule alone (a name; a way to reach the person)."""
    errors = []
    if not (record.full_name.strip() or record.family_name.strip() or record.given_name.strip()):
        errors.append(
            FieldError(
                "full_name",
                translate("Contacts", "A name is missing; enter the full name (or family and given name)."),
            )
        )
    reachable = (
        record.emails
        or record.phones
        or any(getattr(record, f).strip() for f in ("wechat", "weibo", "linkedin", "x", "address"))
    )
    if not reachable and not any(f.field in ("emails", "phones") for f in reported):
        errors.append(
            FieldError(
                "emails",
                translate(
                    "Contacts",
                    "There is no way to reach this person; enter an e-mail address, a phone "
                    "number, a social account or a postal address.",
                ),
            )
        )
    return errors


# Fields that hold a link or an account: one line, always (a line break there would be a broken
# link and, unescaped, a broken line in every later vCard export).
LINK_FIELDS = ("wechat", "weibo", "linkedin", "x")
_LINE_BREAK = re.compile("[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def has_line_break(value: str) -> bool:
    return bool(_LINE_BREAK.search(value or ""))


def line_break_error(field: str, label: str) -> str:
    return translate(
        "Contacts",
        "{field} holds a line break; a link or account name must be on one line. Remove the line break.",
    ).format(field=label)


def line_break_errors(record: ContactRecord) -> list[FieldError]:
    """A link or account field of the record as typed (before trimming) that holds a line break."""
    return [
        FieldError(f, line_break_error(f, field_label(f)), getattr(record, f))
        for f in LINK_FIELDS
        if has_line_break(getattr(record, f))
    ]


def validate_contact(record: ContactRecord, default_region: str = "CN") -> list[FieldError]:
    return check_contact(record, default_region)[1]


def raise_for_errors(errors: list[FieldError]) -> None:
    """Raise ``ValidationError({field: message})`` (messages of one field joined by newlines)."""
    if errors:
        merged: dict[str, str] = {}
        for e in errors:
            merged[e.field] = f"{merged[e.field]}\n{e.message}" if e.field in merged else e.message
        raise ValidationError(merged)
