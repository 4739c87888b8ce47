"""The status bar's message stays readable beside "Signed in: …" at 1280×800, in English and in
Chinese: it ends before the label with a gap, a long one is elided (whole in the tooltip), and the
database label gives its room while a message shows and comes back after."""

from __future__ import annotations

import pytest
from tests.ui.test_main_window import make_window

from commdesk.translations import install

MESSAGES = {
    "en": "Version 2 of the procedure is saved as a draft; submit it for review.",
    "zh_CN": "规程第 2 版已保存为草稿，请提交审核。",
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_message_and_the_signed_in_label_do_not_overlap(qtbot, app_services, lang):
    window = make_window(qtbot, app_services, lang)
    try:
        window.resize(1280, 800)
        qtbot.waitExposed(window)
        bar = window.statusBar()
        person = window.person_label
        assert person.text() and window.db_label.isVisible()
        for text in (MESSAGES[lang], (MESSAGES[lang] + " ") * 8):
            bar.showMessage(text, 60000)
            qtbot.waitUntil(lambda: not window.db_label.isVisible())
            qtbot.waitUntil(lambda: person.geometry().right() <= bar.width())  # laid out again
            rect = bar.message_rect()
            shown = bar.shown_message()
            # the message ends before "Signed in", with a gap, and the label shows whole
            assert rect.right() + bar.GAP <= person.x() + 1
            assert bar.fontMetrics().horizontalAdvance(shown) <= rect.width()
            assert person.width() >= person.sizeHint().width()
            assert bar.toolTip() == text
        # the short message whole, the long one elided at its end
        bar.showMessage(MESSAGES[lang], 60000)
        assert bar.shown_message() == MESSAGES[lang]
        bar.showMessage((MESSAGES[lang] + " ") * 8, 60000)
        assert bar.shown_message().endswith("…") and bar.shown_message() != (MESSAGES[lang] + " ") * 8
        bar.clearMessage()
        qtbot.waitUntil(window.db_label.isVisible)
        assert bar.toolTip() == "" and bar.shown_message() == ""
    finally:
        install("en")


def test_a_panes_message_goes_through_the_same_bar(qtbot, app_services):
    window = make_window(qtbot, app_services)
    window.resize(1280, 800)
    home = window.pane("home")
    home.status_message.emit("Saved.")
    assert window.statusBar().currentMessage() == "Saved." and not window.db_label.isVisible()
