import pytest

from commdesk.core.contacts.importing import DictLookup, Row, guess_mapping, plan_import
from commdesk.core.contacts.importing.plan import merge_into
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status
from commdesk.core.errors import Cancelled


def rows(*dicts):
    return [Row("f.csv", i + 2, d) for i, d in enumerate(dicts)]


MAPPING = guess_mapping(["姓名", "媒体", "职位", "手机", "邮箱", "领域", "状态"])


def store(plan, start=0):
    """What a service would store: existing keys kept, new ones numbered."""
    db = {}
    for c in plan.update + plan.unchanged:
        db[c.key] = c.record
    for i, c in enumerate(plan.create):
        db[f"new{start + i}"] = c.record
    return db


def test_second_import_of_the_same_file_changes_nothing(fixture_path):
    from commdesk.core.contacts.importing import read_table

    for name in ("excel_gb18030.csv", "outlook.csv", "google_old.csv", "android_21.vcf", "iphone_30.vcf"):
        table = read_table(fixture_path(name))
        mapping = guess_mapping(table.headers)
        first = plan_import(table.rows, mapping, DictLookup(), "CN")
        second = plan_import(table.rows, mapping, DictLookup(store(first)), "CN")
        assert (len(second.create), len(second.update)) == (0, 0), name
        assert len(second.unchanged) == len(first.create)


def test_match_by_email_then_phone_and_merge_fields():
    existing = {
        1: ContactRecord(
            full_name="王伟",
            family_name="王",
            given_name="伟",
            pinyin="wang wei",
            title="记者",
            outlet="新华社",
            beats=["财经"],
            emails=[Email("work", "wangwei@xinhua.example.com", True)],
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
    plan = plan_import(
        rows(
            {"邮箱": "WangWei@xinhua.example.com", "职位": "主编", "领域": "科技"},
            {"手机": "138 1234 5678", "媒体": "人民日报"},
            {"姓名": "张敏", "邮箱": "zhang@thepaper.example.cn"},
        ),
        MAPPING,
        DictLookup(existing),
        "CN",
    )
    assert [c.key for c in plan.update] == [1, 2] and len(plan.create) == 1
    wang = plan.update[0]
    assert wang.record.title == "主编" and wang.record.beats == ["财经", "科技"]
    assert wang.record.full_name == "王伟" and wang.record.emails == existing[1].emails
    assert wang.changed == ["title", "beats"]
    assert plan.update[1].record.outlet == "人民日报"
    assert plan.create[0].record.status is Status.ACTIVE and plan.create[0].record.pinyin == "zhang min"


def test_rows_of_one_file_sharing_an_address_become_one_contact():
    plan = plan_import(
        rows(
            {"姓名": "王伟", "邮箱": "a@x.example.com"},
            {"姓名": "王伟", "邮箱": "a@x.example.com", "手机": "13912345678"},
            {"手机": "+86 139 1234 5678", "职位": "记者"},
        ),
        MAPPING,
        DictLookup(),
        "CN",
    )
    assert len(plan.create) == 1 and plan.create[0].sources == [("f.csv", 2), ("f.csv", 3), ("f.csv", 4)]
    assert plan.create[0].record.title == "记者"


def test_required_fields_are_checked_on_the_merged_contact():
    plan = plan_import(
        rows({"职位": "记者", "邮箱": "nobody@x.example.com"}, {"姓名": "无联系方式"}),
        MAPPING,
        DictLookup(),
        "CN",
    )
    assert not plan.create and plan.rejected_rows == [("f.csv", 2), ("f.csv", 3)]
    assert "name is missing" in plan.rejected[0].reason and "no way to reach" in plan.rejected[1].reason


def test_name_change_rederives_parts():
    base = ContactRecord(full_name="王伟", family_name="王", given_name="伟", pinyin="wang wei")
    assert merge_into(base, ContactRecord(full_name="欧阳伟")).family_name == "欧阳"
    edited = base.copy(pinyin="wang wei (edited)")
    assert merge_into(edited, ContactRecord(full_name="王伟")).pinyin == "wang wei (edited)"


def test_new_primary_outlet_keeps_the_old_one():
    base = ContactRecord(full_name="x", outlet="新华社", outlets=["新华网"])
    out = merge_into(base, ContactRecord(outlet="人民日报"))
    assert (out.outlet, out.outlets) == ("人民日报", ["新华社", "新华网"])


def test_progress_and_cancel():
    many = rows(*({"姓名": f"人{i}", "邮箱": f"p{i}@x.example.com"} for i in range(1200)))
    seen = []
    plan = plan_import(
        many, MAPPING, DictLookup(), "CN", progress=lambda d, t: seen.append((d, t)), every=500
    )
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)] and len(plan.create) == 1200
    with pytest.raises(Cancelled):
        plan_import(many, MAPPING, DictLookup(), "CN", cancel=lambda: True, every=100)
