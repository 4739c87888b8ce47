"""The demo's releases: every state, with comments, revisions, approvals and coverage."""

from __future__ import annotations

from commdesk import demo
from commdesk.bootstrap import open_database
from commdesk.core.releases.workflow import State
from commdesk.demo import foundation, releases
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService


def test_demo_has_every_state(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "seeders", lambda: [foundation, releases])
    counts = demo.create_demo(tmp_path / "demo.sqlite3")
    assert counts["press releases"] == 9
    opened = open_database(tmp_path / "demo.sqlite3")
    try:
        ctx = opened.ctx
        svc = ctx.service(ReleaseService)
        listed = svc.list()
        assert {r.state for r in listed} == set(State)
        review = ctx.service(ReleaseReviewService)
        assert sum(len(review.comments(r.id)) for r in listed) >= 5
        assert any(r.revision >= 3 for r in listed)
        record = review.review_record(next(r.id for r in listed if r.state is State.APPROVED))
        assert any(not a.valid for a in record.approvals) and sum(a.valid for a in record.approvals) == 2
        assert len(ctx.service(ReleaseCoverageService).list()) == counts["coverage"] > 10
    finally:
        opened.ctx.engine.dispose()
