"""A workflow step (submit, approve ...) taken on a copy someone else changed meanwhile goes through the
one conflict question (``ui.common.conflict.resolve_conflict``) without versions: nothing is forced,
"theirs" shows the stored version, cancel leaves the screen as it was."""

from __future__ import annotations

from datetime import date

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common import conflict
from commdesk.ui.releases.pane import ReleasesPane


def test_a_step_on_a_stale_release_asks_and_never_forces(
    qtbot, ctx, app_services, people, answer, monkeypatch
):
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    release = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="旧标题",
                body_markdown="第一段。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
            ),
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    assert pane.select(release.id)
    ctx.current = lambda: people["officer2"]
    svc.save(
        release.id,
        release.edit(content=ReleaseContent(title="别人的标题", body_markdown="x")),
        release.version,
    )
    ctx.current = app_services.person
    asked = []
    answer.text = "请审核"
    for choice in ("cancel", "theirs"):
        monkeypatch.setattr(
            conflict, "resolve_conflict", lambda parent, exc, c=choice: asked.append(exc) or c
        )
        pane.do_action(Action.SUBMIT)
    assert len(asked) == 2 and all(e.mine is None and e.theirs is None for e in asked)
    stored = svc.get(release.id)
    assert stored.state is State.DRAFT and stored.content.title == "别人的标题"
    assert pane.release.content.title == "别人的标题"  # "theirs": the stored version is shown
