"""The first screen comes first: Home fills its boxes when the window attaches, the eager panes
follow on later turns of the event loop, and the work every other pane needs (the outbox's mail
hooks in the application) is done once, before the first of them is made."""

from __future__ import annotations

from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES


def test_home_first_then_prepared_once_before_the_other_panes(qtbot, app_services):
    window = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(window)
    made_before: list[set[str]] = []
    window.before_panes.append(lambda: made_before.append(set(window.panes)))
    app_services.prefs.set("window/pane", "home")
    window.attach(app_services)
    home = window.panes["home"]
    assert set(window.panes) == {"home"} and home.boxes["meetings"].title()  # boxes filled at once
    eager = {spec.key for spec in PANES if spec.eager}
    qtbot.waitUntil(lambda: eager <= set(window.panes))
    assert made_before == [{"home"}]  # once, before the first pane other than Home
    window.nav.setCurrentRow([spec.key for spec in PANES].index("audit"))
    assert made_before == [{"home"}]
