"""The evaluation pane as a user meets it: the quarter of today counted off the GUI thread, each
figure beside the previous quarter's, another period typed and counted, a wrong one said in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from commdesk.core.evaluation.catalogue import CATALOGUE
from commdesk.core.evaluation.monitoring_csv import Story
from commdesk.services.evaluation.coverage import EvaluationCoverageService
from commdesk.services.settings import SettingsService
from commdesk.ui.evaluation.pane import EvaluationPane

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def desk(app_services, people):
    ctx = app_services.ctx
    ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="示例单位", time_zone="Asia/Shanghai"))
    coverage = app_services.get(EvaluationCoverageService)
    coverage.log(Story(0, date(2026, 11, 3), "人民日报", tone="positive", reach=1000))
    coverage.log(Story(0, date(2026, 11, 4), "财新", tone="negative", reach=500))
    coverage.log(Story(0, date(2026, 11, 5), "新浪财经", subject="竞品甲"))
    coverage.log(Story(0, date(2026, 8, 5), "新华网", tone="positive", reach=10))
    return app_services


def _cells(pane, key):
    row = next(i for i, k in enumerate(CATALOGUE) if k.key == key)
    return [pane.table.item(row, c).text() for c in range(pane.table.columnCount())]


def test_the_quarter_of_today_is_counted_and_shown_with_the_previous_one(qtbot, desk):
    pane = EvaluationPane(desk)
    qtbot.addWidget(pane)
    pane.show()
    pane.activated()
    qtbot.waitUntil(lambda: pane.evaluation is not None, timeout=20000)
    assert pane.period_edit.text() == "2026Q4"
    assert pane.table.rowCount() == len(CATALOGUE)
    assert _cells(pane, "coverage.count")[:5] == ["MD-6", "Coverage about us", "2", "1", "+1"]
    assert _cells(pane, "coverage.share_of_voice")[2:4] == ["66.7 %", "no records"]
    assert _cells(pane, "mail.sent")[2:4] == ["no records", "no records"]
    assert "2026Q3" in pane.summary.text()
    assert pane.table.item(0, 1).toolTip()  # what the figure counts

    pane.period_edit.setText("2026-08")
    pane.period_edit.textEdited.emit("2026-08")
    assert pane.table.rowCount() == 0  # cleared until counted for the new period
    pane.show_button.click()
    qtbot.waitUntil(
        lambda: pane.evaluation is not None and pane.evaluation.period.code == "2026-08", timeout=20000
    )
    assert _cells(pane, "coverage.count")[2:4] == ["1", "no records"]


def test_a_wrong_period_is_said_in_the_pane(qtbot, desk):
    pane = EvaluationPane(desk)
    qtbot.addWidget(pane)
    pane.show()
    pane.period_edit.setText("2026Q9")
    pane.show_button.click()
    assert pane.error.isVisible() and "2026Q9" in pane.error.text()


def test_what_people_say_is_shown_with_the_other_figures(qtbot, desk, tmp_path):
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    path = tmp_path / "survey.csv"
    path.write_text("姓名,满意度\n张三,5\n李四,3\n", encoding="utf-8")
    voices = desk.get(EvaluationVoicesService)
    voices.import_survey(path, "调查", "2026Q4", True)
    session = voices.add_training(date(2026, 11, 2), "媒体应对")
    voices.attend(session.id, ["甲", "乙", "丙"])
    voices.attend(session.id, ["丁"], present=False)
    pane = EvaluationPane(desk)
    qtbot.addWidget(pane)
    pane.show()
    pane.activated()
    qtbot.waitUntil(lambda: pane.evaluation is not None, timeout=20000)
    assert _cells(pane, "voices.survey_responses")[:4] == ["EV-1", "Survey responses", "2", "no records"]
    assert _cells(pane, "voices.survey_satisfied")[2] == "50.0 %"
    assert _cells(pane, "voices.training_attendance")[2] == "75.0 %"
    assert _cells(pane, "voices.interviews")[2] == "no records"
