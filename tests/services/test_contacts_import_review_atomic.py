"""An import that creates and, after the review, updates contacts is all or nothing on every
database: a failure while the reviewed updates are written (after the new contacts went in)
leaves neither the new contacts nor any change to the existing ones, nor the list; the same import
then goes through with the choices made, and its counts add up to the rows read."""

from __future__ import annotations

import pytest

from commdesk.core.contacts.importing.plan import KEEP
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.persistence.repositories.contacts import bulk
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactQuery, ContactService


def test_a_failure_while_updating_writes_nothing_then_the_review_is_applied(
    ctx, people, tmp_path, monkeypatch
):
    svc, imports = ctx.service(ContactService), ctx.service(ContactImportService)
    wang = svc.create(
        ContactRecord(
            full_name="王伟",
            title="记者",
            outlet="新华社",
            notes="老朋友",
            emails=[Email("work", "wangwei@xinhua.example.com")],
        )
    )
    f = tmp_path / "mixed.csv"
    f.write_text(
        "姓名,职位,媒体,邮箱,备注\n"
        "王伟,主编,财新,wangwei@xinhua.example.com,喜欢电话\n"
        + "".join(f"记者{i},记者,澎湃新闻,r{i}@thepaper.example.cn,\n" for i in range(30))
        + "王伟,,,WANGWEI@xinhua.example.com,\n",
        encoding="utf-8",
    )
    preview = imports.plan(f)
    counts = preview.plan.counts()
    assert (counts.rows_read, counts.created, counts.updated, counts.merged) == (
        32,
        30,
        1,
        1,
    ) and counts.adds_up()
    before = svc.get(wang.id)

    real = bulk.replace_children

    def disk_full(session, contact_id, *args, **kwargs):
        if contact_id == wang.id:
            raise OSError(28, "No space left on device")
        return real(session, contact_id, *args, **kwargs)

    monkeypatch.setattr(bulk, "replace_children", disk_full)
    with pytest.raises(OSError):
        imports.apply(preview, list_name="两会", choices={wang.id: {"title": KEEP}})
    assert svc.count(ContactQuery()) == 1 and svc.get(wang.id) == before
    assert [x.name for x in ctx.service(ContactListService).lists()] == []

    monkeypatch.setattr(bulk, "replace_children", real)
    result = imports.apply(preview, list_name="两会", choices={wang.id: {"title": KEEP, "outlet": KEEP}})
    assert (
        result.rows_read,
        result.created,
        result.updated,
        result.unchanged,
        result.merged,
        result.rejected,
    ) == (32, 30, 1, 0, 1, 0)
    got = svc.get(wang.id).record
    assert (got.title, got.outlet, got.outlets, got.notes) == ("记者", "新华社", [], "老朋友\n喜欢电话")
    assert svc.count(ContactQuery()) == 31
