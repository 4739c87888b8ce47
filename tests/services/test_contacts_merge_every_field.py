"""Merging two contacts that differ in every field the contact has: whichever side
each field is taken from, the merge works, the merged contact holds the chosen values, and undo
gives both contacts back exactly as they were. The field list comes from the model, so a field
added to the contact (a column or a child table) fails here until the merge handles it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect

from commdesk.core.contacts.records import (
    CONTACT_FIELDS,
    LIST_FIELDS,
    MERGE_CHOICES,
    ContactRecord,
    Email,
    Phone,
    Status,
    Tier,
)
from commdesk.persistence.models import Base
from commdesk.persistence.models.contacts import ContactRow
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService

# Columns of a contact row that no person chooses in a merge: keys, bookkeeping, trash and merge
# state, and what is derived from the record's fields on every write.
BOOKKEEPING = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "deleted",
    "deleted_at",
    "merged_into",
    "erased",
    "search_text",
    "sort_key",
    "pinyin_key",
    "outlet_key",
    "primary_email",
    "primary_phone",
    "last_contact_at",
}
MIRRORS = {"outlets_text": "outlets", "beats_text": "beats", "emails_text": "emails", "phones_text": "phones"}
ROW_COLUMN = {"owner_id": "owner"}
# Tables that hang off a contact: the record's list fields, or what the merge moves to the kept contact.
CHILDREN = {
    "contact_outlets": "outlets",
    "contact_emails": "emails",
    "contact_phones": "phones",
    "contact_beats": "beats",
    "contact_search_keys": "derived",
    "contact_consents": "moved",
    "contact_interactions": "moved",
    "contact_list_members": "moved",
    "cases": "moved",
    "event_invitees": "moved",
}

LEFT = {
    "full_name": "王伟",
    "family_name": "王",
    "given_name": "伟",
    "pinyin": "wang wei",
    "title": "记者",
    "outlet": "新华社",
    "outlets": ["人民日报"],
    "beats": ["财经"],
    "emails": [Email("work", "wangwei@xinhua.example", True)],
    "phones": [Phone("mobile", "+8613912345678", True)],
    "wechat": "wangwei88",
    "weibo": "@王伟",
    "linkedin": "https://www.linkedin.com/in/wangwei",
    "x": "@wangwei",
    "address": "北京市宣武门西大街57号",
    "preferred_channel": "email",
    "language": "zh",
    "contact_time": "上午",
    "notes": "只接受书面采访",
    "tier": Tier.A,
    "status": Status.ACTIVE,
    "source": "两会名单",
}
RIGHT = {
    "full_name": "Anna Müller",
    "family_name": "Müller",
    "given_name": "Anna",
    "pinyin": "anna mueller",
    "title": "Korrespondentin",
    "outlet": "Handelsblatt",
    "outlets": ["Die Zeit"],
    "beats": ["Autos"],
    "emails": [Email("home", "anna@handelsblatt.example", True)],
    "phones": [Phone("work", "+493012345678", True)],
    "wechat": "annam",
    "weibo": "@anna",
    "linkedin": "https://www.linkedin.com/in/annam",
    "x": "@annam",
    "address": "Toulouser Allee 27, Düsseldorf",
    "preferred_channel": "phone",
    "language": "de",
    "contact_time": "afternoons",
    "notes": "prefers calls",
    "tier": Tier.C,
    "status": Status.LEFT,
    "source": "trade fair 2025",
}
DATES = (date(2025, 3, 1), date(2026, 6, 30))


def test_the_two_sides_differ_in_every_field_the_contact_has():
    assert set(LEFT) == set(RIGHT) == set(CONTACT_FIELDS)
    assert all(LEFT[f] != RIGHT[f] for f in CONTACT_FIELDS)
    for col in inspect(ContactRow).columns.keys():  # noqa: SIM118 - a ColumnCollection iterates columns, not names
        if col in BOOKKEEPING:
            continue
        choice = MIRRORS.get(col) or ROW_COLUMN.get(col) or col
        assert choice in MERGE_CHOICES, f"contacts.{col} cannot be chosen in a merge"
    contacts_id = ContactRow.__table__.c.id
    children = {
        t.name for t in Base.metadata.sorted_tables if any(fk.column is contacts_id for fk in t.foreign_keys)
    }
    assert children == set(CHILDREN), "a table hanging off contacts that the merge does not know"
    assert {v for v in CHILDREN.values() if v in CONTACT_FIELDS} == set(LIST_FIELDS)


@pytest.fixture
def svc(ctx, people):
    return ctx.service(ContactService)


def _pair(svc, ctx, people):
    a = svc.create(ContactRecord(**LEFT), owner_id=people["officer"].id)
    b = svc.create(ContactRecord(**RIGHT), owner_id=people["officer2"].id)
    from sqlalchemy import update

    with ctx.unit_of_work() as uow:  # the source dates differ too (create stamps today's date)
        for cid, day in zip((a.id, b.id), DATES, strict=False):
            uow.session.execute(update(ContactRow).where(ContactRow.id == cid).values(source_date=day))
    svc.log_interaction(b.id, "call", datetime(2026, 5, 1, 8, tzinfo=UTC), "phone", "asked about autos")
    svc.log_interaction(a.id, "pitch", datetime(2026, 5, 2, 8, tzinfo=UTC), "email", "pitched budget")
    svc.set_do_not_contact(b.id, "phone", "asked by e-mail")
    lists = ctx.service(ContactListService)
    lists.add(lists.create_static(f"list {a.id}").id, [b.id])
    return a.id, b.id


def _state(svc, cid):
    d = svc.get(cid)
    return (
        d.record,
        d.owner_id,
        d.source_date,
        d.deleted,
        d.lists,
        [(c.channel, c.reason) for c in d.consents],
        [(i.kind, i.summary) for i in svc.history(cid)],
    )


def _value(detail, name):
    if name == "owner":
        return detail.owner_id
    if name == "source_date":
        return detail.source_date
    return getattr(detail.record, name)


CASES = {
    "all left": dict.fromkeys(MERGE_CHOICES, "keep"),
    "all right": dict.fromkeys(MERGE_CHOICES, "other"),
    "nothing chosen": {},
    "mixed": {
        f: ("keep", "other")[i % 2]
        for i, f in enumerate(MERGE_CHOICES)
        if f not in ("family_name", "given_name", "pinyin")
    },
}


@pytest.mark.parametrize("case", CASES)
def test_merge_takes_each_chosen_side_and_undo_restores_both(svc, ctx, people, case):
    choices = CASES[case]
    a, b = _pair(svc, ctx, people)
    before = {a: _state(svc, a), b: _state(svc, b)}
    sides = {"keep": svc.get(a), "other": svc.get(b)}
    merge_id = svc.merge(a, b, choices)
    merged = svc.get(a)
    for name in MERGE_CHOICES:
        choice = choices.get(name)
        if choice is not None:
            assert _value(merged, name) == _value(sides[choice], name), name
        elif name in LIST_FIELDS:  # both combined, the kept contact's first
            got = [getattr(x, "address", getattr(x, "number", x)) for x in _value(merged, name)]
            theirs = sides["other"].record.all_outlets if name == "outlets" else _value(sides["other"], name)
            want = [
                getattr(x, "address", getattr(x, "number", x)) for x in _value(sides["keep"], name) + theirs
            ]
            if name == "outlets":  # the other's primary outlet is kept as a further one
                want = [o for o in want if o != merged.record.outlet]
            assert got == want, name
        else:
            assert _value(merged, name) == _value(sides["keep"], name), name
    assert svc.get(b).deleted
    assert sorted(s for _, s in _state(svc, a)[-1]) == ["asked about autos", "pitched budget"]
    assert [c.channel for c in merged.consents] == ["phone"] and len(merged.lists) == 1

    svc.undo_merge(merge_id)
    assert {a: _state(svc, a), b: _state(svc, b)} == before


def test_merge_each_field_alone_from_the_other_side(svc, ctx, people):
    for name in MERGE_CHOICES:
        a, b = _pair(svc, ctx, people)
        keep, other = svc.get(a), svc.get(b)
        merge_id = svc.merge(a, b, {name: "other"})
        assert _value(svc.get(a), name) == _value(other, name), name
        svc.undo_merge(merge_id)
        assert _value(svc.get(a), name) == _value(keep, name), name
        svc.delete([a])  # out of the way of the next pair's duplicate checks


def test_merge_and_undo_from_the_command_line(run_cli, db_url, svc, ctx, people):
    a, b = _pair(svc, ctx, people)
    before = {a: _state(svc, a), b: _state(svc, b)}
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "chen@example.org",
        "contacts",
        "merge",
        a,
        b,
        "--other",
        "owner",
        "--other",
        "full_name",
        "--keep",
        "emails",
        "--other",
        "source_date",
    )
    assert code == 0, err
    merged = svc.get(a)
    assert merged.owner_id == people["officer2"].id and merged.record.full_name == "Anna Müller"
    assert merged.record.family_name == "Müller" and merged.source_date == DATES[1]
    assert [e.address for e in merged.record.emails] == ["wangwei@xinhua.example"]
    merge_id = out.split("undo-merge ")[1].split(")")[0]
    code, out, err = run_cli("--db", db_url, "--as", "chen@example.org", "contacts", "undo-merge", merge_id)
    assert code == 0, err
    assert {a: _state(svc, a), b: _state(svc, b)} == before
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "chen@example.org",
        "contacts",
        "merge",
        a,
        b,
        "--other",
        "title",
        "--keep",
        "title",
    )
    assert code == 1 and "title" in err and not svc.get(b).deleted
