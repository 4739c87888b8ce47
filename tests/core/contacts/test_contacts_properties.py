"""Property tests: parsers and writers never crash and round-trip what they wrote."""

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from commdesk.core.contacts.exporting import write_csv, write_vcards
from commdesk.core.contacts.importing import DictLookup, ImportFileError, guess_mapping, plan_import
from commdesk.core.contacts.importing.mapping import clean_text
from commdesk.core.contacts.importing.sources import decode_text, read_csv_text
from commdesk.core.contacts.importing.vcard import parse_vcards, vcard_table
from commdesk.core.contacts.names import clean_name, search_keys, short_keys, sort_key, split_name, to_pinyin
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier

PHONES = ["+8613912345678", "+861063071114", "+442079460958", "+33612345678", "+85291234567", "+14155552671"]
LABELS = ["", "work", "home", "mobile", "other", "fax", "采访专用", "Press office"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def one_line(min_size=0):
    return text.map(clean_text).filter(lambda s: len(s) >= min_size)


def name_part():
    return text.map(clean_name).filter(bool)


def item(s):  # list entries: no separators the import splits on
    return (
        one_line(1)
        .filter(lambda v: not re.search(r"[;；,，、|\n]|:::", v) and v == clean_text(v))
        .filter(lambda v: v.strip() == v)
    )


@st.composite
def records(draw):
    outlet = draw(item(None))
    outlets = draw(st.lists(item(None), max_size=2, unique_by=str.casefold))
    outlets = [o for o in outlets if o.casefold() != outlet.casefold()]
    emails = draw(
        st.lists(
            st.from_regex(r"[a-z0-9]{1,8}@[a-z]{1,8}\.(com|cn|org)", fullmatch=True),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    phones = draw(st.lists(st.sampled_from(PHONES), max_size=3, unique=True))
    handles = [draw(one_line()) for _ in range(4)]
    assume(not any(h.lower().startswith("x-apple:") for h in handles))
    return ContactRecord(
        full_name=draw(name_part()),
        family_name=draw(name_part()),
        given_name=draw(name_part()),
        pinyin=draw(st.from_regex(r"[a-z]{1,6}( [a-z]{1,6}){0,2}", fullmatch=True)),
        title=draw(one_line()),
        outlet=outlet,
        outlets=outlets,
        beats=draw(st.lists(item(None), max_size=3, unique_by=str.casefold)),
        emails=[Email(draw(st.sampled_from(LABELS)), e, i == 0) for i, e in enumerate(emails)],
        phones=[Phone(draw(st.sampled_from(LABELS)), p, i == 0) for i, p in enumerate(phones)],
        wechat=handles[0],
        weibo=handles[1],
        linkedin=handles[2],
        x=handles[3],
        address=draw(text.map(lambda s: clean_text(s, True))),
        preferred_channel=draw(one_line()),
        language=draw(one_line()),
        contact_time=draw(one_line()),
        notes=draw(text.map(lambda s: clean_text(s, True))),
        tier=draw(st.sampled_from([None, *Tier])),
        status=draw(st.sampled_from(list(Status))),
        source=draw(one_line()),
    )


def reimport_text(content: str, kind: str):
    if kind == "vcard":
        table = vcard_table("x.vcf", parse_vcards(content, "x.vcf"))
    else:
        table = read_csv_text(content, "x.csv")
    plan = plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN", unguard=kind != "vcard")
    assert not plan.rejected, plan.rejected
    return [c.record for c in plan.create]


SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


@SETTINGS
@given(records())
def test_vcard_writer_parser_round_trip(rec):
    assert reimport_text(write_vcards([rec]), "vcard") == [rec]


@SETTINGS
@given(records())
def test_csv_export_import_round_trip(rec):
    content, _ = decode_text(write_csv([rec]), "x.csv")
    assert reimport_text(content, "csv") == [rec]


@settings(deadline=None)
@given(text)
def test_names_never_crash(name):
    family, given_ = split_name(name)
    assert isinstance(to_pinyin(name), str) and isinstance(sort_key(name), tuple)
    assert all(isinstance(k, str) and k for k in search_keys(name))
    compact = clean_name(name).replace(" ", "")
    assert family.replace(" ", "") in compact and given_.replace(" ", "") in compact


@settings(deadline=None)
@given(st.text(max_size=300))
def test_vcard_parser_never_crashes_on_arbitrary_text(body):
    try:
        cards = parse_vcards("BEGIN:VCARD\r\n" + body + "\r\nEND:VCARD", "x.vcf")
    except ImportFileError:
        return
    vcard_table("x.vcf", cards)


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_csv_reader_never_crashes_on_bytes(data):
    try:
        content, _ = decode_text(data, "x.csv")
        read_csv_text(content, "x.csv")
    except ImportFileError as exc:
        assert "x.csv" in str(exc)


def _reference_short_keys(search_text: str) -> set:
    # the rule of names.short_keys written out plainly: a key starts each token, follows each
    # punctuation character, and starts at and after each Chinese character
    def cjk(ch):
        return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"

    keys = set()
    for token in search_text.split():
        prev = ""
        for i, ch in enumerate(token):
            if i == 0 or not prev.isalnum() or cjk(ch) or cjk(prev):
                keys.add(token[i : i + 2])
            prev = ch
    return keys


@SETTINGS
@given(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
    | st.from_regex(r"[a-z0-9.@+_-]{0,30}( [a-z0-9.@+_-]{0,30})*", fullmatch=True)
)
def test_short_keys_follow_the_word_start_rule(value):
    assert short_keys(value) == _reference_short_keys(value)


@SETTINGS
@given(records())
def test_keys_written_with_a_row_are_the_keys_of_its_search_text(record):
    from commdesk.persistence.repositories.contacts.rows import ROW_COLUMNS, row_tuple_and_keys, row_values
    from commdesk.persistence.repositories.contacts.search_keys import key_text

    row, keys = row_tuple_and_keys(record)
    values = dict(zip(ROW_COLUMNS, row, strict=False))
    assert values == row_values(record)
    assert keys == short_keys(key_text(values["search_text"], values["notes"]))
