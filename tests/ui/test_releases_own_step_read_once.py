"""The release pane's own workflow step shows the release the step returned: the announcement of
that commit refreshes the list but does not read the shown release again (a round trip to a
server); a change made elsewhere afterwards is still read and shown."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane


def test_an_own_step_is_not_read_again_and_a_later_change_is(qtbot, ctx, app_services, people, monkeypatch):
    app_services.set_person(people["officer"])
    ctx.current = app_services.person
    svc = ctx.service(ReleaseService)
    release = svc.create(ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="第一段。")))
    svc.act(release.id, Action.SUBMIT, note="请审核", reviewer_ids=(people["reviewer"].id,))
    app_services.set_person(people["reviewer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.select(release.id)
    qtbot.waitUntil(lambda: pane.release is not None and pane.release.id == release.id)
    reads: list[int] = []
    get = pane.svc.get
    monkeypatch.setattr(pane.svc, "get", lambda rid: reads.append(rid) or get(rid))

    heard = app_services.announced_upto
    pane.do_action(Action.APPROVE)
    assert pane.release is not None and pane.release.state is State.APPROVED
    qtbot.waitUntil(lambda: app_services.announced_upto > heard)
    row = pane.model.row_of(release.id)
    assert row >= 0 and pane.model.rows[row].state is State.APPROVED  # the list follows
    assert reads == []  # the release on screen is the one the step returned

    def request_changes() -> None:  # as another window of the same desk would, after the step
        svc.act(release.id, Action.REQUEST_CHANGES, note="标题再改一下")

    worker = threading.Thread(target=request_changes)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: pane.release is not None and pane.release.state is not State.APPROVED)
    assert reads == [release.id]
    assert pane.release.version == get(release.id).version and not pane.dirty


def test_an_own_step_reads_no_revision_comment_or_coverage_again(
    qtbot, ctx, app_services, people, monkeypatch, answer
):
    """A workflow step writes no revision, comment or coverage: the form shows what it read of them
    for that release and revision; publishing reads the publications again (it records them)."""
    from commdesk.services.releases.review import ReleaseReviewService

    app_services.set_person(people["officer"])
    ctx.current = app_services.person
    svc = ctx.service(ReleaseService)
    release = svc.create(ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="第一段。")))
    svc.act(release.id, Action.SUBMIT, note="请审核", reviewer_ids=(people["reviewer"].id,))
    app_services.set_person(people["reviewer"])
    ctx.service(ReleaseReviewService).add_comment(release.id, "第一段需要数据")
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.open(release.id)
    assert [c.text for c in pane.review.comments] == ["第一段需要数据"]
    reads: list[str] = []
    for owner, name in (
        (pane.svc, "revisions"),
        (pane.svc, "publications"),
        (pane.review_svc, "comments"),
        (pane.coverage_svc, "list"),
    ):
        original = getattr(owner, name)
        monkeypatch.setattr(
            owner, name, lambda *a, _o=original, _n=name, **k: reads.append(_n) or _o(*a, **k)
        )

    pane.do_action(Action.APPROVE)
    assert pane.release is not None and pane.release.state is State.APPROVED
    assert reads == []
    assert [c.text for c in pane.review.comments] == ["第一段需要数据"]  # still shown

    app_services.set_person(people["officer"])
    reads.clear()
    answer.reply = QMessageBox.StandardButton.Yes  # publish now?
    pane.do_action(Action.PUBLISH)
    assert pane.release.state is State.PUBLISHED
    assert reads == ["publications"]
