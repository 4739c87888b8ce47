"""Duplicates (CR-4), merge with per-field choice and undo, distribution lists with left-out members."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactQuery, ContactService


def rec(name, email=None, phone=None, outlet="", beats=(), **kw) -> ContactRecord:
    return ContactRecord(
        full_name=name,
        emails=[Email("work", email)] if email else [],
        phones=[Phone("mobile", phone)] if phone else [],
        outlet=outlet,
        beats=list(beats),
        **kw,
    )


@pytest.fixture
def svc(ctx, people):
    return ctx.service(ContactService)


@pytest.fixture
def lists(ctx, people):
    return ctx.service(ContactListService)


def test_duplicate_groups_and_merge_with_undo(svc, lists, ctx):
    a = svc.create(rec("王伟", "wangwei@xinhua.example", "13912345678", "新华社", ["财经"], title="记者"))
    b = svc.create(
        rec("王 伟", "ww@xinhua.example", None, "新华社", ["科技"], title="高级记者", notes="prefers WeChat")
    )
    c = svc.create(rec("Anna Müller", "anna@handelsblatt.example", None, "Handelsblatt"))
    d = svc.create(rec("Anna Mueller", "a.mueller@handelsblatt.example", "+49 30 123456", "Handelsblatt"))
    svc.create(rec("李娜", "lina@caixin.example"))
    groups = svc.duplicate_groups()
    assert (tuple(sorted((a.id, b.id))), "same name in pinyin at the same outlet") in [
        (tuple(sorted(ids)), why) for ids, why in groups
    ]
    assert any(set(ids) == {c.id, d.id} for ids, _ in groups)

    now = datetime.now(UTC)
    svc.log_interaction(b.id, "interview", now, "phone", "interview on chips")
    svc.set_do_not_contact(b.id, "phone", "no calls")
    press = lists.create_static("财经记者")
    lists.add(press.id, [b.id])
    merge_id = svc.merge(a.id, b.id, {"title": "other"})
    kept = svc.get(a.id)
    assert kept.record.title == "高级记者" and kept.record.notes == "prefers WeChat"
    assert [e.address for e in kept.record.emails] == ["wangwei@xinhua.example", "ww@xinhua.example"]
    assert kept.record.beats == ["财经", "科技"]
    assert [c.channel for c in kept.consents] == ["phone"]
    assert (press.id, "财经记者") in kept.lists
    assert [i.summary for i in svc.history(a.id)] == ["interview on chips"]
    assert b.id not in [s.id for s in svc.search(ContactQuery())] and svc.trash() == []
    assert any(e.action == "merge" for e in ctx.service(AuditService).history("contacts", a.id))
    assert all(set(ids) != {a.id, b.id} for ids, _ in svc.duplicate_groups())

    svc.undo_merge(merge_id)
    assert svc.get(a.id).record.title == "记者"
    assert [e.address for e in svc.get(a.id).record.emails] == ["wangwei@xinhua.example"]
    back = svc.get(b.id)
    assert (
        not back.deleted
        and back.record.title == "高级记者"
        and [c.channel for c in back.consents] == ["phone"]
    )
    assert [i.summary for i in svc.history(b.id)] == ["interview on chips"] and svc.history(a.id) == []
    assert svc.get(a.id).lists == () and (press.id, "财经记者") in back.lists
    with pytest.raises(ValidationError):
        svc.undo_merge(merge_id)


def test_merge_rules(svc, people, as_person):
    a = svc.create(rec("王伟", "a@x.example"))
    b = svc.create(rec("王伟", "b@x.example"))
    with pytest.raises(ValidationError):
        svc.merge(a.id, a.id, {})
    with pytest.raises(ValidationError):
        svc.merge(a.id, b.id, {"title": "both"})
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        svc.merge(a.id, b.id, {})


def test_static_and_smart_lists_leave_out_do_not_contact(svc, lists, people, as_person):
    a = svc.create(rec("王伟", "wangwei@xinhua.example", None, "新华社", ["财经"]))
    b = svc.create(rec("张小明", "zxm@caixin.example", None, "财新", ["财经"]))
    c = svc.create(rec("吕方", None, "13800001111", "澎湃新闻", ["财经"]))
    d = svc.create(rec("John Smith", "js@reuters.example", None, "Reuters", ["财经"], status=Status.BOUNCED))
    as_person(people["officer"])
    static = lists.create_static("发布会")
    assert lists.add(static.id, [a.id, b.id, c.id, d.id]) == 4
    assert lists.add(static.id, [a.id]) == 0
    svc.set_do_not_contact(b.id, "email", "unsubscribed")
    m = lists.members(static.id)
    assert [s.name for s in m.sendable] == ["王伟"]
    assert {s.name: why for s, why in m.left_out} == {
        "张小明": "do not contact by e-mail: unsubscribed",
        "吕方": "no e-mail address",
        "John Smith": "e-mail bounced",
    }
    smart = lists.create_smart("财经口", ContactQuery(beat="财经"))
    assert {dl.name: dl.count for dl in lists.lists()} == {"发布会": 4, "财经口": 4}
    assert [s.name for s in svc.search(ContactQuery(list_id=smart.id, text="wang"))] == ["王伟"]
    with pytest.raises(ValidationError):
        lists.add(smart.id, [a.id])
    with pytest.raises(ValidationError):
        lists.create_static("发布会")
    lists.remove(static.id, [a.id])
    assert lists.get(static.id).count == 3
    svc.bulk_add_to_list([a.id], static.id)
    assert lists.find("发布会").count == 4
    lists.delete(static.id)
    assert [dl.name for dl in lists.lists()] == ["财经口"]
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        lists.create_static("x")


def test_cases_follow_the_merge_and_go_back_with_its_undo(svc, ctx):
    """The cases desk's records hang off a contact too: the merged-away contact's cases belong to the
    kept contact after the merge, and to the contact they came from again after the undo."""
    from commdesk.core.cases.workflow import Channel
    from commdesk.services.cases.service import CaseService

    a = svc.create(rec("王伟", "wangwei@xinhua.example", None, "新华社"))
    b = svc.create(rec("王 伟", "ww@xinhua.example", None, "新华社"))
    cases = ctx.service(CaseService)
    raised = cases.create(Channel.LETTER, "询问发布会时间", contact_id=b.id)

    merge_id = svc.merge(a.id, b.id, {})
    assert cases.get(raised.id).contact_id == a.id

    svc.undo_merge(merge_id)
    assert cases.get(raised.id).contact_id == b.id


def test_event_invitations_follow_the_merge_and_go_back_with_its_undo(svc, lists, ctx):
    """A media event's invitation (with its answer) of the merged-away contact belongs to the kept
    contact after the merge, unless the kept one is invited to that event too; the undo gives it back."""
    from datetime import timedelta

    from commdesk.core.events.records import EventEdit
    from commdesk.services.events.service import EventService

    a = svc.create(rec("王伟", "wangwei@xinhua.example", None, "新华社"))
    b = svc.create(rec("王 伟", "ww@xinhua.example", None, "新华社"))
    events = ctx.service(EventService)
    start = datetime(2027, 3, 1, 2, 0, tzinfo=UTC)

    def event(title, *contacts):
        made = events.create(EventEdit(title, start, start + timedelta(hours=2), "Asia/Shanghai"))
        group = lists.create_static(title)
        lists.add(group.id, [c.id for c in contacts])
        events.add_from_lists(made.id, [group.id])
        return made

    only_b = event("开放日", b)
    both = event("发布会", a, b)
    merge_id = svc.merge(a.id, b.id, {})
    assert [i.contact_id for i in events.invitees(only_b.id)] == [a.id]
    assert sorted(i.contact_id for i in events.invitees(both.id)) == sorted([a.id, b.id])  # a's stands

    svc.undo_merge(merge_id)
    assert [i.contact_id for i in events.invitees(only_b.id)] == [b.id]
    assert sorted(i.contact_id for i in events.invitees(both.id)) == sorted([a.id, b.id])
