"""The review of an import's updates: whatever is kept or taken per field, the stored
contact is consistent — a kept name keeps its own family name, given name and pinyin; a kept or
taken outlet never doubles or loses an outlet — and every field the user keeps stays as stored."""

from __future__ import annotations

from itertools import product

import pytest

from commdesk.core.contacts.importing import DictLookup, Row, guess_mapping, plan_import
from commdesk.core.contacts.importing.plan import COUPLED, KEEP, NEW, field_choices, resolve_choices
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.contacts.validation import complete_names

STORED = complete_names(
    ContactRecord(
        full_name="王伟",
        title="记者",
        outlet="新华社",
        outlets=["人民日报"],
        notes="老朋友",
        emails=[Email("work", "ww@xinhua.example.cn", True)],
    )
)
HEADERS = ["姓名", "职位", "媒体", "邮箱", "备注"]


def _plan():
    row = Row(
        "f.csv",
        2,
        dict(zip(HEADERS, ["王小伟", "主编", "财新", "ww@xinhua.example.cn", "喜欢电话"], strict=False)),
    )
    return plan_import([row], guess_mapping(HEADERS), DictLookup({7: STORED}), "CN")


def test_the_file_changes_names_and_outlets_together():
    p = _plan().update[0]
    assert p.changed == ["full_name", "given_name", "pinyin", "title", "outlet", "outlets", "notes"]


@pytest.mark.parametrize(
    "field", ["full_name", "given_name", "pinyin", "title", "outlet", "outlets", "notes"]
)
@pytest.mark.parametrize("choice", [KEEP, NEW])
def test_one_choice_gives_a_consistent_contact(field, choice):
    plan = _plan()
    got = resolve_choices(plan, {7: {field: choice}}, default=NEW if choice == KEEP else KEEP)
    rec = (got.update or got.unchanged)[0].record
    assert complete_names(ContactRecord(full_name=rec.full_name)).pinyin == rec.pinyin
    assert (rec.family_name, rec.given_name) == ((rec.full_name[0], rec.full_name[1:]))
    assert rec.outlet not in rec.outlets and len(set(rec.outlets)) == len(rec.outlets)
    assert set(STORED.all_outlets) <= set(rec.all_outlets)  # no outlet the contact had is lost
    group = next((g for g in COUPLED if field in g), (field,))
    for f in group:  # the field chosen and those that go with it follow the choice
        want = getattr(STORED if choice == KEEP else plan.update[0].record, f)
        assert getattr(rec, f) == want, f


def test_every_combination_of_choices_is_consistent():
    plan = _plan()
    changed = plan.update[0].changed
    for picks in product((KEEP, NEW), repeat=len(changed)):
        mine = dict(zip(changed, picks, strict=False))
        rec = (lambda r: (r.update or r.unchanged)[0].record)(resolve_choices(plan, {7: mine}))
        assert rec.outlet not in rec.outlets and set(STORED.all_outlets) <= set(rec.all_outlets), mine
        assert complete_names(ContactRecord(full_name=rec.full_name)).pinyin == rec.pinyin, mine
        for f, c in mine.items():  # nothing the user keeps is changed
            if c == KEEP and f not in ("family_name", "given_name", "pinyin", "outlets"):
                assert getattr(rec, f) == getattr(STORED, f), (f, mine)


def test_field_choices_keep_a_group_when_any_of_it_is_kept():
    changed = ["full_name", "pinyin", "title"]
    assert field_choices(changed, {"pinyin": KEEP}) == {"full_name": KEEP, "pinyin": KEEP, "title": NEW}
    assert field_choices(["pinyin", "title"], {"pinyin": KEEP}) == {
        "pinyin": KEEP,
        "title": NEW,
    }  # a pinyin fix alone
    assert field_choices(["outlets"], {}, KEEP) == {"outlets": KEEP}
    assert field_choices(changed, {"pinyin": NEW}, KEEP) == {"full_name": NEW, "pinyin": NEW, "title": KEEP}


def test_notes_are_appended_once_and_a_part_of_a_stored_note_is_not_lost():
    from commdesk.core.contacts.importing.plan import append_notes

    assert append_notes("老朋友\n喜欢电话", "喜欢电话") == "老朋友\n喜欢电话"  # the same file imported again
    assert append_notes("老朋友\n喜欢电话", "电话") == "老朋友\n喜欢电话\n电话"
    assert append_notes("a\nb", "b\r\na") == "a\nb"
    assert append_notes("", " 新 ") == "新" and append_notes("旧", "") == "旧"
