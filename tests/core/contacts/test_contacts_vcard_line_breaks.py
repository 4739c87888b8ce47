"""A carriage return or line feed (or any other line break) inside any field cannot split a vCard
line on export: every record comes back as one card with each value whole, read
with an independent parser (vobject)."""

from __future__ import annotations

import re

import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.core.contacts.exporting import write_vcards
from commdesk.core.contacts.records import CONTACT_TEXT_FIELDS, ContactRecord, Email, Phone

BREAKS = ["\r\n", "\r", "\n", "\u2028", "\u0085", "\x0b", "\x0c"]
# text with line breaks, colons, semicolons and property-like words where a split would do harm
hostile = st.lists(
    st.one_of(
        st.sampled_from([*BREAKS, ":", ";", ",", "\\", "END:VCARD", "BEGIN:VCARD", "EMAIL:x@y.z"]),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
    ),
    min_size=1,
    max_size=8,
).map("".join)


def _plain(text: str) -> str:
    """What a value reads as after a round trip: every line break one LF, other controls gone."""
    text = re.sub("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text)
    return re.sub("[\x00-\x08\x0e-\x1b\x1f\x7f]", "", text)


@st.composite
def records(draw):
    values = {f: draw(hostile) for f in CONTACT_TEXT_FIELDS}
    values["full_name"] = "x" + values["full_name"]
    return ContactRecord(
        **values,
        emails=[Email(draw(hostile), "a@b.example.com", True)],
        phones=[Phone(draw(hostile), "+8613912345678", True)],
    )


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=3))
def test_no_value_splits_a_line(recs):
    text = write_vcards(recs)
    lines = text.split("\r\n")
    assert lines[-1] == "" and all("\r" not in ln and "\n" not in ln for ln in lines)
    for ln in lines[:-1]:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]", ln), repr(ln)
        assert len(ln.encode("utf-8")) <= 75
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(recs)
    for card, rec in zip(cards, recs, strict=False):
        assert card.fn.value == _plain(rec.full_name)
        assert card.note.value == _plain(rec.notes) if _plain(rec.notes) else not hasattr(card, "note")
        assert card.title.value == _plain(rec.title) if _plain(rec.title) else True
        assert [e.value for e in card.contents["email"]] == ["a@b.example.com"]
        assert [t.value for t in card.contents["tel"]] == ["tel:+8613912345678"]
        assert len(card.contents["fn"]) == 1 and "end" not in card.contents


def test_a_link_with_a_line_break_is_refused_at_save(ctx, people):
    import pytest

    from commdesk.core.contacts.records import OutletRecord
    from commdesk.core.errors import ValidationError
    from commdesk.services.contacts.service import ContactService

    svc = ctx.service(ContactService)
    rec = ContactRecord(full_name="王伟", emails=[Email("", "ww@xinhua.example.com")])
    for field in ("linkedin", "x", "weibo", "wechat"):
        bad = rec.copy(**{field: "https://example.com/in/wang\r\nEMAIL:evil@x.example"})
        assert "line break" in svc.validate(bad)[field]
        with pytest.raises(ValidationError, match="holds a line break") as err:
            svc.create(bad)
        assert field in err.value.errors
    with pytest.raises(ValidationError, match="Website holds a line break"):
        svc.save_outlet(OutletRecord(name="新华社", website="https://xinhua.example\nX"))
    # a postal address has lines of its own: kept, and escaped in the vCard
    made = svc.create(
        rec.copy(address="北京市宣武门西大街57号\r\n新华社大楼", linkedin="https://example.com/in/wang")
    )
    assert made.record.address == "北京市宣武门西大街57号\n新华社大楼"
    (card,) = vobject.readComponents(write_vcards([made.record]))
    assert "新华社大楼" in card.adr.value.street


def test_a_control_between_cr_and_lf_leaves_two_line_breaks():
    from commdesk.core.contacts.exporting import escape_text

    assert escape_text("x\r\x10\ny") == "x\\n\\ny" == escape_text(_plain("x\r\x10\ny"))
