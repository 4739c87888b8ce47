"""Audit values in words (the one function every history view uses): a saved search's JSON in the
table's labels, instants naming their zone on request, people by name; one record's history is
named for anyone who may read it, the whole log's titles only for its readers."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from commdesk.core.errors import PermissionDenied
from commdesk.services.audit import AuditEntry, AuditService, entry_value


def _e(entity, field, action="update"):
    return AuditEntry(1, datetime(2026, 3, 1, tzinfo=UTC), "x", entity, "3", action, field, None, None, None)


def test_a_saved_search_reads_in_words():
    query = json.dumps(
        {
            "beat": "科技",
            "deleted": False,
            "list_id": None,
            "owner_id": None,
            "tier": "A",
            "not_contacted_since": None,
            "text": "",
        }
    )
    shown = entry_value(_e("contact_lists", "query_json", "create"), query, "UTC")
    assert "{" not in shown and "_" not in shown and "科技" in shown
    assert shown.count(";") == 1  # beat and tier: what is set only
    assert entry_value(_e("contact_lists", "query_json"), "{}", "UTC") == "(nothing set)"
    assert entry_value(_e("contact_lists", "name"), "{not json", "UTC") == "{not json"


def test_instants_name_their_zone_on_request_and_people_their_name():
    e = _e("meeting_minutes", "distributed_at")
    stored = "2026-12-06T04:24:00.451519+00:00"
    assert entry_value(e, stored, "Asia/Shanghai") == "2026-12-06 12:24"
    assert (
        entry_value(e, stored, "Asia/Shanghai", with_zone=True)
        == "2026-12-06 12:24 (Asia/Shanghai, UTC+08:00)"
    )
    assert entry_value(e, "2026-12-06", "Asia/Shanghai", with_zone=True) == "2026-12-06"  # a date has no zone
    person = _e("releases", "author_id")
    assert entry_value(person, "2", "UTC", names=lambda kind, v: {"2": "李明"}.get(v)) == "李明"


def test_one_records_history_is_named_for_anyone_the_log_for_its_readers(ctx, people):
    officer = people["officer"]
    ctx.current = lambda: officer
    audit = ctx.service(AuditService)
    entries, titles = audit.named_history("people", officer.id)
    assert entries and titles[("people", str(officer.id))] == officer.name
    with pytest.raises(PermissionDenied):
        audit.titles(entries)
    ctx.current = lambda: people["admin"]
    assert audit.titles(entries) == titles
