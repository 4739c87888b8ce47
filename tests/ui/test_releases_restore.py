"""History of revisions in the review tab: pick an earlier revision, see its diff against the current
text, restore it after confirming; a stale copy gets the conflict choice."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common import conflict
from commdesk.ui.releases.pane import ReleasesPane


@pytest.fixture
def release(ctx, people):
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="初稿标题", body_markdown="第一段原文。\n\n第二段。", dateline_date=date(2026, 3, 10)
            ),
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    r = svc.save(
        r.id,
        r.edit(
            content=ReleaseContent(
                title="二稿标题", body_markdown="第一段改写。\n\n第二段。", dateline_date=date(2026, 3, 10)
            )
        ),
        r.version,
    )
    return r


def _pane(qtbot, app_services, person):
    app_services.ctx.current = app_services.person
    app_services.set_person(person)
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1110, 760)
    pane.show()
    return pane


def _choose(pane, number):
    combo = pane.review.against
    combo.setCurrentIndex(combo.findData(number))


def test_pick_an_earlier_revision_see_the_diff_and_restore_it(
    qtbot, ctx, app_services, people, release, answer
):
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    pane.tabs.setCurrentWidget(pane.review)
    combo = pane.review.against
    assert combo.findData(1) > 0 and combo.findData(2) < 0  # only earlier revisions are offered
    assert pane.review.restore_button.isHidden()
    _choose(pane, 1)
    shown = pane.review.diff_view.toPlainText()
    assert "v1" in shown and "第一段原文改写" in shown and "初二稿标题" in shown  # both texts, marked up
    assert "line-through" in pane.review.diff_view.toHtml()
    assert pane.review.restore_button.isVisible() and pane.review.restore_button.isEnabled()

    answer.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(pane.review.restore_button, Qt.MouseButton.LeftButton)
    assert answer.asked[-1][0] == "question" and "v1" in answer.asked[-1][2]
    assert ctx.service(ReleaseService).get(release.id).revision == 2  # not confirmed: nothing changed

    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.review.restore_button, Qt.MouseButton.LeftButton)
    stored = ctx.service(ReleaseService).get(release.id)
    assert (
        stored.revision == 3 and stored.content.title == "初稿标题" and "原文" in stored.content.body_markdown
    )
    assert pane.release.revision == 3 and pane.editor.ui.titleEdit.text() == "初稿标题"
    assert ctx.service(ReleaseService).revisions(release.id)[-1].note == "Restored from v1"
    assert pane.review.against.findData(2) > 0  # v2 is now an earlier revision too


def test_restore_after_approval_warns_and_returns_to_review(
    qtbot, ctx, app_services, people, release, answer
):
    svc = ctx.service(ReleaseService)
    ctx.current = lambda: people["officer"]
    svc.act(release.id, Action.SUBMIT, note="n")
    ctx.current = lambda: people["reviewer"]
    svc.act(release.id, Action.APPROVE)
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    _choose(pane, 1)
    answer.reply = QMessageBox.StandardButton.Yes
    assert pane.review.restore_button.isEnabled()
    pane.review.restore_button.click()
    assert "void" in answer.asked[-1][2]
    assert pane.release.state is State.IN_REVIEW and pane.release.content.title == "初稿标题"


@pytest.mark.parametrize("choice", ["mine", "theirs", "cancel"])
def test_restore_on_a_stale_copy_offers_the_choice(
    qtbot, ctx, app_services, people, release, answer, monkeypatch, choice
):
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(release.id)
    _choose(pane, 1)
    ctx.current = lambda: people["officer2"]
    ctx.service(ReleaseService).save(
        release.id,
        release.edit(content=ReleaseContent(title="Emma's title", body_markdown="x")),
        release.version,
    )
    ctx.current = app_services.person
    asked = []
    monkeypatch.setattr(conflict, "resolve_conflict", lambda parent, exc: asked.append(exc) or choice)
    answer.reply = QMessageBox.StandardButton.Yes
    result = pane.restore_revision(1)
    assert asked, "the conflict choice was offered"
    stored = ctx.service(ReleaseService).get(release.id)
    if choice == "mine":
        assert result and stored.revision == 4 and stored.content.title == "初稿标题"
        assert pane.release.version == stored.version
    elif choice == "theirs":
        assert not result and stored.content.title == "Emma's title"
        assert pane.release.content.title == "Emma's title" and pane.release.version == stored.version
    else:
        assert not result and stored.content.title == "Emma's title" and pane.release.revision == 2


def test_read_only_release_cannot_restore(qtbot, ctx, app_services, people, release):
    pane = _pane(qtbot, app_services, people["reviewer"])
    pane.select(release.id)
    _choose(pane, 1)
    assert not pane.review.restore_button.isHidden() and not pane.review.restore_button.isEnabled()
    assert pane.review.restore_button.toolTip()
