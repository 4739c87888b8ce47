"""History dialog and audit pane in the reader's words and the organisation's zone:
references by what they are called (会议 #8 传播部周例会, not 8) for anyone who may see a record's
history, instants among the old and new values naming their zone, the pane's times and its PDF
export in the organisation's zone, whatever the process's zone."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from commdesk.bootstrap import open_database
from commdesk.core.timezones import format_instant
from commdesk.services.audit import AuditService
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.translations import install
from commdesk.ui.common.history import HistoryDialog
from commdesk.ui.common.services import AppServices, Preferences

ORG_ZONE = "Europe/Berlin"  # neither of the zones the process runs in


@pytest.fixture
def desk(demo_db, tmp_path, qapp):
    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    )
    people = services.get(PeopleService)
    services.set_person(people.find("陈静"))  # the administrator sets the organisation's zone
    services.get(SettingsService).set_many({"org.time_zone": ORG_ZONE})
    install("zh_CN")
    yield services
    install("en")
    services.runner.wait(10000)
    opened.ctx.engine.dispose()


def _officer(services):
    officer = next(
        p
        for p in services.get(PeopleService).list(include_inactive=True)
        if [r.value for r in p.roles] == ["officer"]
    )
    services.set_person(officer)
    return officer


def _cells(dlg):
    m = dlg.model
    return [{c: m.index(r, c).data() or "" for c in range(m.columnCount())} for r in range(m.rowCount())]


def _latest_id(services, entity):
    from sqlalchemy import func, select

    from commdesk.persistence.models import AuditRow

    with services.ctx.unit_of_work() as uow:
        return uow.session.scalar(
            select(func.max(AuditRow.entity_id.cast(__import__("sqlalchemy").Integer))).where(
                AuditRow.entity == entity
            )
        )


@pytest.mark.timezones
def test_an_officer_sees_references_by_name_and_zoned_times(qtbot, desk, process_tz):
    _officer(desk)
    audit = desk.get(AuditService)
    action_id = _latest_id(desk, "meeting_actions")
    dlg = HistoryDialog(audit, "meeting_actions", action_id, "x")
    qtbot.addWidget(dlg)
    m = dlg.model
    rows = _cells(dlg)
    meeting = [r for r in rows if r[m.COL_FIELD] == "会议"]
    assert meeting, rows
    entries, titles = audit.named_history("meeting_actions", action_id)
    meeting_id = next(e.new for e in entries if e.field == "meeting_id")
    assert meeting[0][m.COL_NEW] == f"会议 #{meeting_id} {titles[('meetings', meeting_id)]}"
    assert not re.fullmatch(r"\d+", meeting[0][m.COL_NEW])

    # a meeting's start among the values: in the organisation's zone, which the value names
    meeting_entries, _ = audit.named_history("meetings", meeting_id)
    start = next(e for e in meeting_entries if e.field == "start" and e.new)
    dlg2 = HistoryDialog(audit, "meetings", meeting_id, "x")
    qtbot.addWidget(dlg2)
    shown = [r[m.COL_NEW] for r in _cells(dlg2) if r[m.COL_FIELD] == "开始时间" or r[m.COL_FIELD] == "开始"]
    expected = format_instant(datetime.fromisoformat(start.new), ORG_ZONE)
    assert expected in shown and f"({ORG_ZONE}, UTC+01:00)" in expected, (shown, expected)
    assert dlg2.model.headerData(m.COL_AT, Qt.Orientation.Horizontal) == "时间（UTC+01:00）"


def test_a_contact_is_named_by_its_name_in_an_interactions_history(qtbot, desk):
    from sqlalchemy import select

    from commdesk.persistence.models.contacts import ContactRow

    _officer(desk)
    audit = desk.get(AuditService)
    interaction = _latest_id(desk, "contact_interactions")
    entries, _ = audit.named_history("contact_interactions", interaction)
    contact_id = next(e.new for e in entries if e.field == "contact_id")
    with desk.ctx.unit_of_work() as uow:
        name = uow.session.scalar(select(ContactRow.full_name).where(ContactRow.id == int(contact_id)))
    dlg = HistoryDialog(audit, "contact_interactions", interaction, "x")
    qtbot.addWidget(dlg)
    m = dlg.model
    contact = [r[m.COL_NEW] for r in _cells(dlg) if r[m.COL_FIELD] == "联系人"]
    assert contact == [
        f"联系人 #{contact_id} {' '.join(name.split())[:39]}" + ("…" if len(name) > 40 else "")
    ]


@pytest.mark.timezones
def test_audit_pane_and_its_pdf_use_the_organisations_zone(qtbot, desk, process_tz, monkeypatch):
    from commdesk.ui.admin import audit_pane as pane_mod
    from commdesk.ui.common import export

    pane = pane_mod.AuditPane(desk)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    pane.refresh()
    m = pane.model
    assert m.zone == ORG_ZONE and ORG_ZONE in pane.since_label.text()
    assert m.rowCount() > 0
    first = m.entries[0]
    assert m.index(0, m.COL_AT).data() == format_instant(
        first.at, ORG_ZONE, with_zone=False, fmt="%Y-%m-%d %H:%M:%S"
    )
    assert m.index(0, m.COL_RECORD).data() == "设置：时区"  # the change made by the fixture, by name
    assert m.index(0, m.COL_NEW).data() == ORG_ZONE

    made = {}
    monkeypatch.setattr(
        export,
        "export_pdf_interactively",
        lambda parent, services, title, name, factory: made.setdefault("doc", factory()),
    )
    pane.export_pdf()
    doc, blocks = made["doc"]
    assert doc.zone == ORG_ZONE
    table = blocks[-1]
    assert table.header[0] == "时间（UTC+01:00）"
    assert table.rows[0][0] == format_instant(first.at, ORG_ZONE, with_zone=False, fmt="%Y-%m-%d\n%H:%M:%S")
    assert (
        table.rows[0][2] == "设置：时区" and table.rows[0][5] == f"Asia/Shanghai → {ORG_ZONE}"
    )  # the demo office's zone before
    snake = [c for row in table.rows for c in row if re.search(r"\b[a-z]+_[a-z_]+\b", c)]
    assert not snake, snake[:5]
