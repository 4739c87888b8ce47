"""A large import on SQLite drops the indexes whose keys come in no order, and the narrow index
every sorted search seeks, and makes them again after its rows are in: afterwards the schema is the
one before (same statements), the contacts are found by e-mail, phone and name, and an import that
fails leaves the indexes as they were."""

from __future__ import annotations

import contextlib
import csv

import pytest
from sqlalchemy import text

import commdesk.persistence.repositories.contacts.bulk as bulk
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.service import ContactQuery, ContactService


@pytest.fixture
def sqlite_only(ctx):
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("the indexes are dropped on SQLite only")


def _file(path, n, first=0):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "媒体", "邮箱", "手机"])
        for i in range(first, first + n):
            w.writerow([f"记者{i}", "新华社", f"r{i}@x.example.cn", f"1391234{i:04d}"])


def _indexes(ctx) -> list[tuple[str, str]]:
    with ctx.engine.connect() as conn:
        return conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        ).all()


def test_the_indexes_are_made_again_as_they_were(ctx, people, tmp_path, monkeypatch, sqlite_only):
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 10)
    dropped: list[list[str]] = []
    real = bulk._DeferredIndexes.done

    def done(self):
        dropped.append(list(self.statements))
        real(self)

    monkeypatch.setattr(bulk._DeferredIndexes, "done", done)
    before = _indexes(ctx)
    imports, svc = ctx.service(ContactImportService), ctx.service(ContactService)
    path = tmp_path / "many.csv"
    _file(path, 30)
    assert imports.apply(imports.plan(path)).created == 30
    assert len(dropped) == 1 and len(dropped[0]) == len(bulk.DEFERRED_INDEXES)
    # made again in their order: the narrow (id, deleted, sort_key) index last, in one run of pages
    assert [sql.split()[2] for sql in dropped[0]] == list(bulk.DEFERRED_INDEXES)
    assert bulk.DEFERRED_INDEXES[-1] == "ix_contacts_id_sort"
    assert _indexes(ctx) == before
    assert [c.name for c in svc.search(ContactQuery(text="r7@x.example.cn"))] == ["记者7"]
    assert [c.name for c in svc.search(ContactQuery(text="13912340012"))] == ["记者12"]
    again = imports.plan(path)  # matched through the e-mail index made again
    assert (len(again.plan.create), len(again.plan.unchanged)) == (0, 30)

    _file(path, 20, first=100)  # fewer new ones than the table holds: the indexes stay
    dropped.clear()
    assert imports.apply(imports.plan(path)).created == 20
    assert dropped == [[]]


def test_a_failed_import_leaves_the_indexes(ctx, people, tmp_path, monkeypatch, sqlite_only):
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 10)
    before = _indexes(ctx)
    imports = ctx.service(ContactImportService)
    path = tmp_path / "many.csv"
    _file(path, 30)
    preview = imports.plan(path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(bulk, "write_key_sets", broken)  # a server database's search keys
    monkeypatch.setattr(bulk, "write_key_documents", broken)  # SQLite's
    with contextlib.suppress(RuntimeError):
        imports.apply(preview)
    assert _indexes(ctx) == before
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar() == 0
