"""The case view and its dialogs read as people speak, in both languages: a 4-second call is "4 s"
(not "1 min"), its notes appear once, the complaint grade reads the same in the view and in the
Route… dialog, whose first grade item suits the case (a complaint not graded yet, or no complaint);
the knowledge base's New entry button says why it is off; clocks are joined with the language's
colon."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.dialogs import KnowledgeDialog, RouteDialog
from commdesk.ui.cases.view import CaseView, call_length

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from commdesk.translations import install

    install(request.param)
    yield request.param
    install("en")


@pytest.fixture
def desk(app_services):
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    admin = app_services.get(CaseAdminService)
    app_services.ctx.clock = lambda: NOW
    return {
        "service": admin.save_category("service", "服务", "Service"),
        "complaint": admin.save_category("complaint", "投诉", "Complaints", complaint=True),
        "cases": app_services.get(CaseService),
    }


def view_of(qtbot, case) -> CaseView:
    view = CaseView()
    qtbot.addWidget(view)
    view.show_case(case)
    return view


def test_call_lengths_to_the_second(language):
    words = {"en": ("4 s", "6 min 05 s", "1 h 02 min"), "zh_CN": ("4 秒", "6 分 05 秒", "1 小时 02 分")}
    assert (call_length(4), call_length(365), call_length(3725)) == words[language]


def test_a_four_second_call_is_said_in_seconds_and_its_notes_once(qtbot, desk, language):
    start = NOW - timedelta(minutes=1)
    case = desk["cases"].create(
        Channel.HOTLINE,
        "询问营业时间",
        category=desk["service"].id,
        customer=("", "13912345678", ""),
        received_at=start,
        call=(start, start + timedelta(seconds=4)),
        note="已告知营业时间",
    )
    text = view_of(qtbot, case).conversation.toPlainText()
    assert {"en": "4 s", "zh_CN": "4 秒"}[language] in text
    assert "1 min" not in text and "1 分钟" not in text
    assert text.count("已告知营业时间") == 1


def test_the_grade_reads_the_same_in_the_view_and_the_dialog(qtbot, app_services, desk, people, language):
    cases = desk["cases"]
    complaint = cases.create(Channel.WALK_IN, "投诉：多收费", category=desk["complaint"].id)
    plain = cases.create(Channel.WALK_IN, "咨询", category=desk["service"].id)
    categories = app_services.get(CaseAdminService).categories()
    staff = [(p.id, p.name) for p in people.values()]

    fresh = RouteDialog(complaint, staff, categories)
    qtbot.addWidget(fresh)
    assert fresh.grade.itemText(0) == {"en": "Not graded yet", "zh_CN": "尚未定级"}[language]
    other = RouteDialog(plain, staff, categories)
    qtbot.addWidget(other)
    assert other.grade.itemText(0) == {"en": "Not a complaint", "zh_CN": "不是投诉"}[language]

    for grade in (1, 2, 3):
        graded = cases.set_grade(complaint.id, grade)
        dialog = RouteDialog(graded, staff, categories)
        qtbot.addWidget(dialog)
        assert view_of(qtbot, graded).fields["grade"].text() == dialog.grade.currentText()
        complaint = graded


def test_clock_lines_use_the_language_colon(qtbot, desk, language):
    case = desk["cases"].create(Channel.LETTER, "来信", category=desk["service"].id)
    clocks = view_of(qtbot, case).fields["clocks"].text()
    assert clocks
    if language == "zh_CN":
        assert re.search(r"[\u4e00-\u9fff][:?]", clocks) is None, clocks
        assert "：" in clocks


def test_new_entry_says_why_it_is_off_for_an_officer(qtbot, app_services, people, language):
    app_services.set_person(people["officer"])
    dlg = KnowledgeDialog(app_services)
    qtbot.addWidget(dlg)
    assert not dlg.new_button.isEnabled()
    assert dlg.new_button.toolTip()
    assert dlg.new_button.toolTip() == dlg.save_button.toolTip()
    app_services.set_person(people["admin"])
    admin = KnowledgeDialog(app_services)
    qtbot.addWidget(admin)
    assert admin.new_button.isEnabled() and not admin.new_button.toolTip()
