"""The people list and the audit log are built from what they are given (letterhead, author, how a
record and a change read): the document layer reads no database, and its language follows the
interface's translator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from commdesk.core import i18n
from commdesk.core.documents import reports
from commdesk.core.documents.spec import KeyValue, Letterhead, Paragraph, Table
from commdesk.core.domain.people import Person, Role


@dataclass(frozen=True)
class Entry:  # the fields of an audit entry the document reads
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    field: str | None
    note: str | None = None


def test_people_document_uses_the_letterhead_and_author_given():
    people = [
        Person(1, "陈静", "chen@example.org", "传播部", frozenset({Role.ADMINISTRATOR}), active=True),
        Person(2, "Emma Schmidt", "emma@example.org", "", frozenset({Role.OFFICER}), active=False),
    ]
    doc, blocks = reports.people_document(people, letterhead=Letterhead("华信集团"), author="陈静")
    assert doc.letterhead == Letterhead("华信集团") and doc.author == "陈静" and doc.language == "en"
    assert doc.subtitle == "2 people, 1 active"
    table = next(b for b in blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["陈静", "Emma Schmidt"] and table.rows[1][-1] == "inactive"
    assert isinstance(blocks[-1], KeyValue)  # what each role may do


def test_audit_document_reads_records_and_changes_through_the_callers_words():
    entries = [
        Entry(1, datetime(2026, 3, 1, 1, 0, tzinfo=UTC), "李明", "releases", "7", "update", "title"),
        Entry(2, datetime(2026, 3, 2, 1, 0, tzinfo=UTC), "王芳", "releases", "7", "approve", None, "v2"),
    ]
    doc, blocks = reports.audit_document(
        entries,
        "Asia/Shanghai",
        record=lambda e: f"Press release #{e.entity_id} 新平台",
        change=lambda e: "旧 → 新" if e.field else "",
    )
    assert doc.zone == "Asia/Shanghai" and doc.subtitle == "2 entries"
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header[0] == "When (UTC+08:00)"
    newest, oldest = table.rows
    assert newest[0] == "2026-03-02\n09:00:00" and newest[1] == "王芳" and newest[3] == "approved"
    assert oldest[2] == "Press release #7 新平台" and oldest[5] == "旧 → 新"
    empty_doc, empty = reports.audit_document([], "UTC", record=str, change=str)
    assert isinstance(empty[-1], Paragraph) and empty_doc.subtitle == "0 entries"


def test_the_document_language_follows_the_interface():
    try:
        i18n.set_translator(lambda ctx, text, dis, n: text, "zh_CN")
        assert reports.ui_language() == "zh-CN"
        assert reports.people_document([])[0].language == "zh-CN"
    finally:
        i18n.set_translator(None)
    assert reports.ui_language() == "en"
