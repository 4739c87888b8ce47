"""Revision 0041 on a database that already has release mail waiting: each unsent release message
gets the approved content hash it was built from (the approval before it was queued); one without
an approval gets a hash that matches nothing, so it is held rather than sent unchecked."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from commdesk.persistence import schema
from commdesk.persistence.db import make_engine, resolve_target


def test_queued_release_mail_is_backfilled_with_the_revision_it_was_built_from(tmp_path):
    engine = make_engine(resolve_target(tmp_path / "old.sqlite3")[0])
    _, heads = schema.packaged_revisions()
    with engine.begin() as conn:
        cfg = schema.alembic_config(conn)
        # the other branches in a fixed order, then the mail branch only up to before 0041
        for head in [*sorted(h for h in heads if not h.startswith("004")), "0040_mail"]:
            command.upgrade(cfg, head)
    with engine.begin() as c:
        c.execute(text("PRAGMA foreign_keys = OFF"))
        c.execute(
            text(
                "INSERT INTO release_approvals (id, release_id, reviewer_id, reviewer_name, content_hash, revision, at,"
                " note, voided_reason) VALUES (1, 7, 1, 'r', 'HASH-OLD', 1, '2026-03-09 01:00:00.000000', '', ''),"
                " (2, 7, 1, 'r', 'HASH-LATER', 2, '2026-03-11 01:00:00.000000', '', '')"
            )
        )
        for i, (rid, status) in enumerate([("7", "queued"), ("8", "queued"), ("7", "sent")], 1):
            c.execute(
                text(
                    "INSERT INTO mail_outbox (id, batch, kind, status, subject, sender, recipients, recipient_keys,"
                    " message_id, raw, size, related_entity, related_id, attempts, uncertain, queued_by, created_at,"
                    " updated_at) VALUES (:i, 'b', 'release', :s, 's', 'x', '[]', '[]', :m, X'00', 1, 'releases', :r,"
                    " 0, 0, 'q', '2026-03-10 02:00:00.000000', '2026-03-10 02:00:00.000000')"
                ),
                {"i": i, "s": status, "m": f"m{i}", "r": rid},
            )
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "heads")
    with engine.begin() as c:
        rows = list(c.execute(text("SELECT id, status, source_revision FROM mail_outbox ORDER BY id")))
    engine.dispose()
    assert rows == [(1, "queued", "HASH-OLD"), (2, "queued", "unknown"), (3, "sent", None)]
