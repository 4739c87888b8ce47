"""A procedure version submitted for review waits in Home's "Reviews awaiting me" box of a reviewer
who did not write it (four eyes), opens the Procedure pane, and is gone once approved; the start-up
glance shows the same line."""

from __future__ import annotations

from datetime import date

from commdesk.persistence.glance import open_read_only
from commdesk.services.home import HomeService
from commdesk.services.procedure import ProcedureService
from commdesk.ui.home.glance import glance_sections
from commdesk.ui.home.pane import HomePane


def _lines(home: HomePane) -> list[str]:
    box = home.boxes["reviews"].list
    return [box.item(i).text() for i in range(box.count())]


def _glance_reviews(path, person_id, now) -> list[tuple] | None:
    """The glance's reviews box (read from a SQLite file only; None on a database server)."""
    if "://" in str(path):
        return None
    conn = open_read_only(path)
    try:
        box = next(s for s in glance_sections(conn, person_id, now) if s.key == "reviews")
        return [(e.text, e.detail, e.pane, e.record_id, e.when) for e in box.entries]
    finally:
        conn.close()


def test_a_submitted_version_waits_for_the_reviewer_not_the_author(qtbot, ctx, app_services, people, db_url):
    svc = ctx.service(ProcedureService)
    v1 = svc.import_shipped(date(2020, 1, 1))
    ctx.current = app_services.person
    app_services.set_person(people["officer"])
    svc.draft(v1.text_zh, v1.text_en.replace("Effective date stated.", "The effective date is stated."))
    svc.submit(2, None)
    qtbot.waitUntil(lambda: app_services.announced_upto == app_services.commits_so_far())

    app_services.set_person(people["reviewer"])  # the second person
    home = HomePane(app_services)
    qtbot.addWidget(home)
    opened = []
    home.navigate.connect(lambda pane, record: opened.append((pane, record)))
    home.show()
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    [line] = [t for t in _lines(home) if "Procedure version 2" in t]
    assert people["officer"].name in line
    # the same line in the start-up glance, field for field
    service_box = next(s for s in HomeService(ctx).sections(home._now) if s.key == "reviews")
    assert _glance_reviews(db_url, people["reviewer"].id, home._now) in (
        None,
        [(e.text, e.detail, e.pane, e.record_id, e.when) for e in service_box.entries],
    )
    box = home.boxes["reviews"].list
    row = next(i for i in range(box.count()) if "Procedure version 2" in box.item(i).text())
    box.itemActivated.emit(box.item(row))
    assert opened == [("procedure", None)]  # the Procedure pane, which shows the version in review

    with qtbot.waitSignal(home.sections_shown):  # the approval is a commit Home follows
        svc.approve(2, None)
    assert not any("Procedure version 2" in t for t in _lines(home))
    assert _glance_reviews(db_url, people["reviewer"].id, home._now) in (None, [])


def test_the_author_does_not_see_their_own_version_to_review(qtbot, ctx, app_services, people, db_url):
    svc = ctx.service(ProcedureService)
    v1 = svc.import_shipped(date(2020, 1, 1))
    ctx.current = app_services.person
    app_services.set_person(people["officer"])
    svc.draft(v1.text_zh, v1.text_en + "\n")
    svc.submit(2, None)
    home = HomePane(app_services)  # the author's own Home
    qtbot.addWidget(home)
    home.show()
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    assert not any("Procedure version" in t for t in _lines(home))
    assert _glance_reviews(db_url, people["officer"].id, home._now) in (None, [])
