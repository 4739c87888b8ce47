"""The window's banners and notifications, as a person meets them: a banner is reachable with Tab
and read by screen readers, says in the interface's language that the server cannot be reached,
offers to try again and goes when the server is back; a release newly waiting for me is told once,
in the status bar where the desktop has no notification area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text

from commdesk.translations import install
from commdesk.ui.common.services import Preferences
from commdesk.ui.common.tray import Arrival, DeskNotifier, NewWork, arrival_words
from commdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_banner_is_shown_updated_reached_with_tab_and_hidden(qtbot, window):
    pressed = []
    banner = window.show_banner(
        "printer", "The printer is out of paper.", "error", [("Retry", lambda: pressed.append(1))]
    )
    assert banner.isVisible() and window.banner_text("printer") == "The printer is out of paper."
    assert "The printer is out of paper." in banner.label.accessibleName()  # what a screen reader reads
    (button,) = banner.findChildren(QPushButton)
    button.click()
    assert pressed == [1]
    # Tab from the navigation reaches the banner's words
    window.nav.setFocus()
    for _ in range(30):
        if banner.label.hasFocus():
            break
        window.focusNextChild()
    assert banner.label.hasFocus()
    window.show_banner("printer", "The printer has paper again.", "info")
    assert window.banner_text("printer") == "The printer has paper again."
    assert len(window.banners) == 2  # the read-only one (hidden) and this one: updated, not doubled
    window.hide_banner("printer")
    assert not banner.isVisible() and window.banner_text("printer") == ""
    window.hide_banner("never shown")  # nothing to hide: nothing happens


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_server_banner_speaks_the_interface_language(qtbot, app_services, tmp_path, lang):
    install(lang)
    try:
        w = MainWindow(app_services.prefs, lang)
        qtbot.addWidget(w)
        w.attach(app_services)
        w.show()
        app_services.connection_changed.emit(False)
        text = w.banner_text("server")
        if lang == "en":
            assert "cannot be reached" in text and "keeps trying" in text and "typed" in text
        else:
            assert "服务器" in text and not any(word in text for word in ("server", "cannot", "typed"))
        tried = []
        app_services.retry_connection = lambda: tried.append(1)  # the banner's button asks the listener
        (button,) = w.banners["server"].findChildren(QPushButton)
        assert button.text() == ("Try now" if lang == "en" else "立即重试")
        button.click()
        assert tried == [1]
        app_services.connection_changed.emit(True)
        assert not w.banner_text("server")
    finally:
        install("en")


def test_new_work_is_told_once_and_a_new_person_starts_afresh():
    work = NewWork()
    assert work.look({"reviews": [(1, "A")], "returned": []}) == []  # the first look only learns
    assert work.look({"reviews": [(1, "A"), (2, "B")], "returned": [(7, "C")]}) == [
        Arrival("reviews", 2, "B"),
        Arrival("returned", 7, "C"),
    ]
    assert work.look({"reviews": [(1, "A"), (2, "B")], "returned": [(7, "C")]}) == []  # told already
    assert work.look({"reviews": [(1, "A")], "returned": []}) == []
    assert work.look({"reviews": [(1, "A"), (2, "B")], "returned": []}) == [
        Arrival("reviews", 2, "B")
    ]  # again
    work.reset()
    assert work.look({"reviews": [(5, "E")], "returned": []}) == []


def test_without_a_notification_area_the_status_bar_tells_it(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    notifier = DeskNotifier(window)
    assert notifier.tray is None
    words = arrival_words([Arrival("reviews", 3, "新平台发布")], "reviews")
    assert words is not None and "review" in words[0]
    notifier.notify(*words)
    message = window.statusBar().currentMessage()
    assert "新平台发布" in message and "review" in message
    assert arrival_words([Arrival("reviews", 3, "x")], "returned") is None


def test_the_read_only_banner_is_a_banner_too(window):
    assert window.banner is window.banners["read-only"] and not window.banner.isVisible()
    assert Qt.FocusPolicy.NoFocus != window.banner.label.focusPolicy()


def test_a_pane_that_cannot_read_its_start_waits_for_the_server(qtbot, app_services, monkeypatch):
    from commdesk.core.errors import CommdeskError
    from commdesk.ui.common.pane import Pane
    from commdesk.ui.meetings import pane as meetings_pane

    real_init = meetings_pane.MeetingsPane.__init__
    away = [True]

    def init(self, services, parent=None):
        if away[0]:  # as when the server goes away while the pane reads what it starts with
            Pane.__init__(self, services, parent)
            raise CommdeskError("The server cannot be reached.")
        real_init(self, services, parent)

    monkeypatch.setattr(meetings_pane.MeetingsPane, "__init__", init)
    told: list[str] = []
    w = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(w)
    w.statusBar().messageChanged.connect(told.append)
    w.attach(app_services)
    w.show()
    qtbot.waitUntil(lambda: "outbox" in w.panes and "meetings" in w.unopened)
    assert "meetings" not in w.panes
    assert any("Meetings could not be opened" in m and "cannot be reached" in m for m in told)
    # a commit to what the meetings pane shows: no half-made pane is there to reload and fail
    with qtbot.waitSignal(app_services.tables_changed), app_services.ctx.transaction() as conn:
        conn.execute(text("UPDATE meetings SET topic = topic WHERE id = -1"))
    away[0] = False
    app_services.connection_changed.emit(True)  # the server is back: the pane is made now
    qtbot.waitUntil(lambda: "meetings" in w.panes)
    assert not w.unopened
