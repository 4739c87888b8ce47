"""A contacts pane made and shown at once reads its filter choices once (made, then shown: the
showing finds what it just read), and a list made in between is offered all the same."""

from __future__ import annotations

from sqlalchemy import event

from commdesk.services.contacts.lists import ContactListService
from commdesk.ui.contacts.pane import ContactsPane


def _reads(app_services, fn) -> int:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(app_services.ctx.engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(app_services.ctx.engine, "before_cursor_execute", count)
    return len(seen)


def _offered(pane: ContactsPane) -> list[str]:
    lists = pane.lists_panel.lists
    return [lists.item(i).text() for i in range(lists.count())]


def test_the_first_showing_reads_nothing_again_unless_something_was_saved(qtbot, app_services, people):
    lists = app_services.get(ContactListService)
    lists.create_static("科技记者")
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    assert _reads(app_services, pane.activated) == 0
    assert any("科技记者" in text for text in _offered(pane))
    assert _reads(app_services, pane.activated) > 0  # shown again later: read again

    later = ContactsPane(app_services)
    qtbot.addWidget(later)
    lists.create_static("财经记者")
    later.show()
    later.activated()
    assert any("财经记者" in text for text in _offered(later))
