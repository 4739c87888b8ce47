"""The audit pane in Chinese shows words, not stored names: settings by their names, references by
what they point to, a setting's coded value in words, every heading readable; the times and the
'since' date in the organisation's zone, named."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt


@pytest.fixture
def zh_pane(qtbot, qapp, demo_db, tmp_path):
    from commdesk.bootstrap import open_database
    from commdesk.translations import install
    from commdesk.ui.common.services import AppServices, Preferences

    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    )
    from commdesk.services.people import PeopleService

    admin = next(p for p in opened.ctx.service(PeopleService).list() if p.name == "陈静")
    services.set_person(admin)
    install("zh_CN")
    from commdesk.ui.admin.audit_pane import AuditPane

    pane = AuditPane(services)
    qtbot.addWidget(pane)
    pane.resize(1100, 760)
    pane.show()
    pane.since.setDate(pane.since.date().addYears(-5))
    pane.LIMIT = 100_000  # the whole demo log: its cases alone fill the pane's newest 5,000
    pane.refresh()
    yield pane
    services.runner.wait(10000)
    install("en")
    opened.ctx.engine.dispose()


def texts(pane, col):
    m = pane.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_records_values_and_headings_are_words(zh_pane, tmp_path):
    pane, m = zh_pane, zh_pane.model
    assert m.rowCount() > 100
    records = texts(pane, m.COL_RECORD)
    assert not any("#mail." in r or "#org." in r for r in records), [r for r in records if "#mail." in r][:3]
    assert "设置：邮件服务器" in records and "设置：邮件安全方式" in records
    rows = {(r, m.data(m.index(i, m.COL_NEW))) for i, r in enumerate(records)}
    assert ("设置：邮件安全方式", "STARTTLS") in rows
    # a reference names what it points to, not a bare number
    refs = [  # the value set, or for a row removed the value it had
        m.data(m.index(i, m.COL_NEW)) or m.data(m.index(i, m.COL_OLD))
        for i in range(m.rowCount())
        if m.data(m.index(i, m.COL_FIELD)) == "会议"
    ]
    assert refs and all(re.match(r"^会议 #\d+ \S", v) for v in refs), refs[:3]
    header = pane.view.horizontalHeader()
    for col in range(m.columnCount()):
        heading = m.headerData(col, Qt.Orientation.Horizontal)
        assert heading and not re.search(r"[A-Za-z]{3,}", heading.split("（")[0]), heading
        assert pane.view.columnWidth(col) >= header.sectionSizeHint(col) or col == m.COL_NOTE, heading
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    assert "（" in pane.since_label.text() or "(" in pane.since_label.text()  # the zone is named
    # a picture to look at (pytest keeps the last runs' folders); the test's own, not one /tmp path
    # that parallel test workers and other runs would write at once
    assert pane.grab().save(str(tmp_path / "foundation-qa-audit-zh_CN.png"))
