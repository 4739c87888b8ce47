"""A server database reached through one shared login says, in a banner, that the server cannot tell
who is who; a team database (each person's own login) and a desk's file say nothing of the kind."""

from __future__ import annotations

import pytest
from tests.conftest import PG_URL


@pytest.mark.parametrize("bound", [False, True])
def test_the_shared_login_banner(qtbot, app_services, people, bound):
    from commdesk.ui.main_window import MainWindow

    if bound:
        app_services.ctx.bound_person = people["admin"]
    w = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(w)
    w.attach(app_services)
    text = w.banner_text("shared-login")
    if PG_URL and not bound:
        assert "one shared login" in text and "team init --existing" in text
    else:
        assert text == ""
    app_services.stop_listening()
