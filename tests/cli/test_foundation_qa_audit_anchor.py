"""A cut of the newest audit entries is seen: by the head the database records at every seal and by
the head this computer remembers; a computer that never saw the database does not cry wolf, nor
does a restore of an earlier backup."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(autouse=True)
def _the_administrator_types_the_passphrase(typed_passphrase):
    """Commands act ``--as 陈静``, the demo's administrator, who types the demo's passphrase."""


CUT = "delete from audit_log where id>(select max(id)-5 from audit_log)"
REWRITE_RECORD = (
    "update settings set value=(select json_object('seq', seq, 'chain', chain) from audit_log "
    "order by seq desc limit 1) where key='audit.head'"
)


def sql(db, *statements):
    con = sqlite3.connect(db)
    with con:
        for s in statements:
            con.execute(s)
    con.close()


def last_seq(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("select max(seq) from audit_log").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def own_computer(tmp_path, monkeypatch):
    """A data folder of this test's own: the heads this 'computer' remembers."""
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_a_cut_tail_is_detected_by_the_databases_own_record(run_cli, demo_db, own_computer):
    n = last_seq(demo_db)
    sql(demo_db, CUT)
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1 and "Audit log intact" not in out
    assert f"the newest 5 entries were deleted: the log ends at entry {n - 5}" in err
    assert f"the database recorded {n} entries" in err
    # a save after the cut does not cover it up: the record stays where commdesk left it
    assert run_cli("--db", demo_db, "--as", "陈静", "people", "add", "Cover Up", "--role", "officer")[0] == 0
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1 and "tampered" in err
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "db", "check")
    assert code == 1 and "tampered" in err


def test_a_cut_tail_with_the_record_rewritten_is_caught_by_the_head_this_computer_saw(
    run_cli, demo_db, own_computer
):
    assert (
        run_cli("--db", demo_db, "--as", "陈静", "people", "list")[0] == 0
    )  # this computer sees the log's head
    n = last_seq(demo_db)
    sql(demo_db, CUT, REWRITE_RECORD)
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1
    assert f"the log ends at entry {n - 5}, but this computer saw it reach entry {n}" in err
    assert f"The last head this computer saw was entry {n} (" in out
    # opening it again does not move the remembered head back to the cut end
    run_cli("--db", demo_db, "--as", "陈静", "people", "list")
    assert run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")[0] == 1


def test_another_computer_without_a_remembered_head_does_not_cry_wolf(
    run_cli, demo_db, tmp_path, monkeypatch
):
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "other-computer"))
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 0, err
    n = last_seq(demo_db)
    assert "Audit log intact" in out and f"The chain is intact up to entry {n} " in out
    assert f"The database's record of its last entry agrees: entry {n}." in out
    assert "had not verified or opened this database before" in out
    # the second time it compares with what it saw, naming the zone of the time it shows
    assert (
        run_cli("--db", demo_db, "--as", "陈静", "people", "add", "New Colleague", "--role", "officer")[0]
        == 0
    )
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 0 and "The last head this computer saw was entry" in out and "UTC" in out


def test_restoring_an_earlier_backup_is_no_tampering(run_cli, demo_db, tmp_path, own_computer):
    backup = tmp_path / "b.sqlite3"
    assert run_cli("--db", demo_db, "--as", "陈静", "backup", backup)[0] == 0
    assert (
        run_cli("--db", demo_db, "--as", "陈静", "people", "add", "After Backup", "--role", "officer")[0] == 0
    )
    assert run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")[0] == 0
    code, _out, err = run_cli("--db", demo_db, "--as", "陈静", "restore", backup, "--force")
    assert code == 0, err
    code, _out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 0, err


def test_a_restore_made_elsewhere_explains_a_log_that_went_back(
    ctx, people, as_person, tmp_path, own_computer
):
    """The window's restore (or another computer's) does not reset this computer's head: the
    restore entry in the log, later than what this computer saw, explains it."""
    from commdesk.core.domain.people import Role
    from commdesk.services import backup as svc
    from commdesk.services.audit import AuditService
    from commdesk.services.people import PeopleService

    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("the backup file is SQLite; the chain logic is the same")
    as_person(people["admin"])
    audit = ctx.service(AuditService)
    path = svc.backup(ctx, tmp_path / "b.sqlite3").path
    ctx.service(PeopleService).create("After Backup", "after@example.org", "", {Role.OFFICER}, "after-pass")
    assert audit.verify().ok
    svc.restore(ctx, path, force=True)
    check = audit.verify()
    assert check.ok and check.local.restored is not None


def test_the_tampered_entry_is_named_in_words_with_its_zone(run_cli, demo_db, own_computer):
    sql(
        demo_db,
        "insert or replace into settings(key, value, version) values ('org.time_zone', '\"Asia/Shanghai\"', 1)",
        "update audit_log set actor_name = '王芳' where seq = (select min(seq) from audit_log where entity = 'contacts' "
        "and action = 'create')",
    )
    code, out, err = run_cli("--lang", "zh_CN", "--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1 and err.count("\n") == 1
    assert "王芳：新建 联系人 #" in err and "(Asia/Shanghai, UTC+08:00)" in err
    assert "create contacts" not in err
    code, out, err = run_cli(
        "--lang", "zh_CN", "--db", demo_db, "--as", "陈静", "audit", "--since", "2020-01-01"
    )
    assert code == 0 and "时间均为 Asia/Shanghai" in out
    assert "设置：邮件安全方式" in out and "#mail." not in out and " create " not in out


def test_a_database_from_before_the_record_gets_one_when_opened(run_cli, demo_db, tmp_path, monkeypatch):
    sql(demo_db, "delete from settings where key = 'audit.head'")  # as made by an earlier commdesk
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "office-pc"))
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 0 and "holds no record of its last entry yet" not in out, out
    n = last_seq(demo_db)
    sql(demo_db, CUT)
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "home-pc"))  # and looked at elsewhere
    code, out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1 and f"the database recorded {n} entries" in err


def test_a_backup_with_its_newest_entries_cut_is_refused(run_cli, demo_db, tmp_path, own_computer):
    backup = tmp_path / "b.sqlite3"
    assert run_cli("--db", demo_db, "--as", "陈静", "backup", backup)[0] == 0
    sql(backup, CUT)  # the backup carries the head its database had recorded
    code, _out, err = run_cli("--db", tmp_path / "new.sqlite3", "restore", backup)
    assert code == 1 and "was not restored" in err and "the newest 5 entries were deleted" in err


def test_the_remembered_head_follows_the_saves_of_this_computer(run_cli, demo_db, own_computer):
    """Entries written since the database was opened are covered too: cutting exactly those, and
    rewriting the database's record to match, is still seen here."""
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    opened = open_database(demo_db)
    try:
        people = opened.ctx.service(PeopleService)
        admin = next(p for p in people.list() if p.has(Role.ADMINISTRATOR))
        opened.ctx.current = lambda: admin
        before = last_seq(demo_db)
        people.create("Late Entry", "late@example.org", "", {Role.OFFICER}, "late-pass")
    finally:
        opened.ctx.engine.dispose()
    n = last_seq(demo_db)
    assert n > before
    sql(demo_db, f"delete from audit_log where seq > {before}", REWRITE_RECORD)
    code, _out, err = run_cli("--db", demo_db, "--as", "陈静", "audit", "--verify")
    assert code == 1 and f"this computer saw it reach entry {n}" in err, err
