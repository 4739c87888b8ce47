"""The window's morning start: Home from the start-up glance at once, then Home from the services in
its place, looking the same; nothing on the glance acts before the services are there."""

from __future__ import annotations

import argparse
import dataclasses

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt

from commdesk.app import GuiApp
from commdesk.bootstrap import open_database
from commdesk.services.people import PeopleService
from commdesk.ui.common.services import Preferences
from commdesk.ui.home.pane import HomeGlanceView, HomePane


@pytest.fixture
def desk(demo_factory, tmp_path):
    """The demo database as one officer's desk: 陈静 alone, without a passphrase, remembered here."""
    path = demo_factory(tmp_path / "demo.sqlite3")
    opened = open_database(path, migrate=False, mail_hooks=False)
    people = opened.ctx.service(PeopleService)
    me = people.get(1)
    opened.ctx.current = lambda: me
    for other in people.list():
        if other.id != me.id:
            people.update(dataclasses.replace(other, active=False))
    people.remember(people.update(people.get(me.id), clear_passphrase=True))
    opened.ctx.engine.dispose()
    return path


def _gui(qapp, qtbot, tmp_path, db, lang="en", **prefs) -> GuiApp:
    settings = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    for key, value in prefs.items():
        settings.set(key, value)
    gui = GuiApp(qapp, argparse.Namespace(db=str(db), lang=lang), settings)
    gui.choose_language()
    gui.show_window()
    qtbot.addWidget(gui.window)
    return gui


def _shown(home) -> dict:
    """What a person sees of Home: the greeting, each box's title, lines and colours, the buttons."""
    return {
        "greeting": home.greeting.text(),
        "boxes": {
            key: (
                box.title(),
                box.isHidden(),
                box.empty.text(),
                [
                    (box.list.item(i).text(), box.list.item(i).foreground().color().name())
                    for i in range(box.list.count())
                ],
            )
            for key, box in home.boxes.items()
        },
        "buttons": (home.refresh_button.text(), home.report_button.text()),
    }


def _pixels(home) -> dict:
    """The greeting, the buttons and each box as drawn, with where they are in the window."""
    window = home.window()
    widgets = {"greeting": home.greeting, "refresh": home.refresh_button, **home.boxes}
    return {
        key: (w.mapTo(window, w.rect().topLeft()), w.size(), w.grab().toImage() if key != "refresh" else None)
        for key, w in widgets.items()
    }


def _glance_view(window) -> HomeGlanceView:
    return window.glance.widget()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_home_from_the_glance_then_from_the_services_looks_the_same(qapp, qtbot, tmp_path, desk, lang):
    gui = _gui(qapp, qtbot, tmp_path, desk, lang)
    window = gui.window
    gui.start()
    assert window.services is None  # the services are still loading
    view = _glance_view(window)
    holder = window.glance
    assert window.stack.currentWidget() is holder
    glance = _shown(view)
    pixels = _pixels(view)
    assert "陈静" in glance["greeting"]
    assert any(lines for *_, lines in glance["boxes"].values())
    assert not window.nav.isEnabled()  # no other pane before the services
    badge = window.nav.item(0).text()
    qtbot.waitUntil(lambda: window.glance is None and "home" in window.panes, timeout=60000)
    home = window.panes["home"]
    assert isinstance(home, HomePane)
    assert window.stack.currentWidget() is window.holders["home"]
    assert _shown(home) == glance
    assert _pixels(home) == pixels  # not a pixel of the greeting, the buttons or the boxes moved
    assert window.nav.item(0).text() == badge and window.nav.currentRow() == 0
    assert not shiboken6.isValid(holder) or window.stack.indexOf(holder) == -1  # gone from the window
    gui.opened.ctx.engine.dispose()


def test_an_entry_opened_on_the_glance_waits_for_the_services(qapp, qtbot, tmp_path, desk):
    gui = _gui(qapp, qtbot, tmp_path, desk)
    window = gui.window
    gui.start()
    box = _glance_view(window).boxes["outbox"]
    item = box.list.item(0)
    entry = item.data(Qt.ItemDataRole.UserRole)
    box.list.itemActivated.emit(item)
    assert window.services is None and "outbox" not in window.panes  # nothing acted yet
    qtbot.waitUntil(
        lambda: "outbox" in window.panes and window.current_pane() is window.panes["outbox"], timeout=60000
    )
    assert entry.pane == "outbox" and window.glance is None
    gui.opened.ctx.engine.dispose()


def test_no_glance_when_the_window_opens_on_another_pane(qapp, qtbot, tmp_path, desk):
    gui = _gui(qapp, qtbot, tmp_path, desk, **{"window/pane": "contacts"})
    gui.start()
    assert gui.window.glance is None
    window = gui.window
    qtbot.waitUntil(
        lambda: "contacts" in window.panes and window.current_pane() is window.panes["contacts"],
        timeout=60000,
    )
    gui.opened.ctx.engine.dispose()


def test_no_glance_for_a_person_who_signs_in_with_a_passphrase(
    qapp, qtbot, tmp_path, demo_factory, monkeypatch
):
    """The demo as it comes: everyone has a passphrase, so the window asks first, and shows no one's
    Home before that."""
    from commdesk.ui.admin import switch_person

    path = demo_factory(tmp_path / "demo.sqlite3")
    gui = _gui(qapp, qtbot, tmp_path, path)
    asked = []

    def sign_in(dlg):
        asked.append((gui.window.glance, dict(gui.window.panes)))
        dlg.passphrase.setText("demo")
        dlg.try_accept()
        return dlg.result()

    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", sign_in)
    gui.start()
    assert gui.window.glance is None
    qtbot.waitUntil(lambda: "home" in gui.window.panes, timeout=60000)
    assert asked == [(None, {})]
    gui.opened.ctx.engine.dispose()


def test_the_status_report_asked_on_the_glance_is_made_by_the_services(
    qapp, qtbot, tmp_path, desk, monkeypatch
):
    from commdesk.ui.common import export

    built = []
    monkeypatch.setattr(
        export, "export_pdf_interactively", lambda _w, s, _t, _n, build: built.append((s, build()))
    )
    gui = _gui(qapp, qtbot, tmp_path, desk)
    window = gui.window
    gui.start()
    _glance_view(window).report_button.click()
    assert not built  # nothing is read or written through the glance
    qtbot.waitUntil(lambda: bool(built), timeout=60000)
    [(services, (document, _blocks))] = built
    assert services is window.services and window.glance is None
    assert document.zone  # the status report of the signed-in person, from the services
    gui.opened.ctx.engine.dispose()
