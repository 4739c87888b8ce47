"""The releases pane as people use it: list and badge, editing with autosave, the four-eyes review
through the buttons, paragraph comments, the conflict choice on a stale save, export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.releases.content import ReleaseContent, paragraphs
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common import conflict
from commdesk.ui.releases.models import CoverageTableModel, ReleaseTableModel
from commdesk.ui.releases.pane import ReleasesPane


@pytest.fixture
def release(ctx, people):
    ctx.current = lambda: people["officer"]
    r = ctx.service(ReleaseService).create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="第一段。\n\n第二段。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
            ),
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    return r


def _pane(qtbot, app_services, person):
    app_services.ctx.current = app_services.person  # tests act as others through ctx in between
    app_services.set_person(person)
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    return pane


def test_list_badge_and_review_buttons(qtbot, ctx, app_services, people, release, answer):
    badges = []
    app_services.badge_changed.connect(lambda key, n: badges.append((key, n)))
    officer = _pane(qtbot, app_services, people["officer"])
    assert officer.model.rowCount() == 1
    assert officer.select(release.id) and officer.release.id == release.id
    assert officer.action_buttons[Action.SUBMIT].isEnabled()
    assert not officer.action_buttons[Action.APPROVE].isEnabled()
    answer.text = "请审核第一段"
    qtbot.mouseClick(officer.action_buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
    assert officer.release.state is State.IN_REVIEW
    assert (
        "four eyes" in officer.action_buttons[Action.APPROVE].toolTip()
        or officer.action_buttons[Action.APPROVE].toolTip()
    )

    reviewer = _pane(qtbot, app_services, people["reviewer"])
    assert badges[-1] == ("releases", 1)
    reviewer.filter.setCurrentIndex(reviewer.filter.findData("__awaiting__"))
    assert reviewer.model.rowCount() == 1 and "(1)" in reviewer.filter.itemText(1)
    reviewer.select(release.id)
    panel = reviewer.review
    panel.paragraph.setCurrentIndex(2)  # ¶2
    panel.text.setPlainText("第二段请补充数据")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    comments = ctx.service(ReleaseReviewService).comments(release.id)
    assert comments[0].paragraph_id == paragraphs("第一段。\n\n第二段。")[1].id
    assert panel.tree.topLevelItemCount() == 1
    answer.text = "见段落评论"
    qtbot.mouseClick(reviewer.action_buttons[Action.REQUEST_CHANGES], Qt.MouseButton.LeftButton)
    assert reviewer.release.state is State.CHANGES_REQUESTED
    qtbot.waitUntil(lambda: badges[-1] == ("releases", 0))  # the pane follows the commit


def test_edit_autosaves_then_saves_a_new_revision(qtbot, app_services, people, release):
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    qtbot.keyClicks(pane.editor.ui.titleEdit, " (update)")
    assert pane.dirty and not pane.action_buttons[Action.SUBMIT].isEnabled()
    qtbot.waitUntil(lambda: pane.store.load(release.id) is not None, timeout=2000)
    assert pane.store.load(release.id).value.content.title == "华信发布新平台 (update)"
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert pane.release.revision == 2 and pane.release.content.title == "华信发布新平台 (update)"
    assert pane.store.load(release.id) is None and not pane.dirty


def test_edit_after_approval_shows_the_diff_and_returns_to_review(qtbot, ctx, app_services, people, release):
    svc = ctx.service(ReleaseService)
    ctx.current = lambda: people["officer"]
    svc.act(release.id, Action.SUBMIT, note="n")
    ctx.current = lambda: people["reviewer"]
    svc.act(release.id, Action.APPROVE)
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    assert pane.action_buttons[Action.PUBLISH].isEnabled()
    pane.editor.ui.bodyEdit.setPlainText("第一段，已修改。\n\n第二段。")
    assert pane.save()
    assert pane.release.state is State.IN_REVIEW
    pane.review.against.setCurrentIndex(0)
    html = pane.review.diff_view.toHtml()
    assert "已修改" in html and "#dcfce7" in html


def test_stale_save_offers_the_choice(qtbot, ctx, app_services, people, release, monkeypatch):
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    ctx.current = lambda: people["officer2"]
    ctx.service(ReleaseService).save(
        release.id,
        release.edit(content=ReleaseContent(title="Emma's title", body_markdown="x")),
        release.version,
    )
    ctx.current = app_services.person
    pane.editor.ui.titleEdit.setText("李明的标题")
    pane.editor.changed.emit()
    asked = []
    monkeypatch.setattr(conflict, "resolve_conflict", lambda parent, exc: asked.append(exc) or "mine")
    assert pane.save()
    assert asked and asked[0].theirs["title"] == "Emma's title"
    assert pane.release.content.title == "李明的标题" and pane.release.revision == 3


def test_leaving_with_unsaved_edits_asks(qtbot, ctx, app_services, people, release, answer):
    ctx.current = lambda: people["officer"]
    other = ctx.service(ReleaseService).create(ReleaseEdit(ReleaseContent(title="第二篇")))
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    qtbot.keyClicks(pane.editor.ui.subtitleEdit, "Subtitle")
    answer.reply = QMessageBox.StandardButton.Save
    pane.select(other.id)
    assert pane.release.id == other.id
    assert ctx.service(ReleaseService).get(release.id).content.subtitle == "Subtitle"


def test_coverage_panel_and_export(qtbot, ctx, app_services, people, release, tmp_path, qtmodeltester):
    svc = ctx.service(ReleaseService)
    ctx.current = lambda: people["officer"]
    svc.act(release.id, Action.SUBMIT, note="n")
    ctx.current = lambda: people["reviewer"]
    svc.act(release.id, Action.APPROVE)
    ctx.current = lambda: people["officer"]
    svc.act(release.id, Action.PUBLISH)
    ctx.service(ReleaseCoverageService).add(
        Coverage(release.id, "新华网", date(2026, 3, 12), tone="positive", reach=900)
    )
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    pane.coverage.url.setText("https://example.org/n/1")
    qtbot.mouseClick(pane.coverage.record_button, Qt.MouseButton.LeftButton)
    assert pane.coverage.publications.rowCount() == 1
    assert pane.coverage.model.rowCount() == 1 and "900" in pane.coverage.summary.text()
    qtmodeltester.check(pane.coverage.model)
    qtmodeltester.check(pane.model)
    target = tmp_path / "r.pdf"
    done = []
    pane.export_to(str(target), "pdf", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert target.stat().st_size > 1000


def test_models_on_empty_and_full(qtmodeltester):
    qtmodeltester.check(ReleaseTableModel())
    m = CoverageTableModel()
    m.set_rows([Coverage(1, "新华网", date(2026, 1, 1), url="https://x.example")])
    qtmodeltester.check(m)


def test_coverage_dialog_links_a_journalist_contact(qtbot, ctx, app_services, people, release):
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.services.contacts.service import ContactService

    ctx.current = lambda: people["admin"]
    c = ctx.service(ContactService).create(
        ContactRecord(full_name="张伟", emails=[Email("work", "z@x.example")])
    )
    pane = _pane(qtbot, app_services, people["officer"])
    from commdesk.ui.releases.coverage import CoverageDialog

    dlg = CoverageDialog(release.id, None, pane, journalists=pane._journalists())
    qtbot.addWidget(dlg)
    dlg.outlet.setText("新华网")
    dlg.journalist.setCurrentIndex(dlg.journalist.findData(c.id))
    value = dlg.value()
    assert value.journalist_id == c.id and value.journalist_name == "张伟" and value.outlet == "新华网"


def test_template_editor_flags_problems_and_saves_a_version(qtbot, ctx, app_services, people):
    from commdesk.services.releases.templates import ReleaseTemplateService
    from commdesk.ui.releases.dialogs import TemplateEditorDialog

    pane = _pane(qtbot, app_services, people["admin"])
    assert not pane.templates_button.isHidden()
    svc = ctx.service(ReleaseTemplateService)
    dlg = TemplateEditorDialog(svc, svc.get("statement", "zh"))
    qtbot.addWidget(dlg)
    dlg.text.setPlainText("{{ organisation }}声明：{{ nonsense }}\n{{ ''.__class__ }}")
    dlg.check()
    assert "nonsense" in dlg.problems.text() and not dlg.save_button.isEnabled()
    dlg.text.setPlainText("{{ organisation }}郑重声明：……")
    dlg.check()
    assert dlg.save_button.isEnabled() and "郑重声明" in dlg.preview.toPlainText()
    dlg._save()
    assert dlg.saved is not None and dlg.saved.version == 1 and not svc.get("statement", "zh").builtin
    officer = _pane(qtbot, app_services, people["officer"])
    assert officer.templates_button.isHidden()
