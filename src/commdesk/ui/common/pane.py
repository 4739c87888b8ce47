"""The base of every pane in the main window's navigation."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from commdesk.ui.common.services import AppServices
from commdesk.ui.common.watch import TableWatch


class Pane(QWidget):
    """A page of the main window. Subclasses override what they support; the main window routes
    File > New, File > Export PDF, Edit > Find and Undo/Redo to the current pane.

    A pane names the database tables it shows (``tables``); after any commit that changed one of
    them it reloads itself (``on_tables_changed``, by default ``refresh``): at once while it is on
    screen, else when it is shown next, or at once anyway with ``refresh_when_hidden`` (a pane whose
    refresh sets its navigation badge). Nobody tells a pane what changed by hand."""

    status_message = Signal(str)
    #: Ask the main window to show a record of another pane: (pane key, record id).
    navigate = Signal(str, object)
    #: The tables whose rows this pane shows (names as in ``persistence.models``).
    tables: ClassVar[frozenset[str]] = frozenset()
    #: Reload on a change even while hidden: the pane's refresh keeps a navigation badge current.
    refresh_when_hidden: ClassVar[bool] = False

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.undo_stack: QUndoStack | None = None
        #: The person this pane was last set up for (see ``apply_person``).
        self.person = services.person()
        self.watch = TableWatch(
            services, self, self.tables, self.on_tables_changed, when_hidden=self.refresh_when_hidden
        )

    def refresh(self) -> None:
        """Reload what the pane shows from the services."""

    def on_tables_changed(self, tables: frozenset[str]) -> None:
        """Some of this pane's ``tables`` were changed and committed (here or elsewhere)."""
        self.refresh()

    # Capabilities the main window asks about to enable its actions.
    def can_create(self) -> bool:
        return False

    def can_export_pdf(self) -> bool:
        return False

    def can_find(self) -> bool:
        """Edit > Find (Ctrl+F): by default, a pane with a ``search`` line edit can find."""
        return isinstance(getattr(self, "search", None), QLineEdit)

    def new_record(self) -> None: ...

    def export_pdf(self) -> None: ...

    def find(self) -> None:
        """Ctrl+F: into the pane's search field, its text selected to type over."""
        field = getattr(self, "search", None)
        if isinstance(field, QLineEdit):
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def open_record(self, record_id) -> None:
        """Show the record with this id (called when Home or another pane links to it)."""

    def activated(self) -> None:
        """Called each time the pane becomes visible: refresh what may be stale."""

    def save_state(self) -> None:
        """Store column layouts and splitter positions in ``services.prefs``."""

    # The person at the desk changed (switch person). The main window calls ``apply_person`` on every
    # pane it has built, visible or not, right after the switch and before it re-evaluates its own
    # menus, so no button, tooltip or menu keeps the previous person's rights.
    def apply_person(self, person) -> None:
        self.person = person
        self.refresh_permissions()

    def refresh_permissions(self) -> None:
        """Enable, disable, show or hide what depends on the acting person's roles
        (``self.services.person()``): buttons, actions, tooltips, read-only states."""
