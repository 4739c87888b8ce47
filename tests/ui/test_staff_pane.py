"""The staff directory pane as its users meet it: an administrator imports a small CSV and reads
the report of every row (all or nothing, then the good rows on purpose), an officer reads the lists
with the reason they cannot change them, an unsubscribe shows in the member list, and the
list-hygiene report names a bounced address and exports it as GB18030 CSV."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.staff.service import StaffService
from commdesk.ui.staff.import_dialog import StaffImportDialog
from commdesk.ui.staff.pane import StaffPane

ALT = Qt.KeyboardModifier.AltModifier
CSV = (
    "姓名,邮箱,部门,订阅\r\n"
    "王芳,wang.fang@example.org,市场部,全员通知\r\n"
    "李明,not-an-address,人事部,全员通知\r\n"
    "赵六,zhao@example.org,人事部,\r\n"
)


@pytest.fixture
def staff(app_services):
    svc = app_services.get(StaffService)
    svc.save_list("全员通知", "All staff", cap_count=2, cap_days=7)
    return svc


def make_pane(qtbot, app_services) -> StaffPane:
    pane = StaffPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _rows(model) -> list[list[str]]:
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _report(dialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [(t.item(r, 0).text(), t.item(r, 2).text(), t.item(r, 3).text()) for r in range(t.rowCount())]


def test_an_administrator_imports_a_csv_and_reads_every_row(qtbot, app_services, staff, tmp_path):
    path = tmp_path / "员工.csv"
    path.write_bytes(CSV.encode("gb18030"))
    pane = make_pane(qtbot, app_services)
    assert pane.import_button.isEnabled()

    dialog = StaffImportDialog(app_services, pane, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    rows = _report(dialog)
    assert [(n, outcome) for n, outcome, _ in rows] == [("2", "added"), ("3", "rejected"), ("4", "added")]
    assert rows[1][2], "a rejected row says why"
    assert "Nothing was saved" in dialog.summary.text()
    assert staff.members() == []  # all or nothing

    dialog.report = None
    dialog.partial.setChecked(True)
    qtbot.keyClick(dialog.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert "2 added" in dialog.summary.text() and "1 rejected" in dialog.summary.text()
    assert dialog.report.written

    pane.refresh()
    assert [r[1] for r in _rows(pane.members_model)] == ["wang.fang@example.org", "zhao@example.org"]
    # filtered by department and by search
    pane.department_filter.setCurrentIndex(pane.department_filter.findData("人事部"))
    assert [r[0] for r in _rows(pane.members_model)] == ["赵六"]
    pane.department_filter.setCurrentIndex(0)
    pane.search.setText("wang")
    assert [r[0] for r in _rows(pane.members_model)] == ["王芳"]


def test_an_officer_reads_the_lists_but_may_not_change_them(qtbot, app_services, staff, people):
    app_services.set_person(people["officer"])
    pane = make_pane(qtbot, app_services)
    pane.tabs.setCurrentIndex(1)
    assert _rows(pane.lists_model)[0][:3] == ["All staff", "no", "at most 2 in 7 days"]
    reason = staff.may_keep()
    assert reason and pane.lists_reason.isVisible() and reason in pane.lists_reason.text()
    assert not pane.save_list_button.isEnabled() and not pane.new_list_button.isEnabled()
    assert pane.name_zh.isReadOnly() and not pane.double_opt_in.isEnabled()
    assert not pane.import_button.isEnabled() and pane.import_button.toolTip() == reason


def test_an_administrator_edits_a_list(qtbot, app_services, staff):
    pane = make_pane(qtbot, app_services)
    pane.tabs.setCurrentIndex(1)
    pane.lists_view.selectRow(0)
    assert pane.name_zh.text() == "全员通知" and pane.cap_count.value() == 2
    pane.cap_count.setValue(0)
    pane.name_en.setText("Everyone")
    qtbot.mouseClick(pane.save_list_button, Qt.MouseButton.LeftButton)
    saved = staff.find_list("全员通知")
    assert saved.cap_count is None and saved.name_en == "Everyone"
    assert _rows(pane.lists_model)[0][2] == "no cap"


def test_an_unsubscribe_shows_in_the_list_and_resubscribing_asks(qtbot, app_services, staff, answer):
    news = staff.find_list("全员通知")
    wang = staff.add_member("王芳", "wang@example.org", "市场部")
    staff.subscribe(wang.id, news.id)
    pane = make_pane(qtbot, app_services)
    assert pane.select_member("wang@example.org")
    pane.subs_view.selectRow(0)
    assert pane.unsubscribe_button.isEnabled() and not pane.resubscribe_button.isEnabled()

    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.unsubscribe_button, Qt.MouseButton.LeftButton)
    assert staff.member(wang.id).status_on(news.id) is SubscriptionStatus.UNSUBSCRIBED
    assert "All staff: unsubscribed" in _rows(pane.members_model)[0][3]
    assert _rows(pane.subs_model)[0][1:2] == ["unsubscribed"]
    assert _rows(pane.subs_model)[0][3] == "by an administrator"
    # filtered by list and status
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(SubscriptionStatus.SUBSCRIBED.value))
    assert pane.members_model.rowCount() == 0
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(SubscriptionStatus.UNSUBSCRIBED.value))
    assert [r[0] for r in _rows(pane.members_model)] == ["王芳"]

    pane.select_member("wang@example.org")
    pane.subs_view.selectRow(0)
    assert pane.resubscribe_button.isEnabled()
    answer.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(pane.resubscribe_button, Qt.MouseButton.LeftButton)
    assert staff.member(wang.id).status_on(news.id) is SubscriptionStatus.UNSUBSCRIBED
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.resubscribe_button, Qt.MouseButton.LeftButton)
    assert staff.member(wang.id).status_on(news.id) is SubscriptionStatus.SUBSCRIBED
    assert any("Resubscribe" in title for _, title, _ in answer.asked)


def test_hygiene_lists_a_bounced_address_and_exports_it(qtbot, app_services, staff, answer, tmp_path):
    news = staff.find_list("全员通知")
    zhao = staff.add_member("赵六", "zhao@example.org", "人事部")
    staff.subscribe(zhao.id, news.id)
    staff.record_bounce("zhao@example.org")
    pane = make_pane(qtbot, app_services)
    pane.tabs.setCurrentIndex(2)
    rows = _rows(pane.hygiene_model)
    assert [(r[0], r[2], r[4]) for r in rows] == [("bounced", "zhao@example.org", "全员通知")]
    assert pane.hygiene_summary.text().startswith("1 bounced")

    pane.gb18030.setChecked(True)
    saved = pane.export_hygiene(tmp_path / "hygiene")
    assert saved == tmp_path / "hygiene.csv"
    text = saved.read_bytes().decode("gb18030")
    assert "zhao@example.org" in text and "赵六" in text and "全员通知" in text


def test_the_pane_works_from_the_keyboard(qtbot, app_services, staff, answer):
    news = staff.find_list("全员通知")
    for name, email in (("王芳", "wang@example.org"), ("赵六", "zhao@example.org")):
        staff.subscribe(staff.add_member(name, email).id, news.id)
    pane = make_pane(qtbot, app_services)
    pane.activateWindow()
    pane.find()  # Ctrl+F in the main window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.search)
    qtbot.keyClicks(pane.search, "zhao")
    assert [r[0] for r in _rows(pane.members_model)] == ["赵六"]
    qtbot.keyClick(pane.search, Qt.Key.Key_Tab)
    qtbot.keyClick(pane.search, Qt.Key.Key_T, ALT)  # S&tatus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.status_filter)

    pane.members_view.setFocus()
    qtbot.keyClick(pane.members_view, Qt.Key.Key_Down)
    assert pane.current_member().email == "zhao@example.org"
    pane.subs_view.setFocus()
    qtbot.keyClick(pane.subs_view, Qt.Key.Key_Down)
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(pane.subs_view, Qt.Key.Key_U, ALT)  # &Unsubscribe
    qtbot.waitUntil(
        lambda: staff.member("zhao@example.org").status_on(news.id) is SubscriptionStatus.UNSUBSCRIBED
    )
    assert staff.member("wang@example.org").status_on(news.id) is SubscriptionStatus.SUBSCRIBED


def test_cancel_before_the_import_writes_saves_nothing(qtbot, app_services, staff, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("name,email\nZhao,zhao@example.org\n", encoding="utf-8")
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    app_services.runner.pool = pool
    hold = threading.Event()
    pool.start(hold.wait)  # the only worker is busy: the import waits in the queue
    dialog = StaffImportDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None and not dialog.run_button.isEnabled()
    progress.findChild(QPushButton).click()  # the progress window's Cancel
    hold.set()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=10000)
    pool.waitForDone(10000)
    assert dialog.summary.text() == "The import was cancelled; nothing was saved."
    assert dialog.report is None and staff.members() == []


def test_subscription_times_read_on_the_organisations_clock(qtbot, app_services, staff):
    """The member's subscriptions and the hygiene report said "Since (UTC)" with UTC times, while
    every other time in the app is on the organisation's clock, its zone named."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from commdesk.services.settings import SettingsService

    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    app_services.ctx.clock = lambda: datetime(2026, 12, 6, 18, 30, tzinfo=UTC)  # 02:30 on the 7th there
    news = staff.find_list("全员通知")
    wang = staff.add_member("王芳", "wang@example.org", "市场部")
    staff.subscribe(wang.id, news.id)
    pane = make_pane(qtbot, app_services)
    assert pane.select_member("wang@example.org")
    assert pane.subs_model.headerData(2, Qt.Orientation.Horizontal) == "Since (Asia/Shanghai)"
    assert _rows(pane.subs_model)[0][2] == "2026-12-07 02:30"
