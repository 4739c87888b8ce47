"""The evaluation windows in English show no Chinese example (the placeholders said "e.g. 媒体采访应对",
"e.g. 部门经理", "e.g. 每月发布一次内部通讯" to a reader of English); the one Chinese word allowed is the
name of a Chinese survey tool (问卷星), which has no English name."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit

from commdesk.core.evaluation.catalogue import parse_period
from commdesk.ui.evaluation.interviews_dialog import InterviewDialog, InterviewsDialog
from commdesk.ui.evaluation.report_dialog import EvaluationReportDialog
from commdesk.ui.evaluation.survey_dialog import SurveyImportDialog
from commdesk.ui.evaluation.training_dialog import TrainingDialog

CJK = re.compile(r"[\u4e00-\u9fff]")
TOOL_NAMES = ("问卷星",)


def _placeholders(window) -> list[str]:
    return [e.placeholderText() for e in window.findChildren(QLineEdit) if e.placeholderText()]


def test_english_placeholders_give_english_examples(qtbot, app_services):
    report = EvaluationReportDialog(app_services, parse_period("2026Q4"))
    report.add_row()
    interviews = InterviewsDialog(app_services)
    qtbot.addWidget(interviews)
    windows = [
        TrainingDialog(app_services, "2026Q4"),
        SurveyImportDialog(app_services, "2026Q4"),
        InterviewDialog(app_services, interviews.used_before()),
        report,
    ]
    seen = []
    for window in windows:
        qtbot.addWidget(window)
        seen += _placeholders(window)
    assert len(seen) >= 8  # the fields with an example are all there
    chinese = [text for text in seen if CJK.search(re.sub("|".join(TOOL_NAMES), "", text))]
    assert chinese == []
