"""An import's audit entries: on SQLite the ``import`` entries of created contacts are written
already sealed into the audit chain; the chain must be the one sealing everything at the commit
gives (same places, same links, in the order of the ids), verify, and tell the head watcher where
the transaction's seals began."""

from __future__ import annotations

import contextlib
import csv
from datetime import date

from sqlalchemy import text

from commdesk.persistence.audit import Head, current_head, seal, verify_chain, watch_heads
from commdesk.persistence.repositories.contacts.bulk import ContactBulkWriter
from commdesk.services.contacts.importing import ContactImportService


def _file(path, n):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "媒体", "邮箱"])
        for i in range(n):
            w.writerow([f"记者{i}", f"新媒体{i % 3}", f"r{i}@x.example.cn"])  # new outlets: entries before


def test_the_import_entries_chain_as_if_sealed_at_the_commit(ctx, people, tmp_path):
    imports = ctx.service(ContactImportService)
    path = tmp_path / "many.csv"
    _file(path, 25)
    with ctx.engine.connect() as conn:
        before = current_head(conn)
    heads: list[tuple[Head | None, Head]] = []
    watch_heads(ctx.engine, lambda b, a: heads.append((b, a)))
    planned = imports.plan(path).plan
    with ctx.unit_of_work() as uow:  # an entry of the transaction before the import's, one after
        uow.event("contacts", "first", "note", note="before")
        with ContactBulkWriter(uow.session, (uow.actor.id, uow.actor.name), date(2026, 1, 5)) as writer:
            writer.ensure_outlets(planned.outlets)
            assert len(writer.create(planned.create, "many.csv", lambda done: None)) == 25
        uow.event("contacts", "last", "note", note="after")

    with ctx.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, seq, digest, chain, txn, action FROM audit_log ORDER BY id")
        ).all()
        assert verify_chain(conn).ok
        after = current_head(conn)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))  # places follow the ids
    txn = rows[-1].txn
    mine = [r for r in rows if r.txn == txn]
    actions = [r.action for r in mine]
    assert actions == ["note", *["import"] * 25, "note"]
    assert heads == [(before, after)]

    with ctx.engine.begin() as conn:  # the same entries sealed the way every other commit seals them
        conn.execute(
            text("UPDATE audit_log SET seq = NULL, digest = NULL, chain = NULL WHERE txn = :t"), {"t": txn}
        )
        assert seal(conn, txn) == len(mine)
        again = conn.execute(
            text("SELECT id, seq, digest, chain FROM audit_log WHERE txn = :t ORDER BY id"), {"t": txn}
        ).all()
    assert [tuple(r) for r in again] == [(r.id, r.seq, r.digest, r.chain) for r in mine]


def test_a_failed_import_leaves_no_entry_and_the_chain_intact(ctx, people, tmp_path, monkeypatch):
    import commdesk.persistence.repositories.contacts.bulk as bulk

    imports = ctx.service(ContactImportService)
    path = tmp_path / "many.csv"
    _file(path, 25)
    preview = imports.plan(path)
    with ctx.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(bulk, "write_key_sets", broken)  # a server database's search keys
    monkeypatch.setattr(bulk, "write_key_documents", broken)  # SQLite's
    with contextlib.suppress(RuntimeError):
        imports.apply(preview)
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == count
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar() == 0
        assert verify_chain(conn).ok
    monkeypatch.undo()
    assert imports.apply(imports.plan(path)).created == 25
    with ctx.engine.connect() as conn:
        assert verify_chain(conn).ok
