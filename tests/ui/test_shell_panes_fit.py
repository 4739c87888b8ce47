"""Every pane fits 1280x800 beside the navigation in both languages: its minimum width (buttons in a
row cannot shrink) leaves no horizontal scrolling in the main window's 1110-pixel content area."""

from __future__ import annotations

import pytest

from commdesk.translations import install

CONTENT_WIDTH = 1280 - 170  # the navigation column


def _panes():
    from commdesk.ui.admin.audit_pane import AuditPane
    from commdesk.ui.contacts.pane import ContactsPane
    from commdesk.ui.home.pane import HomePane
    from commdesk.ui.mail.pane import OutboxPane
    from commdesk.ui.meetings.pane import MeetingsPane
    from commdesk.ui.releases.pane import ReleasesPane

    return (HomePane, ContactsPane, ReleasesPane, MeetingsPane, OutboxPane, AuditPane)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_pane_fits_beside_the_navigation(qtbot, app_services, answer, lang):
    install(lang)
    try:
        too_wide = {}
        for cls in _panes():
            pane = cls(app_services)
            qtbot.addWidget(pane)
            width = pane.minimumSizeHint().width()
            if width > CONTENT_WIDTH - 20:
                too_wide[cls.__name__] = width
        assert not too_wide, f"panes wider than {CONTENT_WIDTH - 20} px in {lang}: {too_wide}"
    finally:
        install("en")
