"""A large import through the service: the file read row by row, the plan spooled, the stored
contacts looked up a step at a time, the writing done batch by batch in one transaction. The
thresholds are lowered so a small file takes those paths; it must import as any file does, all or
nothing."""

from __future__ import annotations

import csv

import pytest

import commdesk.core.contacts.importing.plan as plan_module
import commdesk.core.contacts.importing.sources as sources
import commdesk.core.contacts.importing.spool as spool
import commdesk.persistence.repositories.contacts.bulk as bulk
from commdesk.core.contacts.importing.spool import PlannedSpool
from commdesk.core.errors import Cancelled
from commdesk.services.audit import AuditService
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.service import ContactQuery, ContactService


@pytest.fixture
def small_steps(monkeypatch):
    monkeypatch.setattr(sources, "STREAM_FROM", 0)
    monkeypatch.setattr(plan_module, "KEEP_IN_MEMORY", 6)
    monkeypatch.setattr(plan_module, "STEP", 4)
    monkeypatch.setattr(spool, "SPOOL_BATCH", 5)
    monkeypatch.setattr(bulk, "FORK_FROM", 10**9)


def _file(path, n, first_email=0):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "媒体", "邮箱", "手机"])
        for i in range(n):
            w.writerow([f"记者{i}", "新华社" if i % 2 else "财新", f"r{first_email + i}@x.example.cn", ""])
        w.writerow(["记者3", "第一财经", "r3@x.example.cn", "13912345678"])  # the same person again


def test_a_streamed_import_writes_every_contact_once_and_again_changes_nothing(
    ctx, people, tmp_path, small_steps
):
    imports, svc = ctx.service(ContactImportService), ctx.service(ContactService)
    path = tmp_path / "many.csv"
    _file(path, 30)
    preview = imports.plan(path)
    assert isinstance(preview.plan.create, PlannedSpool)
    assert [r.values["姓名"] for r in preview.sample_rows[:2]] == ["记者0", "记者1"]
    result = imports.apply(preview, list_name="大名单")
    assert (result.created, result.updated, result.merged, result.rows_read) == (30, 0, 1, 31)
    assert svc.count(ContactQuery()) == 30
    three = svc.search(ContactQuery(text="r3@x"))[0]
    assert three.outlet == "第一财经" and three.phone == "+8613912345678"
    assert any(
        e.action == "import" and e.note == "many.csv:5, many.csv:32"
        for e in ctx.service(AuditService).history("contacts", three.id)
    )
    again = imports.plan(path)
    assert (len(again.plan.create), len(again.plan.update), len(again.plan.unchanged)) == (0, 0, 30)
    assert imports.apply(again).created == 0 and svc.count(ContactQuery()) == 30


def test_a_streamed_import_cancelled_in_the_middle_writes_nothing(ctx, people, tmp_path, small_steps):
    imports, svc = ctx.service(ContactImportService), ctx.service(ContactService)
    path = tmp_path / "many.csv"
    _file(path, 30)
    preview = imports.plan(path)
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) > 3

    with pytest.raises(Cancelled):
        imports.apply(preview, progress=lambda done, total: seen.append(done), cancel=cancel)
    assert svc.count(ContactQuery()) == 0


def _written(ctx):
    """What an import wrote, without ids and times (two databases give the same rows)."""
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        contacts = c.execute(
            text(
                "SELECT full_name, pinyin, search_text, sort_key, emails_text, phones_text, source FROM contacts"
            )
        ).all()
        notes = c.execute(
            text("SELECT note FROM audit_log WHERE entity = 'contacts' AND action = 'import'")
        ).scalars()
        return sorted(contacts), sorted(notes)


def test_a_spooled_plan_written_by_the_child_is_the_one_written_here(
    ctx, people, tmp_path, small_steps, monkeypatch
):
    """The child reads the spooled batches from the spool's file itself (a batch left with a gap,
    its contact taken back by a later row, included); what it makes is what this process makes."""
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    path = tmp_path / "many.csv"
    _file(path, 30)
    monkeypatch.setattr(bulk, "FORK_FROM", 1)
    monkeypatch.setattr(bulk, "WAIT_FOR_CHILD", True)
    imports = ctx.service(ContactImportService)
    preview = imports.plan(path)
    assert isinstance(preview.plan.create, PlannedSpool) and preview.plan.create.spooled
    assert imports.apply(preview).created == 30
    by_child = _written(ctx)

    monkeypatch.setenv("COMMDESK_NO_CHILD_PROCESS", "1")
    other = open_database(tmp_path / "here.sqlite3").ctx
    admin = other.service(PeopleService).create_first_profile("陈静", roles={Role.ADMINISTRATOR})
    other.current = lambda: admin
    here_imports = other.service(ContactImportService)
    assert here_imports.apply(here_imports.plan(path)).created == 30
    here = _written(other)
    other.engine.dispose()
    assert by_child == here and len(here[0]) == 30
    assert "many.csv:5, many.csv:32" in here[1]
