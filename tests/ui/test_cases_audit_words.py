"""The audit pane and its PDF name every audited table, and every column and code of the cases desk's
tables, in words in both languages: no column name, no prettified fallback, Chinese in Chinese."""

from __future__ import annotations

import re

import pytest

from commdesk.core import labels
from commdesk.core.cases.labels import CASE_TABLES
from commdesk.persistence.models import Base
from commdesk.services.audit import AuditEntry, entry_value, record_label, setting_labels

CJK = re.compile(r"[\u4e00-\u9fff]")
BOOKKEEPING = {"id", "version", "created_at", "updated_at"}  # the shared words (Number, Version ...)


def _audited_tables() -> list[str]:
    return sorted(
        m.class_.__tablename__ for m in Base.registry.mappers if getattr(m.class_, "__audited__", False)
    )


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from commdesk.translations import install

    install(request.param)
    yield request.param
    install("en")


def _in_language(text: str, language: str) -> bool:
    return bool(text) and "_" not in text and (CJK.search(text) is not None) == (language == "zh_CN")


def test_every_audited_table_is_named_in_both_languages(language):
    unnamed = [
        t
        for t in _audited_tables()
        if not _in_language(labels.entity_label(t), language)
        or not any(e.entity_label for e in labels._entities_of(t))
    ]
    assert not unnamed, unnamed
    assert set(CASE_TABLES) <= set(Base.metadata.tables)


def _registered(table: str, field: str) -> bool:
    """Named by the area or the shared words, not the prettified column name."""
    return field in labels._common_fields() or any(
        field in labels._resolve(e.field_labels) for e in labels._entities_of(table)
    )


def test_every_column_of_the_cases_desk_reads_in_words(language):
    missing = [
        (t, c.name, labels.field_label(t, c.name))
        for t in CASE_TABLES
        for c in Base.metadata.tables[t].columns
        if c.name not in BOOKKEEPING
        and (not _in_language(labels.field_label(t, c.name), language) or not _registered(t, c.name))
    ]
    assert not missing, missing


def test_the_cases_desks_codes_read_in_words(language):
    codes = {
        ("cases", "channel"): [
            "hotline",
            "mailbox",
            "web_form",
            "social_media",
            "letter",
            "walk_in",
            "media_inquiry",
        ],
        ("cases", "status"): ["new", "acknowledged", "in_progress", "waiting", "resolved", "closed"],
        ("cases", "priority"): ["low", "normal", "high", "urgent"],
        ("cases", "complaint_grade"): ["1", "2", "3"],
        ("case_status_history", "to_status"): ["waiting", "in_progress"],
        ("case_entries", "kind"): ["call", "message_in", "message_out", "note"],
        ("case_clocks", "kind"): ["first_response", "next_update", "resolution"],
        ("case_sla_policies", "kind"): ["first_response", "resolution"],
        ("case_sla_policies", "priority"): ["urgent"],
        ("case_reply_templates", "kind"): ["acknowledgement", "canned"],
        ("case_intake_rules", "field"): ["sender", "subject", "text"],
        ("case_intake_messages", "outcome"): ["pending", "new", "joined", "duplicate", "set_aside"],
        ("case_intake_messages", "kind"): ["normal", "auto_reply", "bounce"],
        ("case_intake_messages", "source"): ["mail", "web_form"],
    }
    raw = [
        (t, f, v, labels.value_label(t, f, v))
        for (t, f), values in codes.items()
        for v in values
        if labels.value_label(t, f, v) in (v, labels.prettify(v).lower())
        or "_" in labels.value_label(t, f, v)
        or (language == "zh_CN" and not CJK.search(labels.value_label(t, f, v)))
    ]
    assert not raw, raw
    # the same code means another thing in another table
    assert labels.value_label("case_entries", "kind", "note") != labels.value_label(
        "case_clocks", "kind", "note"
    )
    for action in ("escalate", "grade", "version"):
        assert _in_language(labels.action_label(action), language), action


def test_the_cases_desks_settings_read_in_words(language):
    keys = ["cases.managers", "cases.reply_language"] + [
        f"mailbox.{k}" for k in ("host", "port", "security", "user", "folder", "after_fetch")
    ]
    named = setting_labels()
    assert all(_in_language(named.get(k, ""), language) for k in keys), {k: named.get(k) for k in keys}
    entry = AuditEntry(1, None, "x", "settings", "mailbox.security", "update", "value", None, None, None)
    assert entry_value(entry, '"starttls"', "UTC") == "STARTTLS"
    after = AuditEntry(1, None, "x", "settings", "mailbox.after_fetch", "update", "value", None, None, None)
    assert _in_language(entry_value(after, '"mark_seen"', "UTC"), language)
    assert "mailbox." not in record_label("settings", "mailbox.host")
