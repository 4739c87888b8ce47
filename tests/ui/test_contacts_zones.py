"""Contacts in the organisation's zone, whatever the computer's:
the history shows times there and names the zone, the log dialog takes times there, a contact's last
contact and "not contacted since" count days there. Run under two process zones."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.services.settings import SettingsService
from commdesk.ui.contacts.dialogs import InteractionDialog
from commdesk.ui.contacts.pane import ContactsPane

pytestmark = pytest.mark.timezones

# 2026-05-03 17:00 UTC is 2026-05-04 01:00 in Shanghai
AT = datetime(2026, 5, 3, 17, 0, tzinfo=UTC)


@pytest.fixture
def wang(app_services):
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    svc = app_services.get(ContactService)
    made = svc.create(ContactRecord(full_name="王伟", emails=[Email("", "ww@xinhua.example.com")]))
    svc.log_interaction(made.id, "call", AT, "phone", "about the budget")
    return svc, made.id


def test_days_are_the_organisations(wang, process_tz):
    svc, cid = wang
    (s,) = svc.summaries([cid])
    assert s.last_contact == date(2026, 5, 4)
    # contacted on 4 May in Shanghai: not "not contacted since 4 May", but "not since 5 May"
    assert svc.ids(ContactQuery(not_contacted_since=date(2026, 5, 4))) == []
    assert svc.ids(ContactQuery(not_contacted_since=date(2026, 5, 5))) == [cid]


def test_history_and_log_dialog_use_and_name_the_zone(qtbot, app_services, wang, process_tz):
    _svc, cid = wang
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.select_id(cid)
    qtbot.waitUntil(lambda: pane.detail.timeline.topLevelItemCount() == 1)
    assert "Asia/Shanghai" in pane.detail.timeline.headerItem().text(0)
    shown = pane.detail.timeline.topLevelItem(0).text(0)
    assert "1:00" in shown and ("5/4/26" in shown or "2026" in shown), shown
    dlg = InteractionDialog(app_services, cid, "王伟")
    qtbot.addWidget(dlg)
    assert dlg.ui.whenEdit.zone() == "Asia/Shanghai" and "Asia/Shanghai" in dlg.ui.whenEdit.zone_label.text()
    dlg.ui.whenEdit.set_instant(AT)
    assert dlg.ui.whenEdit.edit.wall_clock() == datetime(2026, 5, 4, 1, 0)
    dlg.ui.summaryEdit.setPlainText("follow-up")
    dlg.ui.channelCombo.setCurrentIndex(dlg.ui.channelCombo.findData("email"))
    dlg.save()
    assert dlg.logged is not None and dlg.logged.when == AT
