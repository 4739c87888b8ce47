"""The series backlog screen and the pane's PDF exports off the GUI thread (preview, then save)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from commdesk.core.meetings.model import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingKind,
    Participant,
    Point,
)
from commdesk.core.meetings.schedule import Frequency
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.ui.common import export
from commdesk.ui.common.pdf_preview import PdfPreviewDialog


def _series(app_services, backlog):
    svc = app_services.get(MeetingService)
    first = Meeting(
        kind=MeetingKind.IN_PERSON,
        topic="周例会",
        room="301",
        duration=60,
        start=datetime.now(UTC) + timedelta(days=1),
        agenda=[AgendaItem("进展", "", 20)],
    )
    return svc, svc.create_series(first, Frequency.WEEKLY, count=3, backlog=backlog)


def test_series_backlog_screen_edits_saves_and_moves_to_the_agenda(qtbot, app_services, answer, monkeypatch):
    from commdesk.ui.meetings import backlog
    from commdesk.ui.meetings.pane import MeetingsPane

    svc, series = _series(app_services, ["预算", "培训"])
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.table.selectRow(0)
    assert pane.buttons["backlog"].isEnabled()
    dlg = backlog.BacklogDialog(app_services, series.id)
    qtbot.addWidget(dlg)
    assert dlg.items() == ["预算", "培训"] and "周例会" in dlg.heading.text()
    dlg.new_item.setText("年度计划")
    dlg.add_item()
    dlg.list.setCurrentRow(2)
    dlg.move_item(-1)
    dlg.move_item(-1)
    dlg.list.setCurrentRow(2)
    dlg.remove_item()
    assert dlg.items() == ["年度计划", "预算"] and dlg.dirty
    assert dlg.save() and svc.series(series.id).backlog == ["年度计划", "预算"]
    # someone else saved in between: the conflict choice decides
    other = svc.series(series.id)
    svc.set_backlog(series.id, ["别人的"], other.version)
    dlg.new_item.setText("我的")
    dlg.add_item()
    choices = iter(["theirs", "mine"])
    monkeypatch.setattr(backlog, "resolve_conflict", lambda parent, exc: next(choices))
    assert not dlg.save() and dlg.items() == ["别人的"]
    svc.set_backlog(series.id, ["又改了"], svc.series(series.id).version)
    dlg.new_item.setText("我的")
    dlg.add_item()
    assert dlg.save() and svc.series(series.id).backlog == ["别人的", "我的"]
    # to the next meeting's agenda
    dlg.list.setCurrentRow(1)
    dlg.to_agenda()
    assert dlg.items() == ["别人的"]
    nxt = svc.get(series.meeting_ids[0])
    assert [a.title for a in nxt.agenda] == ["进展", "我的"]
    assert "我的" in dlg.status.text()


def test_backlog_button_only_for_series_meetings(qtbot, app_services, answer):
    from commdesk.ui.meetings.pane import MeetingsPane

    app_services.get(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON, topic="单次会", room="1", start=datetime.now(UTC) + timedelta(days=2)
        )
    )
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.table.selectRow(0)
    assert not pane.buttons["backlog"].isEnabled()
    assert pane.edit_backlog() is None


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    paths = []
    monkeypatch.setattr(
        export,
        "choose_save_path",
        lambda parent, title, suggested: paths.append(suggested) or tmp_path / suggested.name,
    )
    monkeypatch.setattr(export, "open_url", lambda url: True)
    return paths


def _save_preview(qtbot, pane) -> None:
    qtbot.waitUntil(lambda: pane.findChild(PdfPreviewDialog) is not None, timeout=60000)
    preview = pane.findChild(PdfPreviewDialog)
    assert preview.page_count >= 1
    preview.save_button.click()
    preview.setParent(None)
    preview.deleteLater()


def test_pdf_exports_render_off_the_gui_thread(qtbot, app_services, answer, chosen, tmp_path, monkeypatch):
    from commdesk.core.documents import rendering
    from commdesk.ui.meetings import pane as pane_mod

    threads = []
    real = rendering.render_bytes
    monkeypatch.setattr(
        rendering, "render_bytes", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    import commdesk.core.documents as documents

    monkeypatch.setattr(documents, "render_bytes", rendering.render_bytes, raising=False)
    svc = app_services.get(MeetingService)
    m = svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="复盘会",
            room="301",
            duration=60,
            start=datetime.now(UTC) - timedelta(hours=3),
            participants=[Participant("李明", "li@example.org")],
            agenda=[AgendaItem("数据", "", 10)],
        )
    )
    minutes = app_services.get(MeetingMinutesService)
    d = minutes.draft(m.id)
    d.points = [Point("数字很好", 0)]
    d.actions = [ActionItem("写报告", "李明")]
    minutes.save(d)
    pane = pane_mod.MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.range.setCurrentIndex(pane.range.findData("all"))
    pane.table.selectRow(0)
    answer.reply = export.CLOSE
    pane.export_pdf()  # minutes exist: the minutes PDF
    _save_preview(qtbot, pane)
    pane.export_agenda_pdf(m.id)
    _save_preview(qtbot, pane)
    pane.tabs.setCurrentIndex(pane.tabs.count() - 1)
    pane.export_pdf()  # the action tab: the action report
    _save_preview(qtbot, pane)
    names = [p.name for p in chosen]
    assert names == ["复盘会 minutes.pdf", "复盘会 agenda.pdf", "actions.pdf"]
    assert "数字很好" in "".join(p.extract_text() for p in PdfReader(tmp_path / names[0]).pages)
    assert "数据" in "".join(p.extract_text() for p in PdfReader(tmp_path / names[1]).pages)
    assert (tmp_path / "actions.pdf").is_file()
    assert threads and all(t is not threading.main_thread() for t in threads)
