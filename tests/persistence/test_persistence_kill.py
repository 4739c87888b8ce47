"""kill -9 at many moments of a contacts import and of a schema upgrade: the database afterwards
opens, ``db check`` says ok, the work is all there or not at all, and a contact added later is found.

Each run is a real ``commdesk`` process on a SQLite file. The moments are chosen by the process's
own progress (its CPU time, read from /proc, against the CPU time a complete run took), so the
kills spread over the run whatever the machine's load.
"""
from __future__ import annotations

import csv
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commdesk.bootstrap import open_database
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.domain.people import Role
from commdesk.core.services.contacts import ContactQuery, ContactService
from commdesk.core.services.people import PeopleService

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(signal, "SIGKILL"),
                                reason="reads a process's CPU time from /proc and kills it with SIGKILL")

ROWS = 3000
TIMINGS = 10
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a running process."""
    with open(f"/proc/{pid}/stat", "rb") as fh:
        fields = fh.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "commdesk", "--db", str(db), *args]


def _complete_run_cpu(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _kill_when(cmd: list[str], cpu_target: float) -> bool:
    """Run ``cmd`` and SIGKILL it once it has used ``cpu_target`` CPU seconds; False if it ended first."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                used = _cpu(proc.pid)
            except (FileNotFoundError, ProcessLookupError, IndexError):
                used = 0.0
            if used >= cpu_target:
                proc.send_signal(signal.SIGKILL)
                proc.wait(30)
                return proc.returncode == -signal.SIGKILL
            time.sleep(0.002)  # bounded polling of the child's progress
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


def _fractions() -> list[float]:
    return [0.25 + 0.75 * i / (TIMINGS - 1) for i in range(TIMINGS)]


def _write_csv(path: Path, rows: range = range(ROWS)) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Company", "Job Title", "E-mail", "Mobile Phone", "Notes"])
        for i in rows:
            w.writerow([f"记者{i:05d} Reporter{i}", f"媒体{i % 97}", "记者", f"r{i}@media{i % 97}.example.com",
                        f"+86 139 {i % 10000:04d} {(i * 7) % 10000:04d}", "喜欢电话联系"])


EARLIER = 97  # contacts of an earlier import, one per outlet: the killed import writes no outlet first


def _base_database(path: Path) -> None:
    opened = open_database(path)
    admin = opened.ctx.service(PeopleService).create_first_profile(
        "陈静 Chen Jing", "chen@example.org", "品牌传播部", {Role.ADMINISTRATOR, Role.OFFICER})
    assert admin.id
    opened.ctx.engine.dispose()
    earlier = path.with_suffix(".earlier.csv")
    _write_csv(earlier, range(ROWS, ROWS + EARLIER))
    done = subprocess.run(_command(path, "contacts", "import", str(earlier)), capture_output=True, text=True)
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
        contacts.create(ContactRecord(full_name=f"欧阳{marker} Ouyang", outlet="澎湃新闻",
                                      emails=[Email("work", f"{marker.lower()}@thepaper.example")]))
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
    total = _complete_run_cpu(_command(full, "contacts", "import", str(data)))
    assert _contacts(full) == EARLIER + ROWS
    killed = 0
    for n, fraction in enumerate(_fractions()):
        db = tmp_path / f"import-{n}.sqlite3"
        shutil.copyfile(base, db)
        killed += _kill_when(_command(db, "contacts", "import", str(data)), total * fraction)
        assert _contacts(db) in (EARLIER, EARLIER + ROWS)  # all or nothing
        _assert_sound(db, run_cli, f"Kill{n}Import")
    assert killed >= TIMINGS // 2  # most runs were really cut off, not finished


def test_killed_upgrade_leaves_the_old_or_the_new_revision(tmp_path, run_cli):
    """A database whose contacts branch is back at its first revision (3,097 contacts): the upgrade
    computes the search keys and indexes, and is killed at many moments of it."""
    from alembic import command

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    data = tmp_path / "contacts.csv"
    _write_csv(data)
    old = tmp_path / "old.sqlite3"
    _base_database(old)
    done = subprocess.run(_command(old, "contacts", "import", str(data)), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0010_contacts")
    engine.dispose()
    before = _revisions(old)
    assert not _at_heads(old)
    full = tmp_path / "full.sqlite3"
    shutil.copyfile(old, full)
    total = _complete_run_cpu(_command(full, "db", "upgrade"))
    assert _at_heads(full)
    heads = _revisions(full)
    killed = 0
    for n, fraction in enumerate(_fractions()):
        work = tmp_path / f"upgrade-{n}"
        work.mkdir()
        db = work / "db.sqlite3"
        shutil.copyfile(old, db)
        killed += _kill_when(_command(db, "db", "upgrade"), total * fraction)
        assert _revisions(db) in (before, heads)
        code, out, err = run_cli("--db", db, "db", "upgrade")  # the next start finishes the upgrade
        assert code == 0, err
        assert _at_heads(db) and _contacts(db) == EARLIER + ROWS
        _assert_sound(db, run_cli, f"Kill{n}Upgrade")
    assert killed >= TIMINGS // 2
