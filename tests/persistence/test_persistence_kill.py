"""kill -9 at many moments of a contacts import and of a schema upgrade: the database afterwards
opens, ``db check`` says ok, the work is all there or not at all, and a contact added later is found.

Each run is a real ``commdesk`` process on a SQLite file. The moments come from the run's own
progress, not from the clock: a first, complete run lists every statement it sends to the database
(and every commit and connection check-in); each killed run then stops itself right before its
N-th statement and is killed there with SIGKILL, for N spread over the transaction that does the
work (its first write, its DDL, its batches, the audit seal, the commit, and just after it). Every
other run is let go on and killed at once, so that the kill lands inside a statement (an
executemany, the commit's write). A loaded machine only makes each run slower, never the moments
different; every wait is bounded.
"""

from __future__ import annotations

import csv
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from commdesk.bootstrap import open_database
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.domain.people import Role
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.services.people import PeopleService

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(signal, "SIGKILL"),
    reason="kills a process with SIGKILL at a chosen statement",
)

ROWS = 3000  # two batches of the import (contacts_import.BATCH = 2000)
UPGRADE_ROWS = 1000  # the upgrade's data migration works on every contact: fewer keep it quick
TIMINGS = 10
RUN_TIMEOUT = 120.0  # seconds any one run may take, however loaded the machine

# The child: commdesk's CLI with a probe on every statement, commit and connection check-in. With
# KILL_AT=0 it reports each event's kind on the pipe; else it says "!" before its KILL_AT-th event
# and waits there until the test either kills it or lets it go on (one byte on its stdin).
_CHILD = r"""
import os, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool
report, stop, seen = int(os.environ["KILL_FD"]), int(os.environ["KILL_AT"]), [0]
def step(kind):
    seen[0] += 1
    if not stop:
        os.write(report, (kind + "\n").encode())
    elif seen[0] == stop:
        os.write(report, b"!")
        os.read(0, 1)
event.listen(Engine, "before_cursor_execute", lambda c, cur, sql, *a: step(sql.split(None, 1)[0].upper()))
event.listen(Engine, "commit", lambda c: step("COMMIT"))
event.listen(Pool, "checkin", lambda *a: step("CHECKIN"))
from commdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "commdesk", "--db", str(db), *args]


def _probed(db: Path, *args: str, kill_at: int = 0, let_go: bool = False) -> list[str]:
    """Run the CLI with the probe. ``kill_at=0``: to the end, returning the kinds of its events.
    Else SIGKILL it at its ``kill_at``-th event (``let_go``: right after letting it go on)."""
    read_end, write_end = os.pipe()
    env = dict(os.environ, KILL_FD=str(write_end), KILL_AT=str(kill_at))
    errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed after the child exits; a file, not a pipe: a full pipe would stop the child
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, "--db", str(db), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=errors,
        pass_fds=(write_end,),
        env=env,
    )
    os.close(write_end)
    deadline = time.monotonic() + RUN_TIMEOUT
    got = b""
    try:
        while True:
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"the run did not reach event {kill_at or 'end'} within {RUN_TIMEOUT} s"
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            got += chunk
            if kill_at and got.endswith(b"!"):
                if let_go:
                    proc.stdin.write(b"g")
                    proc.stdin.flush()
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(RUN_TIMEOUT)
    finally:
        os.close(read_end)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        errors.seek(0)
        err = errors.read().decode(errors="replace")
        errors.close()
    if kill_at:
        assert got.endswith(b"!"), f"the run ended before event {kill_at}: {err}"
        if not let_go:
            assert proc.returncode == -signal.SIGKILL
        return []
    assert proc.returncode == 0, err
    return got.decode().split()


def _moments(events: list[str]) -> tuple[list[tuple[int, bool]], int, list[str]]:
    """Where to kill: (event number, let go first) pairs spread over the transaction with the most
    statements, from its first statement to the first check-in after its commit, the commit itself
    both ways; the number of its commit; and the kinds of its statements."""
    commits = [i + 1 for i, kind in enumerate(events) if kind == "COMMIT"]
    commit, begin = max(zip(commits, [0, *commits[:-1]], strict=False), key=lambda ce: ce[0] - ce[1])
    after = next(i + 1 for i in range(commit, len(events)) if events[i] == "CHECKIN")
    spread = sorted({round(begin + 1 + (after - begin - 1) * i / (TIMINGS - 1)) for i in range(TIMINGS)})
    picks = {(at, n % 2 == 1) for n, at in enumerate(spread)} | {
        (commit, False),
        (commit, True),
        (after, False),
    }
    return sorted(picks), commit, events[begin:commit]


def _write_csv(path: Path, rows: range = range(ROWS)) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Company", "Job Title", "E-mail", "Mobile Phone", "Notes"])
        for i in rows:
            w.writerow(
                [
                    f"记者{i:05d} Reporter{i}",
                    f"媒体{i % 97}",
                    "记者",
                    f"r{i}@media{i % 97}.example.com",
                    f"+86 139 {i % 10000:04d} {(i * 7) % 10000:04d}",
                    "喜欢电话联系",
                ]
            )


EARLIER = 97  # contacts of an earlier import, one per outlet: the killed import writes no outlet first


def _base_database(path: Path) -> None:
    opened = open_database(path)
    admin = opened.ctx.service(PeopleService).create_first_profile(
        "陈静 Chen Jing", "chen@example.org", "品牌传播部", {Role.ADMINISTRATOR, Role.OFFICER}
    )
    assert admin.id
    opened.ctx.engine.dispose()
    earlier = path.with_suffix(".earlier.csv")
    _write_csv(earlier, range(ROWS, ROWS + EARLIER))
    done = subprocess.run(
        _command(path, "--as", "chen@example.org", "contacts", "import", str(earlier)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def _contacts(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        con.close()


def _at_heads(path: Path) -> bool:
    from commdesk.persistence import schema

    return schema.packaged_revisions()[1] <= schema.applied(_revisions(path))


def _revisions(path: Path) -> frozenset[str]:
    con = sqlite3.connect(path)
    try:
        return frozenset(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
    finally:
        con.close()


def _assert_sound(path: Path, run_cli, marker: str) -> None:
    """Opens, checks ok, and finds a contact added after the kill (long and short search terms)."""
    code, out, err = run_cli("--db", path, "db", "check")
    assert code == 0 and "Integrity check: ok" in out, (out, err)
    opened = open_database(path)
    try:
        ctx = opened.ctx
        admin = next(p for p in ctx.service(PeopleService).list() if p.has(Role.ADMINISTRATOR))
        ctx.current = lambda: admin
        contacts = ctx.service(ContactService)
        contacts.create(
            ContactRecord(
                full_name=f"欧阳{marker} Ouyang",
                outlet="澎湃新闻",
                emails=[Email("work", f"{marker.lower()}@thepaper.example")],
            )
        )
        assert [r.name for r in contacts.search(ContactQuery(text=marker))] == [f"欧阳{marker} Ouyang"]
        assert f"欧阳{marker} Ouyang" in [r.name for r in contacts.search(ContactQuery(text="欧阳"))]
    finally:
        opened.ctx.engine.dispose()


def test_killed_import_leaves_all_or_nothing_and_a_working_search_index(tmp_path, run_cli):
    data = tmp_path / "contacts.csv"
    _write_csv(data)
    base = tmp_path / "base.sqlite3"
    _base_database(base)
    full = tmp_path / "full.sqlite3"
    shutil.copyfile(base, full)
    events = _probed(full, "--as", "chen@example.org", "contacts", "import", str(data))
    assert _contacts(full) == EARLIER + ROWS
    moments, commit, work = _moments(events)
    assert {"DROP", "CREATE", "INSERT", "UPDATE"} <= set(work)  # the search trigger's DDL is in it
    for n, (at, let_go) in enumerate(moments):
        db = tmp_path / f"import-{n}.sqlite3"
        shutil.copyfile(base, db)
        _probed(db, "--as", "chen@example.org", "contacts", "import", str(data), kill_at=at, let_go=let_go)
        if let_go:  # killed somewhere inside the statement or soon after: still all or nothing
            assert _contacts(db) in (EARLIER, EARLIER + ROWS)
        else:
            assert _contacts(db) == (EARLIER if at <= commit else EARLIER + ROWS), (at, commit)
        _assert_sound(db, run_cli, f"Kill{n}Import")


def test_killed_upgrade_leaves_the_old_or_the_new_revision(tmp_path, run_cli):
    """A database whose contacts branch is back at its first revision: the upgrade makes the
    search tables, triggers and indexes and computes the search keys, and is killed at many
    moments of it."""
    from alembic import command

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    data = tmp_path / "contacts.csv"
    _write_csv(data, range(UPGRADE_ROWS))
    old = tmp_path / "old.sqlite3"
    _base_database(old)
    done = subprocess.run(
        _command(old, "--as", "chen@example.org", "contacts", "import", str(data)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0010_contacts")
    engine.dispose()
    before = _revisions(old)
    assert not _at_heads(old)
    full = tmp_path / "full.sqlite3"
    shutil.copyfile(old, full)
    events = _probed(full, "db", "upgrade")
    assert _at_heads(full)
    heads = _revisions(full)
    moments, commit, work = _moments(events)
    assert {"CREATE", "DROP", "INSERT"} <= set(work)
    for n, (at, let_go) in enumerate(moments):
        work_dir = tmp_path / f"upgrade-{n}"
        work_dir.mkdir()
        db = work_dir / "db.sqlite3"
        shutil.copyfile(old, db)
        _probed(db, "db", "upgrade", kill_at=at, let_go=let_go)
        if let_go:
            assert _revisions(db) in (before, heads)
        else:
            assert _revisions(db) == (before if at <= commit else heads), (at, commit)
        code, _out, err = run_cli("--db", db, "db", "upgrade")  # the next start finishes the upgrade
        assert code == 0, err
        assert _at_heads(db) and _contacts(db) == EARLIER + UPGRADE_ROWS
        _assert_sound(db, run_cli, f"Kill{n}Upgrade")
