"""Backup -> restore gives identical data plus the restore's own audit entry; restore verifies the
file and its audit chain, refuses to overwrite without force, needs an administrator, and
brings an older backup up to date leaving nothing in the temp folder."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile

import pytest
from sqlalchemy import select, text

from commdesk.bootstrap import open_database
from commdesk.persistence.models import Base
from commdesk.services import backup as svc
from commdesk.services.backup import BackupError


def dump(engine) -> dict[str, list[tuple]]:
    out = {}
    with engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            out[t.name] = sorted(tuple(r) for r in conn.execute(select(t)))
    return out


def without_restore_entries(data: dict) -> dict:
    """The data without the restore's entry and the log's recorded head (which then names it)."""
    return {
        **data,
        "audit_log": [r for r in data["audit_log"] if r[7] != "restore"],
        "settings": [r for r in data["settings"] if r[0] != "audit.head"],
    }


def restore_entries(engine) -> list:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT actor_name, entity, note FROM audit_log WHERE action = 'restore' ORDER BY seq")
        ).all()


def test_round_trip_gives_identical_data(ctx, people, tmp_path):
    before = dump(ctx.engine)
    path = tmp_path / "b.sqlite3"
    info = svc.backup(ctx, path)
    assert info.rows > 0 and path.exists()
    target = open_database(tmp_path / "restored.sqlite3")
    svc.restore(target.ctx, path)
    after = dump(target.ctx.engine)
    assert without_restore_entries(after) == without_restore_entries(before)
    assert len(after["audit_log"]) == len(before["audit_log"]) + 1
    target.ctx.engine.dispose()


def test_restore_records_who_which_file_and_its_hash_in_the_restored_log(
    ctx, people, tmp_path, run_cli, caplog
):
    import logging

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with caplog.at_level(logging.WARNING, logger="commdesk.services.backup"):
        svc.restore(ctx, path, force=True)
    assert any(sha in r.getMessage() and people["admin"].name in r.getMessage() for r in caplog.records)
    [(actor, entity, note)] = restore_entries(ctx.engine)
    assert actor == people["admin"].name and entity == "database"
    assert str(path.resolve()) in note and sha in note
    code, out, err = run_cli(
        "--db", ctx.engine.url.render_as_string(False), "--as", "chen@example.org", "audit", "--verify"
    )
    assert code == 0 and "Audit log intact" in out, err
    # the next restore keeps a trace of the log it replaced, including the earlier restore
    svc.restore(ctx, path, force=True)
    [(_, _, again)] = restore_entries(ctx.engine)
    assert "replaced a log of" in again and sha in again


def test_only_an_administrator_backs_up_and_restores(ctx, people, tmp_path, as_person):
    from commdesk.core.errors import PermissionDenied

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    as_person(people["officer"])
    with pytest.raises(PermissionDenied, match="administrator"):
        svc.backup(ctx, tmp_path / "other.sqlite3")
    with pytest.raises(PermissionDenied, match="administrator"):
        svc.restore(ctx, path, force=True)
    assert not (tmp_path / "other.sqlite3").exists() and restore_entries(ctx.engine) == []


@pytest.mark.parametrize(
    "edit, message",
    [
        ("DELETE FROM audit_log WHERE seq = 3", "entries before entry"),
        (
            "UPDATE audit_log SET actor_name = 'Someone Else' WHERE seq = 2",
            "was changed after it was written",
        ),
        ("UPDATE audit_log SET new = 'x' WHERE seq = 4", "was changed after it was written"),
        (
            (
                "INSERT INTO audit_log (at, txn, actor_name, entity, entity_id, action) "
                "VALUES ('2026-01-01 00:00:00', 't', 'Ghost', 'people', '1', 'update')"
            ),
            "added outside commdesk",
        ),
    ],
)
def test_a_backup_with_an_edited_audit_log_is_refused(ctx, people, tmp_path, run_cli, edit, message):
    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    con = sqlite3.connect(path)
    con.execute(edit)
    con.commit()
    con.close()
    before = dump(ctx.engine)
    with pytest.raises(BackupError, match="audit log was altered") as err:
        svc.restore(ctx, path, force=True)
    assert message in str(err.value)
    assert dump(ctx.engine) == before  # nothing was touched
    code, _out, err = run_cli("--db", path, "--as", "chen@example.org", "audit", "--verify")
    assert code == 1 and "tampered" in err and message in err and err.count("\n") == 1
    code, _out, err = run_cli("--db", path, "db", "check")
    assert code == 1 and "audit log was tampered with" in err


def test_an_older_backup_is_brought_up_to_date_and_leaves_no_temp_files(tmp_path, monkeypatch):
    """The automatic copy made before an upgrade (schema 0001) restores: success, data, chain."""
    from alembic import command

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    old = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_foundation")
        conn.execute(
            text(
                "INSERT INTO people (id, name, email, department, roles, active, created_at, "
                "updated_at, version) VALUES (1, '陈静', 'chen@example.org', '', 'administrator', 1, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO audit_log (at, txn, actor_id, actor_name, entity, entity_id, action, "
                "field, new) VALUES ('2026-01-01 00:00:00', 't1', 1, '陈静', 'people', '1', 'create', "
                "'name', '陈静')"
            )
        )
    engine.dispose()
    upgraded = open_database(old)  # makes the before-upgrade copy
    upgraded.ctx.engine.dispose()
    copy = upgraded.upgrade.backup
    assert copy is not None and copy.exists()
    target = open_database(tmp_path / "new.sqlite3")
    info = svc.restore(target.ctx, copy)
    assert info.rows > 0
    with target.ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM people")).scalars().all() == ["陈静"]
        from commdesk.persistence.audit import verify_chain

        report = verify_chain(conn)
    assert report.ok and report.entries == 2  # the old entry, chained by the migration, and the restore
    target.ctx.engine.dispose()
    assert list(temp.iterdir()) == []


def test_restore_into_the_same_server_database_with_force(ctx, people, tmp_path):
    from commdesk.services.people import PeopleService

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    before = dump(ctx.engine)
    ctx.service(PeopleService).create("Added Later", roles={"officer"}, passphrase="later-pass")
    with pytest.raises(BackupError, match="--force"):
        svc.restore(ctx, path)
    svc.restore(ctx, path, force=True)
    assert without_restore_entries(dump(ctx.engine)) == without_restore_entries(before)
    # ids keep counting after a restore (sequences reset on PostgreSQL)
    assert (
        ctx.service(PeopleService).create("After Restore", roles={"officer"}, passphrase="after-pass").id > 4
    )


def test_restore_refuses_broken_files_first(ctx, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(BackupError, match="not a commdesk backup"):
        svc.restore(ctx, junk)
    with pytest.raises(BackupError, match="does not exist"):
        svc.restore(ctx, tmp_path / "missing.sqlite3")
    truncated = tmp_path / "cut.sqlite3"
    good = tmp_path / "good.sqlite3"
    svc.backup(ctx, good)
    truncated.write_bytes(good.read_bytes()[: 4096 + 100])
    with pytest.raises(BackupError):
        svc.restore(ctx, truncated)


def test_files_whose_names_hold_uri_characters_back_up_restore_and_upgrade(ctx, people, tmp_path, run_cli):
    """'#', '?', '%' and spaces in a path are characters of a file name, not of a SQLite URI: the
    backup, its check, the restore and the before-upgrade copy each open the file that was named."""
    from alembic import command

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    folder = tmp_path / "备份 #1 ?x=y 100%25"
    folder.mkdir()
    path = folder / "周报 #2 50%.sqlite3"
    svc.backup(ctx, path)
    assert svc.verify(path).rows > 0
    target = tmp_path / "restored #3.sqlite3"
    code, _out, err = run_cli("--db", target, "restore", path)
    assert code == 0, err
    restored = open_database(target)
    assert without_restore_entries(dump(restored.ctx.engine)) == without_restore_entries(dump(ctx.engine))
    restored.ctx.engine.dispose()

    old = folder / "旧库 #4.sqlite3"
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_foundation")
    engine.dispose()
    upgraded = open_database(old)  # the before-upgrade copy is made of this very file
    upgraded.ctx.engine.dispose()
    assert upgraded.upgrade.backup is not None and upgraded.upgrade.backup.parent == folder
    assert svc.verify(upgraded.upgrade.backup).revisions == frozenset({"0001_foundation"})


def test_a_backup_whose_log_was_rewritten_with_a_recomputed_chain_is_refused(ctx, people, tmp_path, run_cli):
    """The chain is plain SHA-256: whoever edits a backup can compute it again, and the backup then
    checks as intact on its own. It still parts from the live database's log, which a restore
    compares it with; into a new file (no history to keep) it may be restored, to be looked at."""
    from commdesk.persistence import audit
    from commdesk.persistence.db import read_only_engine

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE audit_log SET actor_name = 'Someone Else' WHERE seq = 2")
    con.execute("UPDATE audit_log SET seq = NULL, digest = NULL, chain = NULL")
    con.commit()
    con.close()
    forged = read_only_engine(path)
    try:
        with forged.connect() as conn:
            assert not audit.verify_chain(conn).ok
    finally:
        forged.dispose()
    from commdesk.persistence.db import make_engine, resolve_target

    engine = make_engine(resolve_target(path)[0])
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET id = id")  # a write: the transaction is open
        conn.exec_driver_sql("DELETE FROM settings WHERE key = 'audit.head'")  # and the log's recorded head
        for (txn,) in conn.exec_driver_sql("SELECT txn FROM audit_log GROUP BY txn ORDER BY min(id)").all():
            audit.seal(conn, txn)  # the forger's tool: the whole chain computed again
    engine.dispose()
    code, _out, err = run_cli("--db", path, "--as", "chen@example.org", "audit", "--verify")
    assert code == 0, err  # on its own it looks intact
    before = dump(ctx.engine)
    with pytest.raises(BackupError, match="differs from this database's from entry 2 on"):
        svc.restore(ctx, path, force=True)
    assert dump(ctx.engine) == before
    code, _out, err = run_cli("--db", tmp_path / "look.sqlite3", "restore", path)
    assert code == 0, err


def test_an_earlier_backup_restores_over_a_log_that_went_on(ctx, people, tmp_path):
    """The usual restore: the backup's log is the beginning of the live one."""
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    ctx.service(PeopleService).create("赵磊 Zhao Lei", "zhao@example.org", "", {Role.OFFICER}, "zhao-pass")
    svc.restore(ctx, path, force=True)
    assert "赵磊 Zhao Lei" not in [p.name for p in ctx.service(PeopleService).list()]
    svc.restore(ctx, path, force=True)  # again, over the log with the first restore's entry


def test_a_good_backup_restores_over_a_live_log_that_was_tampered_with(ctx, people, tmp_path, caplog):
    """The live log cannot vouch for a backup once it was itself edited: the restore that mends it
    goes ahead, and its entry (and the log file) say what was wrong with the log it replaced."""
    import logging

    path = tmp_path / "b.sqlite3"
    svc.backup(ctx, path)
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    with caplog.at_level(logging.WARNING, logger="commdesk.services.backup"):
        svc.restore(ctx, path, force=True)
    [(_, _, note)] = restore_entries(ctx.engine)
    assert "the replaced log had been tampered with" in note and "entries before entry" in note
    assert any("tampered with from entry" in r.getMessage() for r in caplog.records)
    from commdesk.persistence.audit import verify_chain

    with ctx.engine.connect() as conn:
        assert verify_chain(conn).ok
