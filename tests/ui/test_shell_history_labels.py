"""History views speak the forms' language: field and state names translated, no column names or codes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from commdesk.core import labels
from commdesk.services.audit import AuditEntry, AuditService
from commdesk.services.people import PeopleService
from commdesk.ui.common.audit_model import AuditTableModel
from commdesk.ui.common.history import HistoryDialog

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def entry(entity, field, old, new, action="update"):
    return AuditEntry(
        1, datetime(2026, 3, 1, 2, 0, tzinfo=UTC), "陈静", entity, "7", action, field, old, new, None
    )


def texts(model):
    return [
        model.data(model.index(r, c)) or ""
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_registry_lookups_and_fallbacks():
    assert labels.field_label("releases", "body_markdown") not in (
        "body_markdown",
        "Body markdown",
    )  # as the form says
    assert labels.value_label("releases", "state", "in_review") == "In review"
    assert labels.value_label("contacts", "preferred_channel", "wechat") == "WeChat"
    assert labels.value_label("people", "roles", "administrator,officer") == "Administrator, Officer"
    assert labels.value_label("people", "active", "false") == "no"
    assert labels.field_label("nowhere", "odd_column_name") == "Odd column name"
    assert labels.value_label("nowhere", "x", "some_code") == "some code"
    assert (
        labels.value_label("nowhere", "x", "Typed by_someone text") == "Typed by_someone text"
    )  # people's text
    assert labels.value_label("settings", "value", '"press@example.org"') == "press@example.org"
    assert labels.value_label("meetings", "documents", "[]") == ""
    assert (
        labels.value_label(
            "meeting_minutes", "distributed_at", "2026-12-06T04:24:00.451519+00:00", "Asia/Shanghai"
        )
        == "2026-12-06 12:24"
    )
    from commdesk.persistence.models import Base

    tables = {t.name for t in Base.metadata.sorted_tables} - {
        "audit_log",
        "contact_search_keys",
        "alembic_version",
    }
    unnamed = [t for t in tables if not any(e.entity_label for e in labels._entities_of(t))]
    assert not unnamed, f"tables without a name people read: {unnamed}"
    labels.register(
        "nowhere",
        field_labels={"odd_column_name": "Registered"},
        value_labels=lambda: {"x": {"some_code": "A code"}},
    )
    try:
        assert labels.field_label("nowhere", "odd_column_name") == "Registered"
        assert labels.value_label("nowhere", "x", "some_code") == "A code"
    finally:
        labels.unregister("nowhere")


def test_history_shows_labels_in_chinese(qtbot, app_services, people):
    from commdesk.translations import install

    install("zh_CN")
    try:
        model = AuditTableModel(zone="Asia/Shanghai")
        model.set_entries(
            [
                entry("releases", "body_markdown", "a", "b"),
                entry("releases", "state", "draft", "in_review"),
                entry("people", "passphrase_hash", "(changed)", "(changed)"),
                entry("people", "roles", "officer", "administrator,officer"),
                entry("meetings", "kind", "conference", "in_person"),
                entry("releases", None, None, None, "void_approvals"),
            ]
        )
        shown = texts(model)
        assert not [t for t in shown if SNAKE.search(t)], shown
        assert shown[4] and not re.search(r"[A-Za-z]", shown[4]), shown  # body_markdown in Chinese
        assert not any(re.search(r"[A-Za-z]{3,}", t) for t in shown if t not in ("陈静",)), shown
        assert shown[0] == "2026-03-01 10:00:00"  # in the organisation's zone, which the header names
        horizontal = __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
        assert "UTC+08:00" in model.headerData(0, horizontal)
        assert "Asia/Shanghai" in model.headerData(
            0, horizontal, __import__("PySide6.QtCore").QtCore.Qt.ItemDataRole.ToolTipRole
        )
    finally:
        install("en")


def test_history_dialog_of_a_person(qtbot, app_services, people):
    svc = app_services.get(PeopleService)
    svc.update(replace(people["officer"], department="International"), passphrase="new words here")
    dlg = HistoryDialog(app_services.get(AuditService), "people", people["officer"].id, "李明")
    qtbot.addWidget(dlg)
    shown = texts(dlg.model)
    assert "Department" in shown and "Passphrase" in shown and "(changed)" in shown
    assert "passphrase_hash" not in shown and not [t for t in shown if SNAKE.search(t)]
