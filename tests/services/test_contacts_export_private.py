"""Every contacts export (CSV, .xlsx, vCard, PDF media list) is
created owner-only (0600) under the usual umask 022, replaces an older file of the same name only
when complete, and leaves no temporary file beside it; the file reads back with independent
parsers."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import openpyxl
import pytest
import vobject

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.export import ContactExportService
from commdesk.services.contacts.service import ContactService

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a Linux/macOS matter")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("name", ["contacts.csv", "contacts.xlsx", "contacts.vcf", "contacts.pdf"])
def test_contacts_exports_are_owner_only_under_umask_022(ctx, people, as_person, tmp_path, umask_022, name):
    ctx.service(ContactService).create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "wang@media.example.cn")])
    )
    as_person(people["officer"])
    target = tmp_path / name
    target.write_bytes(b"an older export, readable by all")
    os.chmod(target, 0o644)

    assert ctx.service(ContactExportService).export(target) == 1

    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    data = target.read_bytes()
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert "王伟" in rows[1]
    elif name.endswith(".xlsx"):
        sheet = openpyxl.load_workbook(target, read_only=True).active
        assert "王伟" in [c for row in sheet.iter_rows(values_only=True) for c in row]
    elif name.endswith(".vcf"):
        card = next(vobject.readComponents(data.decode("utf-8")))
        assert card.fn.value == "王伟"
    else:
        assert data.startswith(b"%PDF")


def test_a_failed_export_leaves_the_older_file_and_no_partial_file(
    ctx, people, as_person, tmp_path, umask_022, monkeypatch
):
    """A disk that fills up while the export is written (here: the final flush to disk fails)."""
    ctx.service(ContactService).create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "w@x.example.cn")])
    )
    as_person(people["officer"])
    target = tmp_path / "contacts.xlsx"
    target.write_bytes(b"older")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        ctx.service(ContactExportService).export(target)
    assert target.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.xlsx"]
