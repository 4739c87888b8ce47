"""The Outbox pane: times in the organisation's zone, written as the other panes write
them, the zone named; Ctrl+F goes to a search field that narrows the list by recipient or subject."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from tests.support.outbox import configure, release_draft

from commdesk.services.settings import SettingsService
from commdesk.ui.mail.models import QUEUED_AT
from commdesk.ui.mail.pane import OutboxPane

pytestmark = pytest.mark.timezones
QUEUED = datetime(2026, 12, 6, 4, 51, tzinfo=UTC)  # 20:51 on 5 Dec in Los Angeles, 12:51 on 6 Dec in Shanghai


@pytest.mark.parametrize(
    "org_zone, shown", [("Asia/Shanghai", "2026-12-06 12:51"), ("America/Los_Angeles", "2026-12-05 20:51")]
)
def test_times_are_in_the_organisations_zone_and_name_it(
    qtbot, app_services, smtp_server, tmp_path, process_tz, org_zone, shown
):
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone=org_zone))
    app_services.ctx.clock = lambda: QUEUED
    configure(app_services.ctx, smtp_server, tmp_path).queue(release_draft(2))
    pane = OutboxPane(app_services)
    qtbot.addWidget(pane)
    model = pane.model
    assert model.index(0, QUEUED_AT).data() == shown
    assert model.headerData(QUEUED_AT, Qt.Orientation.Horizontal) == f"Queued ({org_zone})"
    assert org_zone in model.headerData(QUEUED_AT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, QUEUED_AT).data(Qt.ItemDataRole.ToolTipRole).startswith(f"{shown} ({org_zone}, UTC")
    pane.table.selectRow(0)
    assert f"{shown} ({org_zone}, UTC" in pane.details.toPlainText()


def test_ctrl_f_finds_by_recipient_or_subject(qtbot, app_services, smtp_server, tmp_path):
    from commdesk.core.mail.compose import Draft

    outbox = configure(app_services.ctx, smtp_server, tmp_path)
    outbox.queue(release_draft(3))
    draft = release_draft(1)
    outbox.queue(Draft("Quarterly figures", draft.body, draft.recipients, draft.delivery))
    pane = OutboxPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    assert pane.model.rowCount() == 4 and pane.can_find()
    # the search field did not push the buttons off a 1280-pixel screen next to the navigation (~200)
    assert pane.minimumSizeHint().width() <= 1280 - 200
    pane.table.setFocus()
    pane.find()  # what Edit > Find (Ctrl+F) calls
    qtbot.waitUntil(pane.search.hasFocus)
    qtbot.keyClicks(pane.search, "quarterly")
    assert [i.subject for i in pane.model.items] == ["Quarterly figures"]
    pane.search.selectAll()
    wanted = pane.model.items[0].recipients[0].split("@")[0][-6:]
    qtbot.keyClicks(pane.search, wanted)
    assert pane.model.rowCount() >= 1
    assert all(any(wanted.casefold() in r.casefold() for r in i.recipients) for i in pane.model.items)
    pane.search.selectAll()
    qtbot.keyClicks(pane.search, "no such thing")
    assert pane.model.rowCount() == 0
    qtbot.keyClick(pane.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.search, Qt.Key.Key_Delete)
    assert pane.model.rowCount() == 4
