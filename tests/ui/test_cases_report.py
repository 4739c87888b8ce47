"""The cases report window as a user meets it: a month chosen by its first day, the figures counted
off the GUI thread and shown beside the previous month's, the volumes as pies, the oldest open
cases, a refused stretch of days said in words, and the PDF offered in the preview."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from commdesk.core.cases.workflow import Channel
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.report import CasesReportDialog

pytestmark = pytest.mark.timezones
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def desk(app_services, people):
    ctx = app_services.ctx
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    billing = app_services.get(CaseAdminService).save_category("billing", "账单", "Billing")
    svc = app_services.get(CaseService)
    ctx.clock = lambda: NOW
    made = [
        svc.create(Channel.LETTER, "来信", category=billing.id, received_at=at(2026, 11, 3, 10, 0)),
        svc.create(
            Channel.HOTLINE,
            "来电",
            category=billing.id,
            received_at=at(2026, 11, 4, 10, 0),
            call=(at(2026, 11, 4, 10, 0), at(2026, 11, 4, 10, 5)),
        ),
        svc.create(Channel.WEB_FORM, "表单", received_at=at(2026, 10, 20, 10, 0)),
    ]
    svc.resolve(made[1].id, "已答复", first_contact_resolution=True, csat=5)
    return made


def make_dialog(qtbot, app_services):
    dialog = CasesReportDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(table, label: str, column: int) -> str:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == label:
            return table.item(r, column).text()
    raise AssertionError(f"no row {label!r}")


def test_a_month_counted_and_shown_beside_the_one_before(qtbot, app_services, desk):
    dialog = make_dialog(qtbot, app_services)
    # the month of today (December) at first; November chosen by its first day
    assert dialog.period() == (date(2026, 12, 1), date(2027, 1, 1), "month")
    dialog.first.setDate(QDate(2026, 11, 17))  # a month starts on the 1st: it moves there
    assert dialog.period() == (date(2026, 11, 1), date(2026, 12, 1), "month")
    assert not dialog.last.isEnabled() and dialog.last.date() == QDate(2026, 11, 30)
    assert not dialog.pdf_button.isEnabled()
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.kpis.rowCount() > 0)
    assert cell(dialog.kpis, "Cases received", 1) == "2" and cell(dialog.kpis, "Cases received", 2) == "1"
    assert cell(dialog.kpis, "First-contact resolution (FCR)", 1) == "100.0 % (1/1)"
    assert cell(dialog.kpis, "Satisfied (score 4 or 5)", 1) == "100.0 % (1/1)"
    assert cell(dialog.kpis, "Satisfied (score 4 or 5)", 4) == "\u2265 95 %"
    assert "2026-11-01 \u2013 2026-11-30" in dialog.summary.text()
    assert "2026-10-01 \u2013 2026-10-31" in dialog.summary.text()
    # volumes: the table and the pies' lists say the same
    assert cell(dialog.volumes, "Letter", 1) == "1" and cell(dialog.volumes, "Web form", 2) == "1"
    names = [t for lst in dialog.slice_lists for t in lst.texts()]
    assert "Letter 1" in names and "Hotline 1" in names and "Billing 2" in names
    # the oldest open cases: the October form first, then November's letter (the call is resolved)
    refs = [dialog.oldest.item(r, 0).text() for r in range(dialog.oldest.rowCount())]
    assert refs == [desk[2].reference, desk[0].reference]
    assert dialog.pdf_button.isEnabled()


def test_other_days_and_a_refused_stretch(qtbot, app_services, desk):
    dialog = make_dialog(qtbot, app_services)
    dialog.kind.setCurrentIndex(dialog.kind.findData(""))
    assert dialog.last.isEnabled()
    dialog.first.setDate(QDate(2026, 11, 4))
    dialog.last.setDate(QDate(2026, 11, 4))
    assert dialog.period() == (date(2026, 11, 4), date(2026, 11, 5), "")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert cell(dialog.kpis, "Cases received", 1) == "1"
    assert dialog.report.previous.first == date(2026, 11, 3)
    dialog.last.setDate(QDate(2026, 11, 1))
    dialog.first.setDate(QDate(2026, 11, 5))  # the last day follows when it would come first
    assert dialog.last.date() == QDate(2026, 11, 5)
    dialog.last.setDate(QDate(2026, 11, 2))
    dialog.show_button.click()
    assert dialog.error.isVisible()
    assert "The last day (2026-11-02) comes before the first day (2026-11-05)" in dialog.error.text()


def test_the_pdf_is_offered_in_the_preview(qtbot, app_services, desk):
    from commdesk.ui.common.pdf_preview import PdfPreviewDialog

    dialog = make_dialog(qtbot, app_services)
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.pdf_button.click()

    def previews():
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(previews()), timeout=20000)
    for w in previews():
        w.close()


def test_the_whole_period_moves_with_the_month(qtbot, app_services, desk):
    dialog = make_dialog(qtbot, app_services)
    dialog.kind.setCurrentIndex(dialog.kind.findData("week"))
    dialog.first.setDate(QDate(2026, 11, 2))
    assert dialog.period() == (date(2026, 11, 2), date(2026, 11, 9), "week")
    assert dialog.last.date() == QDate(2026, 11, 8)
    dialog.kind.setCurrentIndex(dialog.kind.findData("day"))
    assert dialog.period()[1] - dialog.period()[0] == timedelta(days=1)


def test_the_cases_pane_opens_it(qtbot, app_services, desk):
    from commdesk.ui.cases.pane import CasesPane

    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.report_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, CasesReportDialog) and w.isVisible() for w in pane.findChildren(QDialog))
    )
    [dialog] = [w for w in pane.findChildren(CasesReportDialog) if w.isVisible()]
    assert dialog.windowTitle() == "Cases report"
    dialog.close()


def test_stopped_while_counting_shows_nothing(qtbot, app_services, desk, monkeypatch):
    import threading

    from commdesk.core.errors import Cancelled

    dialog = make_dialog(qtbot, app_services)
    qtbot.waitUntil(lambda: dialog.report is not None)  # the month's figures as it opened
    asked = {}
    monkeypatch.setattr(app_services.runner, "run", lambda fn, **kw: asked.update(fn=fn, **kw))
    dialog.first.setDate(QDate(2026, 11, 1))  # another month: December's figures are taken away
    assert dialog.report is None and dialog.kpis.rowCount() == 0
    dialog.show_button.click()
    assert not dialog.show_button.isEnabled()
    stop = threading.Event()
    stop.set()  # Cancel pressed in the progress dialog
    with pytest.raises(Cancelled, match="cancelled"):
        asked["fn"](lambda done, total: None, stop)
    asked["on_cancelled"]()
    assert dialog.show_button.isEnabled() and dialog.report is None and not dialog.pdf_button.isEnabled()


def test_it_opens_with_this_months_figures_counted_in_the_background(qtbot, app_services, desk, monkeypatch):
    """Not an empty page: the current month is counted as the window opens, off the GUI thread."""
    import threading

    from commdesk.services.cases.figures import CaseFiguresService

    threads = []
    real = CaseFiguresService.report

    def report(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(CaseFiguresService, "report", report)
    dialog = make_dialog(qtbot, app_services)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.kpis.rowCount() > 0)
    assert threads and threading.main_thread() not in threads
    assert (dialog.report.current.first, dialog.report.current.last) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
    assert "2026-12-01 \u2013 2026-12-31" in dialog.summary.text()
    assert dialog.pdf_button.isEnabled() and dialog.show_button.isEnabled()


def test_to_is_the_last_day_counted(qtbot, app_services, desk):
    """The window's To names the last day counted, included, as ``cases report --to`` does."""
    dialog = make_dialog(qtbot, app_services)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is dialog.last]
    assert labels == ["&To (last day, included):"]
    dialog.kind.setCurrentIndex(dialog.kind.findData(""))
    dialog.first.setDate(QDate(2026, 11, 3))
    dialog.last.setDate(QDate(2026, 11, 4))
    assert dialog.period() == (date(2026, 11, 3), date(2026, 11, 5), "")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert cell(dialog.kpis, "Cases received", 1) == "2"  # the letter of the 3rd and the call of the 4th
    assert "2026-11-03 \u2013 2026-11-04" in dialog.summary.text()
