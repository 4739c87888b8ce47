"""Officers correct the contacts they own, checked by the service, not only the UI:
not someone else's contact, and they cannot give their contact to another owner."""

from __future__ import annotations

import pytest

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import PermissionDenied
from commdesk.services.contacts.service import ContactService


def test_officer_edits_own_contact_only(ctx, people, as_person):
    svc = ctx.service(ContactService)
    mine = svc.create(
        ContactRecord(full_name="王伟", emails=[Email("", "ww@xinhua.example.com")]),
        owner_id=people["officer"].id,
    )
    other = svc.create(
        ContactRecord(full_name="李娜", emails=[Email("", "ln@caixin.example.com")]),
        owner_id=people["officer2"].id,
    )
    nobody = svc.create(ContactRecord(full_name="张敏", emails=[Email("", "zm@thepaper.example.cn")]))
    as_person(people["officer"])
    assert svc.may_edit_contact(svc.get(mine.id)) and svc.may_edit_contact(mine.id)
    assert not svc.may_edit_contact(svc.get(other.id)) and not svc.may_edit_contact(nobody.id)
    saved = svc.update(mine.id, mine.record.copy(title="主编"), mine.version)
    assert saved.record.title == "主编" and saved.owner_id == people["officer"].id
    saved = svc.update(
        mine.id, saved.record.copy(title="首席记者"), saved.version, owner_id=people["officer"].id
    )
    assert saved.record.title == "首席记者"
    with pytest.raises(PermissionDenied, match="another owner"):
        svc.update(mine.id, saved.record, saved.version, owner_id=people["officer2"].id)
    for c in (other, nobody):
        with pytest.raises(PermissionDenied, match="do not own"):
            svc.update(c.id, c.record.copy(title="x"), c.version)
    assert svc.get(other.id).record.title == "" and svc.get(mine.id).owner_id == people["officer"].id
    as_person(people["reviewer"])
    assert not svc.may_edit_contact(mine.id)
    with pytest.raises(PermissionDenied):
        svc.update(mine.id, saved.record.copy(title="y"), saved.version)
