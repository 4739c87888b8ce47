"""The release pane's own workflow step shows the release the step returned: the announcement of
that commit refreshes the list but does not read the shown release again (a round trip to a
server); a change made elsewhere afterwards is still read and shown."""

from __future__ import annotations

import threading

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
