"""The admin CLI with good and bad arguments: one clear line on stderr, non-zero exit."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from commdesk import __version__


def test_version(run_cli):
    code, out, _err = run_cli("--version")
    assert code == 0 and out.strip() == f"commdesk {__version__}"


def test_demo_backup_restore_audit(run_cli, tmp_path, remember_person):
    demo = tmp_path / "demo.sqlite3"
    code, out, err = run_cli("demo", demo)
    assert code == 0, err
    assert "people: 5" in out and "Everyone's passphrase is: demo" in out
    code, out, err = run_cli("demo", demo)
    assert code == 1 and "exists already" in err and err.count("\n") == 1
    code, out, _ = run_cli("--db", demo, "people", "list", "--json")  # reading needs no one
    people = json.loads(out)
    assert {"陈静", "Emma Schmidt"} <= {p["name"] for p in people}
    names = [p["name"] for p in people]
    assert names.index("陈静") < names.index("李明") < names.index("王芳") < names.index("赵磊")  # pinyin
    backup = tmp_path / "b.sqlite3"
    code, _out, err = run_cli("--db", demo, "backup", backup)  # an administrator's: who is it?
    assert code == 1 and "--as NAME" in err and "陈静 (Administrator, Officer)" in err
    remember_person(demo, "陈静", "demo")
    assert run_cli("--db", demo, "backup", backup)[0] == 0
    new = tmp_path / "new.sqlite3"
    code, out, err = run_cli("--db", new, "restore", backup)  # into an empty database: no one yet
    assert code == 0, err
    remember_person(new, "陈静", "demo")
    code, out, err = run_cli("--db", new, "restore", backup)
    assert code == 1 and "--force" in err
    assert run_cli("--db", new, "restore", backup, "--force")[0] == 0
    code, out, err = run_cli("--db", new, "audit", "--json", "--since", "2020-01-01")
    entries = json.loads(out)
    assert code == 0 and any(e["entity"] == "people" and e["new"] == "陈静" for e in entries)
    code, out, err = run_cli("--db", demo, "db", "check")
    assert code == 0 and "Integrity check: ok" in out


def test_bad_arguments_give_one_line(run_cli, tmp_path):
    code, _out, err = run_cli("--db", tmp_path / "x.sqlite3", "audit", "--since", "yesterday")
    assert code == 1 and "YYYY-MM-DD" in err and err.count("\n") == 1
    code, _out, err = run_cli("frobnicate")
    assert code == 2 and "invalid choice" in err
    code, _out, err = run_cli("--db", tmp_path / "x.sqlite3", "restore", tmp_path / "missing.sqlite3")
    assert code == 1 and "does not exist" in err and "Traceback" not in err


def test_newer_database_is_refused_by_the_cli(run_cli, tmp_path):
    db = tmp_path / "n.sqlite3"
    assert run_cli("--db", db, "db", "upgrade")[0] == 0
    con = sqlite3.connect(db)
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    code, _out, err = run_cli("--db", db, "db", "check")
    assert code == 1 and "newer commdesk" in err


def test_chinese_messages_with_lang(run_cli, tmp_path):
    code, _out, err = run_cli("--lang", "zh_CN", "--db", tmp_path / "x.sqlite3", "audit", "--since", "bad")
    assert code == 1 and "YYYY-MM-DD" in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err


def test_debug_shows_a_traceback_as_a_real_process(tmp_path):
    import os
    from pathlib import Path

    import commdesk

    env = {**os.environ, "PYTHONPATH": str(Path(commdesk.__file__).parents[1])}
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "commdesk",
            "--debug",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "audit",
            "--since",
            "bad",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert res.returncode != 0 and "Traceback" in res.stderr
    res = subprocess.run(
        [sys.executable, "-m", "commdesk", "--db", str(tmp_path / "x.sqlite3"), "audit", "--since", "bad"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr


def test_unreachable_server_gives_a_clear_line(run_cli):
    code, _out, err = run_cli("--db", "postgresql://nobody:pw@127.0.0.1:1/none", "db", "check")
    assert (
        code == 1
        and "cannot connect to the database server" in err
        and "pw" not in err.replace("password", "")
    )
    assert "Traceback" not in err and "OperationalError" not in err


def test_window_in_chinese_starts_from_the_command(tmp_path):
    """``commdesk --lang zh_CN`` (no command) opens the window: no bare QCoreApplication in its way."""
    import os
    from pathlib import Path

    import commdesk

    env = {
        **os.environ,
        "PYTHONPATH": str(Path(commdesk.__file__).parents[1]),
        "QT_QPA_PLATFORM": "offscreen",
        "COMMDESK_DATA_DIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
    }
    code = (
        "import sys, commdesk.app as a\n"
        "from PySide6.QtCore import QTimer\n"
        "orig = a.GuiApp.show_window\n"
        "def show(self):\n"
        "    w = orig(self); QTimer.singleShot(500, self.qapp.quit); print('shown', self.lang, flush=True); return w\n"
        "a.GuiApp.show_window = show\n"
        "from commdesk.cli import main\n"
        "sys.exit(main(['--lang', 'zh_CN', '--db', sys.argv[1]]))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "db.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "shown zh_CN" in res.stdout, res.stderr
    assert "Traceback" not in res.stderr


def test_restoring_the_copy_made_before_an_upgrade_reports_success(run_cli, tmp_path):
    """The automatic before-upgrade copy (an older schema) is brought up to date and restored."""
    from alembic import command
    from sqlalchemy import text

    from commdesk.persistence import schema
    from commdesk.persistence.db import make_engine, resolve_target

    old = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_target(old)[0])
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_foundation")
        conn.execute(text("INSERT INTO settings (key, value, version) VALUES ('org.name', '\"华信\"', 1)"))
    engine.dispose()
    code, out, err = run_cli("--db", old, "db", "upgrade")
    assert code == 0 and "Backup of the previous state" in out, err
    [copy] = tmp_path.glob("old.before-upgrade-*")
    target = tmp_path / "restored.sqlite3"
    code, out, err = run_cli("--db", target, "restore", copy)
    assert code == 0 and "Restored" in out and err == "", err
    con = sqlite3.connect(target)
    assert con.execute("SELECT value FROM settings WHERE key = 'org.name'").fetchone() == ('"华信"',)
    con.close()
    code, out, err = run_cli("--db", target, "audit", "--verify")
    assert code == 0 and out.startswith("Audit log intact\n") and "The chain is intact up to entry 1 " in out


def test_backup_and_restore_from_the_cli_need_an_administrator(run_cli, tmp_path):
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    db = tmp_path / "desk.sqlite3"
    opened = open_database(db)
    people = opened.ctx.service(PeopleService)
    admin = people.create_first_profile(
        "陈静", "chen@example.org", roles={Role.ADMINISTRATOR}, passphrase="c"
    )
    opened.ctx.current = lambda: admin
    people.create("李明", "li@example.org", roles={Role.OFFICER}, passphrase="l")
    opened.ctx.engine.dispose()
    backup = tmp_path / "b.sqlite3"
    assert run_cli("--db", db, "--as", "陈静", "--passphrase-stdin", "backup", backup, stdin="c\n")[0] == 0
    as_li = ("--db", db, "--as", "李明", "--passphrase-stdin")
    code, _out, err = run_cli(*as_li, "backup", tmp_path / "mine.sqlite3", stdin="l\n")
    assert code == 1 and "administrator" in err and err.count("\n") == 1
    code, _out, err = run_cli(*as_li, "restore", backup, "--force", stdin="l\n")
    assert code == 1 and "administrator" in err and err.count("\n") == 1
    assert not (tmp_path / "mine.sqlite3").exists()
