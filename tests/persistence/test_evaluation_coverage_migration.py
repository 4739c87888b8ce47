"""Revision 0090 on a database that already logged coverage: every entry keeps its release and its
values, and is about the organisation (subject ""); a story may then be stored without a release."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from commdesk.persistence import schema
from commdesk.persistence.db import make_engine, resolve_target


def test_existing_coverage_is_kept_and_a_story_may_have_no_release(tmp_path):
    engine = make_engine(resolve_target(tmp_path / "old.sqlite3")[0])
    _, heads = schema.packaged_revisions()
    with engine.begin() as conn:
        cfg = schema.alembic_config(conn)
        for head in sorted(h for h in heads if h != "0090_evaluation"):
            command.upgrade(cfg, head)
    with engine.begin() as c:
        c.execute(text("PRAGMA foreign_keys = OFF"))
        c.execute(
            text(
                "INSERT INTO release_coverage (id, release_id, outlet, outlet_kind, journalist_name, day, url,"
                " headline, reach, tone, original, created_by, version) VALUES"
                " (1, 7, '人民日报', 'newspaper', '', '2026-11-03', '', '标题', 1200, 'positive', 1, 'x', 1)"
            )
        )
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "heads")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO release_coverage (id, release_id, subject, outlet, outlet_kind, journalist_name, day, url,"
                " headline, reach, tone, original, created_by, version) VALUES"
                " (2, NULL, '竞品甲', '财新', 'online', '', '2026-11-04', '', '', 0, 'neutral', 1, 'x', 1)"
            )
        )
        rows = list(
            c.execute(
                text("SELECT id, release_id, subject, outlet, reach, tone FROM release_coverage ORDER BY id")
            )
        )
        indexes = {r[1] for r in c.execute(text("PRAGMA index_list('release_coverage')"))}
    engine.dispose()
    assert rows == [(1, 7, "", "人民日报", 1200, "positive"), (2, None, "竞品甲", "财新", 0, "neutral")]
    assert "ix_release_coverage_day" in indexes and "ix_release_coverage_tone_kind" in indexes
