"""Every row read is accounted for, whatever the file holds: created, updated,
unchanged, rejected, or merged into an earlier row of the file, adding up to the rows read; and the
review of updates (keep existing / take new / replace notes) is applied field by field."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from commdesk.core.contacts.importing import DictLookup, Row, guess_mapping, plan_import
from commdesk.core.contacts.importing.plan import KEEP, REPLACE, resolve_choices
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status

MAPPING = guess_mapping(["姓名", "职位", "邮箱", "手机", "备注"])
STORED = {
    1: ContactRecord(
        full_name="王伟",
        family_name="王",
        given_name="伟",
        pinyin="wang wei",
        title="记者",
        emails=[Email("work", "a@x.example.com", True)],
        notes="老朋友",
        status=Status.ACTIVE,
    ),
    2: ContactRecord(
        full_name="李娜",
        family_name="李",
        given_name="娜",
        pinyin="li na",
        phones=[Phone("mobile", "+8613812345678", True)],
        status=Status.ACTIVE,
    ),
}
cells = st.fixed_dictionaries(
    {
        "姓名": st.sampled_from(["", "王伟", "李娜", "张敏", "Anna"]),
        "职位": st.sampled_from(["", "记者", "主编"]),
        "邮箱": st.sampled_from(
            ["", "a@x.example.com", "b@x.example.com", "A@X.example.com", "not an address"]
        ),
        "手机": st.sampled_from(["", "13812345678", "13912345678", "12345"]),
        "备注": st.sampled_from(["", "喜欢电话", "老朋友"]),
    }
)


@settings(deadline=None)
@given(st.lists(cells, max_size=12))
def test_the_counts_add_up_to_the_rows_read(values):
    rows = [Row("f.csv", i + 2, v) for i, v in enumerate(values)]
    plan = plan_import(rows, MAPPING, DictLookup(STORED), "CN")
    c = plan.counts()
    assert c.rows_read == len(rows) and c.adds_up()
    outcome = {}
    for kind, items in (("created", plan.create), ("updated", plan.update), ("unchanged", plan.unchanged)):
        for p in items:
            outcome[p.sources[0][1]] = kind
    for _, row, first in plan.merged_rows():
        assert first < row and first in outcome
        outcome[row] = "merged"
    for _, row in plan.rejected_rows:
        assert row not in outcome
        outcome[row] = "rejected"
    assert sorted(outcome) == [r.number for r in rows]  # each row exactly one outcome
    # keeping every existing value leaves every stored contact as it was
    kept = resolve_choices(plan, default=KEEP)
    assert kept.update == [] and kept.counts().adds_up()
    assert all(p.record == p.before for p in kept.unchanged if p.before is not None)


def test_review_field_by_field_and_notes_appended_or_replaced():
    rows = [
        Row(
            "f.csv",
            2,
            {
                "姓名": "王伟",
                "职位": "主编",
                "邮箱": "a@x.example.com",
                "手机": "13912345678",
                "备注": "喜欢电话",
            },
        )
    ]
    plan = plan_import(rows, MAPPING, DictLookup(STORED), "CN")
    (p,) = plan.update
    changes = {c.field: (c.old, c.new) for c in p.changes()}
    assert changes["title"] == ("记者", "主编") and changes["notes"] == ("老朋友", "老朋友\n喜欢电话")
    assert [ph.number for ph in changes["phones"][1]] == ["+8613912345678"]
    resolved = resolve_choices(plan, {1: {"title": KEEP, "notes": REPLACE}})
    (r,) = resolved.update
    assert (r.record.title, r.record.notes, r.changed) == ("记者", "喜欢电话", ["phones", "notes"])
    assert plan.update[0].record.title == "主编"  # the plan itself is not changed
    nothing = resolve_choices(plan, {1: dict.fromkeys(p.changed, KEEP)})
    assert nothing.update == [] and len(nothing.unchanged) == 1
