"""Import through the service (one transaction, all-or-nothing, idempotent, cancel) and exports
read back: CSV and vCard re-imported unchanged, xlsx opened with openpyxl, the PDF with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import Cancelled, ConflictError, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.contacts.export import ContactExportService
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactQuery, ContactService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


@pytest.fixture
def svc(ctx, people):
    return ctx.service(ContactService)


@pytest.fixture
def imports(ctx, people):
    return ctx.service(ContactImportService)


def total(svc):
    return svc.count(ContactQuery())


def test_gb18030_all_or_nothing_then_valid_rows_only(svc, imports, ctx):
    preview = imports.plan(FIXTURES / "excel_gb18030.csv")
    assert (
        preview.encoding == "gb18030"
        and preview.file_kind == "csv"
        and preview.mapping["手机"] == "phone:mobile"
    )
    assert len(preview.plan.create) == 3 and len(preview.plan.rejected_rows) == 3
    with pytest.raises(ValidationError, match="3 rows"):
        imports.apply(preview)
    assert total(svc) == 0
    result = imports.apply(preview, skip_invalid=True, list_name="两会记者")
    assert (result.created, result.updated, result.unchanged, result.rejected) == (3, 0, 0, 3)
    wang = svc.search(ContactQuery(text="wangwei"))[0]
    assert wang.phone == "+8613912345678" and wang.outlet == "新华社"
    detail = svc.get(wang.id)
    assert detail.source == "import of excel_gb18030.csv" and detail.lists[0][1] == "两会记者"
    assert any(
        e.action == "import" and e.note == "excel_gb18030.csv:2"
        for e in ctx.service(AuditService).history("contacts", wang.id)
    )
    # the same file again changes nothing
    again = imports.plan(FIXTURES / "excel_gb18030.csv")
    assert (len(again.plan.create), len(again.plan.update), len(again.plan.unchanged)) == (0, 0, 3)
    assert imports.apply(again, skip_invalid=True, list_name="两会记者").created == 0
    assert total(svc) == 3 and ctx.service(ContactListService).find("两会记者").count == 3


def test_update_matched_by_email_and_stale_plan(svc, imports, tmp_path):
    made = svc.create(ContactRecord(full_name="王伟", emails=[Email("", "wangwei@xinhua.example.com")]))
    f = tmp_path / "u.csv"
    f.write_text("Email,Job Title\nWangWei@xinhua.example.com,首席记者\n", encoding="utf-8")
    preview = imports.plan(f)
    assert len(preview.plan.update) == 1 and preview.plan.update[0].changed == ["title"]
    svc.update(made.id, svc.get(made.id).record.copy(notes="edited meanwhile"), made.version)
    with pytest.raises(ConflictError):
        imports.apply(preview)
    preview = imports.plan(f)
    assert imports.apply(preview).updated == 1
    d = svc.get(made.id)
    assert d.record.title == "首席记者" and d.record.notes == "edited meanwhile"


def test_vcards_and_mapping_overrides(svc, imports, tmp_path):
    result = imports.apply(imports.plan(FIXTURES / "android_21.vcf"), skip_invalid=True)
    assert result.created >= 2
    assert svc.search(ContactQuery(text="wangwei"))
    f = tmp_path / "odd.csv"
    f.write_text("Wer,Kontakt\n王芳,wangfang@example.org\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        imports.plan(f)
    preview = imports.plan(f, mapping_overrides=["Wer=full_name", "Kontakt=email"])
    assert imports.apply(preview).created == 1


def test_cancel_writes_nothing(svc, imports, tmp_path):
    f = tmp_path / "many.csv"
    f.write_text(
        "Name,Email\n" + "".join(f"记者{i},r{i}@example.org\n" for i in range(5000)), encoding="utf-8"
    )
    with pytest.raises(Cancelled):
        imports.plan(f, cancel=lambda: True)
    preview = imports.plan(f)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        imports.apply(preview, cancel=cancel)
    assert total(svc) == 0 and ctx_lists(svc) == []
    assert imports.apply(preview).created == 5000


def ctx_lists(svc):
    return svc.ctx.service(ContactListService).lists()


def test_only_administrators_import(imports, people, as_person):
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        imports.plan(FIXTURES / "excel_gb18030.csv")


def test_exports_read_back(svc, imports, ctx, tmp_path):
    imports.apply(imports.plan(FIXTURES / "excel_gb18030.csv"), skip_invalid=True, list_name="名单")
    lists = ctx.service(ContactListService)
    wang = svc.search(ContactQuery(text="wangwei"))[0]
    svc.set_do_not_contact(wang.id, "email", "unsubscribed")
    exports = ctx.service(ContactExportService)
    for ext in ("csv", "vcf"):
        path = tmp_path / f"all.{ext}"
        assert exports.export(path) == 3
        again = ctx.service(ContactImportService).plan(path)
        assert (len(again.plan.create), len(again.plan.update), len(again.plan.unchanged)) == (0, 0, 3), ext
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert exports.export(tmp_path / "gb.csv", encoding="gb18030") == 3
    (tmp_path / "gb.csv").read_bytes().decode("gb18030")
    # a list export is a mailing export: do-not-contact left out
    assert exports.export(tmp_path / "list.xlsx", list_id=lists.find("名单").id) == 2
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "list.xlsx").active
    names = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "王伟" not in names and len(names) == 2
    assert exports.export(tmp_path / "s.csv", q=ContactQuery(text="财新")) == 1
    pdf = tmp_path / "media.pdf"
    assert exports.export(pdf, list_id=lists.find("名单").id) == 2
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "欧阳娜娜" in text and "名单" in text and "王伟" not in text
    with pytest.raises(ValidationError):
        exports.export(tmp_path / "x.doc")


def _stored(ctx):
    """Everything an import writes, without its times."""
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        out = {}
        for table, cols in (
            ("contacts", "id, full_name, pinyin, search_text, sort_key, emails_text, phones_text, source"),
            ("contact_emails", 'contact_id, address, address_key, label, "primary", position'),
            ("contact_phones", 'contact_id, number, label, "primary", position'),
            ("contact_beats", "contact_id, beat, beat_key, position"),
            ("contact_outlets", 'contact_id, outlet_id, "primary", position'),
            ("audit_log", "entity, entity_id, action, note"),
        ):
            out[table] = c.execute(text(f"SELECT {cols} FROM {table} ORDER BY 1, 2, 3")).all()
        out["audit_log"] = [r for r in out["audit_log"] if r[2] == "import" and r[0] == "contacts"]
    return out


def test_rows_made_in_a_child_process_are_the_rows_made_here(ctx, people, tmp_path, monkeypatch):
    """A large import makes its rows in a child process (core.parallel); small batches here force
    that path on a small file, and the result is compared with an import made in this process."""
    import csv

    from commdesk.bootstrap import open_database
    from commdesk.persistence.repositories.contacts import bulk

    path = tmp_path / "many.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "媒体", "手机", "邮箱", "领域"])
        for i in range(60):
            w.writerow(
                [
                    f"王{'伟芳娜敏静'[i % 5]}{i}",
                    ["新华社", "财新", "Reuters"][i % 3],
                    f"139{i:08d}",
                    f"p{i}@example.cn",
                    "财经;科技" if i % 2 else "Energy",
                ]
            )
    monkeypatch.setattr(bulk, "BATCH", 7)
    monkeypatch.setattr(bulk, "FORK_FROM", 1)
    monkeypatch.setattr(bulk, "WAIT_FOR_CHILD", True)
    assert ctx.service(ContactImportService).apply(ctx.service(ContactImportService).plan(path)).created == 60
    forked = _stored(ctx)

    monkeypatch.setenv("COMMDESK_NO_CHILD_PROCESS", "1")
    other = open_database(tmp_path / "here.sqlite3").ctx
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    admin = other.service(PeopleService).create_first_profile("陈静", roles={Role.ADMINISTRATOR})
    other.current = lambda: admin
    other.service(ContactImportService).apply(other.service(ContactImportService).plan(path))
    here = _stored(other)
    other.engine.dispose()
    assert len(forked["contacts"]) == 60 and len(forked["contact_beats"]) == 90
    if ctx.engine.dialect.name == "sqlite":  # ids (and so the rest) start alike on two new SQLite files
        assert forked == here
    assert [r[1:] for r in forked["contacts"]] == [r[1:] for r in here["contacts"]]
    assert ctx.service(ContactService).count(ContactQuery(text="财经")) == 30
    assert ctx.service(ContactService).count(ContactQuery(text="w")) == 60
