"""A staff survey imported from the pane as a user imports it: a survey tool's GB18030 export with
names, e-mails, phones and IPs, its columns shown (the identifying ones marked and never shown),
a question renamed and another left out, the preview's counts, the import, and the pane listing the
survey with its averages; after an anonymous import no name, e-mail, phone or IP of the file is in
any table of the database. A bad row refuses the file (the preview names its line); an .xlsx and a
UTF-8 export read the same; the tool's mapping maps its next export."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from commdesk.services.evaluation.voices import EvaluationVoicesService
from commdesk.services.settings import SettingsService
from commdesk.ui.evaluation.pane import EvaluationPane
from commdesk.ui.evaluation.survey_dialog import BECOMES, COLUMN, READ_AS, SAMPLE

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)

PERSONAL = (
    "张伟",
    "李娜",
    "王强",
    "zhang.wei@example.cn",
    "lina@example.cn",
    "13800138000",
    "13912345678",
    "10.1.2.3",
)

SURVEY = (
    "序号,提交答卷时间,来自IP,姓名,邮箱,手机,1.您对内部沟通渠道的满意度,2.获取信息是否方便,3.跨部门沟通,4.建议\n"
    "1,2026/11/20 10:00,10.1.2.3,张伟,zhang.wei@example.cn,13800138000,5,非常满意,4,希望周报更早发出\n"
    "2,2026/11/20 11:00,10.1.2.4,李娜,lina@example.cn,13912345678,3,一般,2,\n"
    ",,,,,,,,,\n"
    "3,2026/11/21 09:30,10.1.2.5,王强,,,4,满意,,会议纪要请及时分发\n"
)


@pytest.fixture
def desk(app_services, people):
    app_services.ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    return app_services


def every_value(ctx) -> str:
    """Every value of every table commdesk keeps (each area's, the audit log's), as text."""
    from commdesk.persistence.models import Base

    out = []
    with ctx.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                out.extend(str(v) for v in row)
    assert out
    return "\n".join(out)


def open_dialog(qtbot, desk):
    pane = EvaluationPane(desk)
    qtbot.addWidget(pane)
    pane.resize(1100, 760)
    pane.show()
    pane.activated()
    qtbot.waitUntil(lambda: pane.evaluation is not None, timeout=20000)
    assert pane.survey_button.isEnabled()
    qtbot.mouseClick(pane.survey_button, Qt.MouseButton.LeftButton)
    dialog = pane.survey_dialog
    qtbot.waitExposed(dialog)
    return pane, dialog


def choose(qtbot, dialog, path) -> None:
    dialog.path.setText(str(path))
    dialog.path.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.read is not None, timeout=20000)


def column_row(dialog, header: str) -> int:
    return next(
        r for r in range(dialog.columns.rowCount()) if dialog.columns.item(r, COLUMN).text() == header
    )


def cell(dialog, header: str, column: int):
    return dialog.columns.item(column_row(dialog, header), column)


def reread_after(qtbot, dialog, change) -> None:
    before = dialog._reading
    change()
    qtbot.waitUntil(lambda: dialog._reading > before and dialog.read is not None, timeout=20000)


def test_an_anonymous_survey_imported_from_the_pane_keeps_no_one_s_name(qtbot, desk, tmp_path):
    path = tmp_path / "问卷星导出.csv"
    path.write_bytes(SURVEY.encode("gb18030"))
    pane, dialog = open_dialog(qtbot, desk)
    assert dialog.anonymous.isChecked() and dialog.period.text() == "2026Q4"
    assert not dialog.import_button.isEnabled()  # nothing read yet
    choose(qtbot, dialog, path)
    assert dialog.title.text() == "问卷星导出"  # the file's name until another title is typed
    headers = [dialog.columns.item(r, COLUMN).text() for r in range(dialog.columns.rowCount())]
    assert headers == SURVEY.splitlines()[0].split(",")
    for header in ("序号", "提交答卷时间", "来自IP", "姓名", "邮箱", "手机"):
        assert cell(dialog, header, BECOMES).text() == "Not stored: it says who answered"
        assert cell(dialog, header, SAMPLE).text() == ""  # never shown either
        assert not cell(dialog, header, READ_AS).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert cell(dialog, "1.您对内部沟通渠道的满意度", BECOMES).text() == "Question, scale 1-5"
    assert cell(dialog, "1.您对内部沟通渠道的满意度", SAMPLE).text() == "5"
    assert cell(dialog, "4.建议", BECOMES).text() == "Question, text answers"
    shown = dialog.summary.text()
    assert "3 responses to 4 questions; 1 blank rows skipped" in shown and "gb18030" in shown
    assert "Anonymous: these columns are not stored: 序号, 提交答卷时间, 来自IP, 姓名, 邮箱, 手机." in shown
    assert dialog.import_button.isEnabled()

    # the first question renamed, the last one left out (Space unticks it): read again as the import will
    reread_after(
        qtbot, dialog, lambda: cell(dialog, "1.您对内部沟通渠道的满意度", READ_AS).setText("渠道满意度")
    )
    dialog.columns.setFocus()
    dialog.columns.setCurrentCell(column_row(dialog, "4.建议"), READ_AS)
    reread_after(qtbot, dialog, lambda: qtbot.keyClick(dialog.columns, Qt.Key.Key_Space))
    assert cell(dialog, "1.您对内部沟通渠道的满意度", READ_AS).text() == "渠道满意度"
    assert cell(dialog, "4.建议", BECOMES).text() == "Left out"
    assert "3 responses to 3 questions" in dialog.summary.text()
    assert dialog.mapping() == {"1.您对内部沟通渠道的满意度": "渠道满意度", "4.建议": "-"}

    dialog.title.setText("2026 下半年内部沟通调查")
    dialog.kind.setText("问卷星")
    dialog.kind.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.import_button.isEnabled(), timeout=20000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "imported" in pane.notice.text(), timeout=20000)  # the dialog closed
    assert "3 responses to 3 questions" in pane.notice.text()
    assert (
        "Not stored, as the survey is anonymous: 序号, 提交答卷时间, 来自IP, 姓名, 邮箱, 手机."
        in pane.notice.text()
    )

    # the pane counts the period again and lists the survey with its questions' averages
    def listed():
        return pane.surveys.topLevelItemCount() > 0 and pane.surveys.topLevelItem(0).childCount() > 0

    qtbot.waitUntil(listed, timeout=20000)
    top = pane.surveys.topLevelItem(0)
    assert top.text(0) == "2026 下半年内部沟通调查 (2026Q4, anonymous)" and top.text(1) == "3"
    first = top.child(0)
    assert [first.text(c) for c in range(4)] == ["渠道满意度", "3", "4.00 of 5", "2 of 3"]
    assert [top.child(i).text(0) for i in range(top.childCount())] == [
        "渠道满意度",
        "2.获取信息是否方便",
        "3.跨部门沟通",
    ]

    stored = every_value(desk.ctx)
    assert "渠道满意度" in stored  # the survey is there
    for value in PERSONAL:
        assert value not in stored

    # the tool's next export maps itself
    _pane, again = open_dialog(qtbot, desk)
    again.kind.setText("问卷星")
    choose(qtbot, again, path)
    assert cell(again, "1.您对内部沟通渠道的满意度", READ_AS).text() == "渠道满意度"
    assert cell(again, "4.建议", BECOMES).text() == "Left out"


def test_a_bad_row_is_named_and_nothing_can_be_imported(qtbot, desk, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("姓名,满意度\n张三,5\n李四,很好吧\n王五,4\n赵六,3\n", encoding="utf-8")
    _pane, dialog = open_dialog(qtbot, desk)
    choose(qtbot, dialog, path)
    assert dialog.problems.isVisible() and dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Line 3:")
    assert "1 rows cannot be read: nothing is imported until they are fixed." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert desk.get(EvaluationVoicesService).surveys() == []
    assert "张三" not in every_value(desk.ctx)

    old = tmp_path / "问卷.xls"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512))  # an old binary workbook
    choose(qtbot, dialog, old)
    assert "old Excel workbook (.xls)" in dialog.summary.text() and not dialog.import_button.isEnabled()

    dialog.path.setText(str(tmp_path / "missing.csv"))
    dialog.path.editingFinished.emit()
    assert "There is no file" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_an_xlsx_and_a_utf8_export_with_a_wrong_period(qtbot, desk, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Timestamp", "Email Address", "Phone", "Q1", "Comments"])
    ws.append(["2026-10-02", "resp.one@survey.example", "+86 138 0013 8000", 9, "More town halls"])
    ws.append(["2026-10-03", "resp.two@survey.example", "", 7, None])
    xlsx = tmp_path / "forms.xlsx"
    wb.save(xlsx)
    pane, dialog = open_dialog(qtbot, desk)
    choose(qtbot, dialog, xlsx)
    assert "(xlsx): 2 responses to 2 questions" in dialog.summary.text()
    assert cell(dialog, "Q1", BECOMES).text() == "Question, scale 1-10"
    dialog.period.setText("2026Q9")
    dialog.import_button.click()
    assert dialog.error.isVisible() and "2026Q9" in dialog.error.text()
    assert dialog.isVisible() and desk.get(EvaluationVoicesService).surveys() == []
    dialog.period.setText("2026-10")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "imported" in pane.notice.text(), timeout=20000)
    stored = every_value(desk.ctx)
    assert "More town halls" in stored
    assert "resp.one@survey.example" not in stored and "138 0013 8000" not in stored

    path = tmp_path / "named.csv"
    path.write_text(SURVEY, encoding="utf-8-sig")
    _pane, named = open_dialog(qtbot, desk)
    choose(qtbot, named, path)
    reread_after(qtbot, named, lambda: named.anonymous.setChecked(False))
    assert cell(named, "姓名", BECOMES).text() == "Kept with the response (named survey)"
    assert cell(named, "手机", BECOMES).text() == "Not stored: it says who answered"
    assert "utf-8-sig" in named.summary.text()
    assert (
        "Not stored (only the name and e-mail are kept): 序号, 提交答卷时间, 来自IP, 手机."
        in named.summary.text()
    )


def test_closed_while_reading_it_closes_once_the_reading_has_ended(qtbot, desk, tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(SURVEY.encode("gb18030"))
    _pane, dialog = open_dialog(qtbot, desk)
    dialog.path.setText(str(path))
    dialog.path.editingFinished.emit()  # the reading starts off the GUI thread
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # not under the reading's feet: it is asked to stop first
    assert dialog.read is None and dialog.done_import is None


def test_what_the_import_says_reads_as_chinese_in_chinese():
    """The columns left out are listed with 、 and the sentences follow each other without a space
    after 。 (they read "序号, 提交答卷时间, 来自IP" and "。 问卷为匿名"); English keeps its commas."""
    from commdesk import translations
    from commdesk.services.evaluation.voices import SurveyImport
    from commdesk.ui.evaluation.survey_dialog import imported_words

    done = SurveyImport(
        survey_id=1, title="内部沟通满意度调查", period="2026Q4", anonymous=True, kind="问卷星",
        file_name="wjx.csv", encoding="gb18030", questions=4, responses=12, blank=0,
        dropped=("序号", "来自IP", "姓名"), skipped=(),
    )  # fmt: skip
    try:
        translations.install("zh_CN")
        zh = imported_words(done)
        assert "序号、来自IP、姓名" in zh and "。 " not in zh and ", " not in zh
    finally:
        translations.install("en")
    en = imported_words(done)
    assert "序号, 来自IP, 姓名" in en and ". Not stored" in en
