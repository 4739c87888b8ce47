"""A large import's commit on SQLite is synced but not copied into the database file: the WAL is
checkpointed in the background afterwards. Killed right after the commit, before that checkpoint,
nothing of the import is lost; once the checkpoint ran, the database file holds everything and the
WAL file is emptied; the connection has its usual settings again. A reader that began before the
commit holds the checkpoint back only until it ends (a contact saved meanwhile is kept), and one
that never ends leaves the WAL to the next commits, with nothing lost."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import commdesk.persistence.repositories.contacts.bulk as bulk
from commdesk.bootstrap import open_database
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.domain.people import Role
from commdesk.persistence import db as dbmod
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.services.people import PeopleService

ROWS = 300

# The child imports with the checkpoint held for any size (every other commit checkpoints at once:
# ``wal_autocheckpoint=1``), never starts the background checkpoint, and is killed with SIGKILL as
# soon as the import has returned (committed).
_CHILD = r"""
import os, signal, sys
from pathlib import Path
import commdesk.persistence.db as dbmod
import commdesk.persistence.repositories.contacts.bulk as bulk
from sqlalchemy import event
from sqlalchemy.engine import Engine
event.listen(Engine, "connect", lambda c, r: c.execute("PRAGMA wal_autocheckpoint=1"))
bulk.CHECKPOINT_LATER_FROM = int(os.environ.get("HOLD_FROM", "1"))
dbmod.checkpoint_in_background = lambda path: None
from commdesk.bootstrap import open_database
from commdesk.core.domain.people import Role
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.people import PeopleService
opened = open_database(Path(sys.argv[1]))
ctx = opened.ctx
admin = next(p for p in ctx.service(PeopleService).list() if p.has(Role.ADMINISTRATOR))
ctx.current = lambda: admin
imports = ctx.service(ContactImportService)
imports.apply(imports.plan(sys.argv[2]))
os.kill(os.getpid(), signal.SIGKILL)
"""

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="kills a process with SIGKILL right after its commit"
)


def _write_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "媒体", "邮箱", "手机"])
        for i in range(ROWS):
            w.writerow([f"记者{i:04d} Reporter{i}", f"媒体{i % 7}", f"r{i}@m{i % 7}.example.cn", ""])


def _base(path: Path):
    opened = open_database(path)
    ctx = opened.ctx
    admin = ctx.service(PeopleService).create_first_profile(
        "陈静 Chen Jing", "chen@example.org", "品牌传播部", {Role.ADMINISTRATOR, Role.OFFICER}
    )
    ctx.current = lambda: admin
    return ctx


def _count(path: Path, uri_mode: str | None = None) -> int:
    con = sqlite3.connect(dbmod.sqlite_uri(path, uri_mode), uri=True) if uri_mode else sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        con.close()


def _file_alone(path: Path, into: Path) -> Path:
    """A copy of the database file without its WAL: what the file itself holds."""
    into.mkdir()
    copy = into / path.name
    shutil.copyfile(path, copy)
    return copy


def test_killed_right_after_the_commit_loses_nothing(tmp_path, run_cli):
    data = tmp_path / "contacts.csv"
    _write_csv(data)
    path = tmp_path / "db.sqlite3"
    _base(path).engine.dispose()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(data)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    # the commit copied nothing into the file: the import is in the WAL only
    assert _count(_file_alone(path, tmp_path / "alone"), "ro") == 0

    assert _count(path) == ROWS  # the next start reads the WAL
    code, out, err = run_cli("--db", path, "db", "check")
    assert code == 0 and "Integrity check: ok" in out, (out, err)
    opened = open_database(path)
    try:
        ctx = opened.ctx
        admin = next(p for p in ctx.service(PeopleService).list() if p.has(Role.ADMINISTRATOR))
        ctx.current = lambda: admin
        contacts = ctx.service(ContactService)
        assert [r.name for r in contacts.search(ContactQuery(text="Reporter123"))] == ["记者0123 Reporter123"]
        assert len(contacts.search(ContactQuery(text="记者"))) > 0
    finally:
        opened.ctx.engine.dispose()


def test_the_background_checkpoint_fills_the_file_and_empties_the_wal(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHECKPOINT_LATER_FROM", 1)
    data = tmp_path / "contacts.csv"
    _write_csv(data)
    path = tmp_path / "db.sqlite3"
    ctx = _base(path)
    try:
        imports = ctx.service(ContactImportService)
        result = imports.apply(imports.plan(data))
        assert result.created == ROWS
        assert dbmod.wait_for_checkpoints(120)
        assert os.path.getsize(f"{path}-wal") == 0
        assert _count(_file_alone(path, tmp_path / "alone"), "ro") == ROWS
        found = ctx.service(ContactService).search(ContactQuery(text="Reporter7"))
        assert "记者0007 Reporter7" in [r.name for r in found]
    finally:
        ctx.engine.dispose()


def test_a_transaction_already_begun_keeps_its_checkpoint(tmp_path):
    """``synchronous`` cannot change inside a transaction: a commit that could not be made durable
    on its own is checkpointed as every other (nothing is held)."""
    ctx = _base(tmp_path / "db.sqlite3")
    try:
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE scratch (x)")  # begins the transaction
            assert not dbmod.hold_checkpoint(conn)
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
            conn.rollback()
            assert dbmod.hold_checkpoint(conn)
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
            raw = conn.connection.dbapi_connection
        assert dbmod.wait_for_checkpoints(120)
        # back in the pool, the same connection has its settings again
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 1
        assert raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    finally:
        ctx.engine.dispose()


def _old_reader(path: Path) -> sqlite3.Connection:
    """A connection reading in a transaction begun now, before the import (a page being read);
    what was written before is in the database file first."""
    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    assert reader.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contacts").fetchone()
    return reader


def test_a_reader_from_before_the_commit_holds_the_checkpoint_back_until_it_ends(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHECKPOINT_LATER_FROM", 1)
    data = tmp_path / "contacts.csv"
    _write_csv(data)
    path = tmp_path / "db.sqlite3"
    ctx = _base(path)
    reader = _old_reader(path)
    tried, go_on = threading.Event(), threading.Event()
    tries: list[int] = []

    def pause(seconds: float) -> None:  # on the checkpoint's thread, after a try that left frames
        tries.append(len(tries))
        tried.set()
        go_on.wait(120)

    monkeypatch.setattr(dbmod, "_pause_before_retry", pause)
    try:
        imports = ctx.service(ContactImportService)
        assert imports.apply(imports.plan(data)).created == ROWS
        assert tried.wait(120)
        # the old reader's snapshot kept the import's frames in the WAL
        assert _count(_file_alone(path, tmp_path / "held"), "ro") == 0
        contacts = ctx.service(ContactService)
        saved = contacts.create(  # saved meanwhile
            ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "wang@xinhua.example.cn")])
        )
        reader.rollback()  # the page was read
        go_on.set()
        assert dbmod.wait_for_checkpoints(120)
        assert tries and os.path.getsize(f"{path}-wal") == 0
        assert _count(_file_alone(path, tmp_path / "alone"), "ro") == ROWS + 1
        assert [r.id for r in contacts.search(ContactQuery(text="王伟"))] == [saved.id]
    finally:
        go_on.set()
        reader.close()
        ctx.engine.dispose()


def test_a_reader_that_never_ends_leaves_the_wal_to_later_commits(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHECKPOINT_LATER_FROM", 1)
    monkeypatch.setattr(dbmod, "CHECKPOINT_PATIENCE_SECONDS", 0.0)  # gives up after one try
    data = tmp_path / "contacts.csv"
    _write_csv(data)
    path = tmp_path / "db.sqlite3"
    ctx = _base(path)
    reader = _old_reader(path)
    try:
        imports = ctx.service(ContactImportService)
        assert imports.apply(imports.plan(data)).created == ROWS
        assert dbmod.wait_for_checkpoints(120)  # the thread gave up and ended
        assert os.path.getsize(f"{path}-wal") > 0
        assert _count(path) == ROWS  # nothing is lost: readers find the import in the WAL
        reader.rollback()
        dbmod.checkpoint_in_background(path)
        assert dbmod.wait_for_checkpoints(120)
        assert os.path.getsize(f"{path}-wal") == 0
        assert _count(_file_alone(path, tmp_path / "alone"), "ro") == ROWS
    finally:
        reader.close()
        ctx.engine.dispose()
