"""A releases pane made and shown at once reads its list once (made, then shown: the showing finds
what it just read), and a release committed in between is listed all the same."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane


def _reads(app_services, fn) -> int:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(app_services.ctx.engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(app_services.ctx.engine, "before_cursor_execute", count)
    return len(seen)


def _titles(pane: ReleasesPane) -> list[str]:
    return [r.title for r in pane.model.rows]


def test_the_first_showing_reads_nothing_again_unless_something_was_saved(qtbot, app_services, people):
    svc = app_services.get(ReleaseService)
    svc.create(ReleaseEdit(ReleaseContent(title="第一篇", dateline_date=date(2026, 3, 10))))
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    assert _reads(app_services, pane.activated) == 0
    assert _titles(pane) == ["第一篇"]
    assert _reads(app_services, pane.activated) > 0  # shown again later: read again

    later = ReleasesPane(app_services)
    qtbot.addWidget(later)
    svc.create(ReleaseEdit(ReleaseContent(title="第二篇", dateline_date=date(2026, 3, 11))))
    later.show()
    later.activated()
    assert sorted(_titles(later)) == ["第一篇", "第二篇"]
