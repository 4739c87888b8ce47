"""Backup -> restore gives identical data; restore verifies and refuses to overwrite without force."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from commdesk.bootstrap import open_database
from commdesk.core.services import backup as svc
from commdesk.core.services.backup import BackupError
from commdesk.persistence.models import Base


def dump(engine) -> dict[str, list[tuple]]:
    out = {}
    with engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            out[t.name] = sorted(tuple(r) for r in conn.execute(select(t)))
    return out


def test_round_trip_gives_identical_data(ctx, people, tmp_path):
    before = dump(ctx.engine)
    path = tmp_path / "b.sqlite3"
    info = svc.backup(ctx.engine, path)
    assert info.rows > 0 and path.exists()
    target = open_database(tmp_path / "restored.sqlite3")
    svc.restore(target.ctx.engine, path)
    assert dump(target.ctx.engine) == before
    target.ctx.engine.dispose()


def test_restore_into_the_same_server_database_with_force(ctx, people, tmp_path):
    from commdesk.core.services.people import PeopleService

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx.engine, path)
    before = dump(ctx.engine)
    ctx.service(PeopleService).create("Added Later", roles={"officer"})
    with pytest.raises(BackupError, match="--force"):
        svc.restore(ctx.engine, path)
    svc.restore(ctx.engine, path, force=True)
    assert dump(ctx.engine) == before
    # ids keep counting after a restore (sequences reset on PostgreSQL)
    assert ctx.service(PeopleService).create("After Restore", roles={"officer"}).id > 4


def test_restore_refuses_broken_files_first(ctx, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(BackupError, match="not a commdesk backup"):
        svc.restore(ctx.engine, junk)
    with pytest.raises(BackupError, match="does not exist"):
        svc.restore(ctx.engine, tmp_path / "missing.sqlite3")
    truncated = tmp_path / "cut.sqlite3"
    good = tmp_path / "good.sqlite3"
    svc.backup(ctx.engine, good)
    truncated.write_bytes(good.read_bytes()[: 4096 + 100])
    with pytest.raises(BackupError):
        svc.restore(ctx.engine, truncated)
