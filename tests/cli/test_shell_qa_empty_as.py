"""``--as ""`` (or blanks) is refused like an unknown name, on the command line and in the window; it
never falls back to the default administrator."""

from __future__ import annotations

import argparse

import pytest

from commdesk.app import GuiApp


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_as_is_refused_on_the_command_line(run_cli, db_url, people, name):
    code, out, err = run_cli("--db", db_url, "--as", name, "people", "add", "Nobody", "--role", "officer")
    assert code == 1 and out == "" and "--as needs the name" in err and err.count("\n") == 1
    code, out, err = run_cli("--db", db_url, "people", "list", "--json")
    assert code == 0, err
    assert "Nobody" not in out  # nothing was written as the default administrator
    code, out, err = run_cli("--db", db_url, "--as", name, "people", "list")
    assert code == 1 and out == ""


def test_empty_as_is_refused_in_the_window(qtbot, qapp, app_services, answer):
    before = app_services.person()
    app = GuiApp(
        qapp, argparse.Namespace(db=None, lang="en", as_person="", passphrase_stdin=False), app_services.prefs
    )
    app.services = app_services
    app.show_window()
    qtbot.addWidget(app.window)
    assert not app.sign_in()
    assert answer.asked and answer.asked[0][0] == "error" and "--as needs the name" in answer.asked[0][2]
    assert app.exit_code == 1 and app_services.person() == before


@pytest.mark.parametrize("spec", ["", "  "])
def test_empty_db_is_refused_not_the_default_file(run_cli, tmp_path, monkeypatch, spec):
    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COMMDESK_DB", raising=False)
    code, out, err = run_cli("--db", spec, "people", "list")
    assert code == 1 and out == "" and "--db is empty" in err and err.count("\n") == 1
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.sqlite3"))


def test_empty_db_is_refused_in_the_window(qtbot, qapp, tmp_path, monkeypatch, answer):
    from PySide6.QtCore import QSettings

    from commdesk.ui.common.services import Preferences

    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(qapp, "exit", lambda code=0: None)  # the test goes on
    prefs = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    app = GuiApp(qapp, argparse.Namespace(db="", lang="en", as_person=None, passphrase_stdin=False), prefs)
    app.show_window()
    qtbot.addWidget(app.window)
    app.open_database()
    qtbot.waitUntil(lambda: bool(answer.asked), timeout=10000)
    assert answer.asked[0][0] == "error" and "--db is empty" in answer.asked[0][2]
    assert app.services is None
    assert not any((tmp_path / "data").rglob("*.sqlite3")) if (tmp_path / "data").exists() else True
