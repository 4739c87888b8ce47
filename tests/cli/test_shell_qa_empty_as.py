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
    app = GuiApp(qapp, argparse.Namespace(db=None, lang="en", as_person="", passphrase_stdin=False),
                 app_services.prefs)
    app.services = app_services
    app.show_window()
    qtbot.addWidget(app.window)
    assert not app.sign_in()
    assert answer.asked and answer.asked[0][0] == "error" and "--as needs the name" in answer.asked[0][2]
    assert app.exit_code == 1 and app_services.person() == before
