"""The release on screen follows a change made elsewhere (a worker, another window) when the person is
not editing it: its state, version and buttons are those stored now."""

from __future__ import annotations

import threading

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane


def test_the_shown_release_reloads_after_a_change_elsewhere(qtbot, ctx, app_services, people):
    app_services.set_person(people["officer"])
    ctx.current = app_services.person
    svc = ctx.service(ReleaseService)
    release = svc.create(ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="第一段。")))
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.select(release.id)
    qtbot.waitUntil(lambda: pane.release is not None and pane.release.id == release.id)
    assert pane.release.state is State.DRAFT and not pane.dirty

    def submit() -> None:  # as another window of the same desk would
        svc.act(release.id, Action.SUBMIT, note="请审核", reviewer_ids=(people["reviewer"].id,))

    worker = threading.Thread(target=submit)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: pane.release is not None and pane.release.state is State.IN_REVIEW)
    assert pane.release.version == svc.get(release.id).version and not pane.dirty
