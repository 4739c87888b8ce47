"""A value longer than its column gets a field-level message, on SQLite (which would store it) and on
PostgreSQL (which would refuse the whole transaction), and is never cut short silently: in the editor,
in an import (the row is rejected naming its column), for beats, outlets and list names."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from commdesk.core.contacts.records import ContactRecord, Email, OutletRecord
from commdesk.core.contacts.validation import MAX_ENTRY_LENGTHS, MAX_LENGTHS
from commdesk.core.errors import ValidationError
from commdesk.persistence.models.contacts import ContactBeatRow, ContactEmailRow, ContactRow, OutletRow
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService


def test_the_limits_are_the_columns():
    cols = inspect(ContactRow).columns
    assert {f: cols[f].type.length for f in MAX_LENGTHS} == MAX_LENGTHS
    text_fields = {c.key for c in cols if getattr(c.type, "length", None) is None}
    assert {"notes", "address"} <= text_fields
    assert {
        "beats": ContactBeatRow.__table__.c.beat.type.length,
        "outlets": OutletRow.__table__.c.name.type.length,
        "label": ContactEmailRow.__table__.c.label.type.length,
    } == MAX_ENTRY_LENGTHS


def test_too_long_is_a_field_message_everywhere(ctx, people, tmp_path):
    svc = ctx.service(ContactService)
    base = ContactRecord(full_name="王伟", emails=[Email("", "ww@xinhua.example.com")])
    with pytest.raises(ValidationError) as err:
        svc.create(base.copy(title="记" * 301))
    assert err.value.errors["title"].startswith(
        "Title is too long: at most 300 characters, this one has 301."
    )
    with pytest.raises(ValidationError, match="Beats is too long: at most 100"):
        svc.create(base.copy(beats=["财" * 101]))
    with pytest.raises(ValidationError, match=r"The label .* of E-mail is too long"):
        svc.create(base.copy(emails=[Email("x" * 51, "ww@xinhua.example.com")]))
    made = svc.create(base.copy(title="记" * 300, notes="长" * 5000))
    assert len(svc.get(made.id).record.title) == 300 and len(svc.get(made.id).record.notes) == 5000
    with pytest.raises(ValidationError, match="Beats is too long"):
        svc.bulk_add_beat([made.id], "科" * 101)
    with pytest.raises(ValidationError, match="Outlet is too long"):
        svc.save_outlet(OutletRecord(name="报" * 301))
    with pytest.raises(ValidationError, match="name is too long"):
        ctx.service(ContactListService).create_static("单" * 201)
    f = tmp_path / "long.csv"
    f.write_text(
        "姓名,职位,邮箱\n李娜," + "编" * 400 + ",ln@caixin.example.com\n张敏,记者,zm@thepaper.example.cn\n",
        encoding="utf-8",
    )
    plan = ctx.service(ContactImportService).plan(f).plan
    assert len(plan.create) == 1 and [(r.row, r.column) for r in plan.rejected] == [(2, "职位")]
    assert "at most 300 characters" in plan.rejected[0].reason
