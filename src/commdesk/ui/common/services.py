"""What the composition root hands to every window and pane (ARCHITECTURE rule 3).

Panes get an ``AppServices`` through their constructor and use it to reach the core's services
(``services.get(ContactService)``), the acting person, per-person preferences and the task runner.
``data_changed(entity)`` tells other panes that a kind of record changed so they refresh only that.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from commdesk.core.domain.people import SYSTEM, Person
from commdesk.ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the window paints before SQLAlchemy is imported (bench/bench_startup.py)
    from commdesk.services.context import ServiceContext

T = TypeVar("T")


class Preferences:
    """Per-person settings in QSettings: language, geometry, last pane, column layouts."""

    def __init__(self, settings: QSettings | None = None):
        self.qs = settings or QSettings()

    def value(self, key: str, default=None, type_=None):
        if type_ is not None:
            return self.qs.value(key, default, type=type_)
        return self.qs.value(key, default)

    def set(self, key: str, value) -> None:
        self.qs.setValue(key, value)

    def remove(self, key: str) -> None:
        self.qs.remove(key)

    def sync(self) -> None:
        self.qs.sync()


class AppServices(QObject):
    person_changed = Signal(object)  # Person
    data_changed = Signal(str)  # entity name, e.g. "contacts"
    badge_changed = Signal(str, int)  # pane key, count

    def __init__(
        self,
        ctx: ServiceContext,
        prefs: Preferences,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.runner = runner or TaskRunner(self)
        self._person: Person = SYSTEM
        ctx.current = self.signed_in  # the core checks the real roles (reading the audit log, a backup)

    def get(self, cls: type[T]) -> T:
        return self.ctx.service(cls)

    @property
    def read_only(self) -> bool:
        """The database cannot be written (file permission): reading and exports only."""
        return bool(getattr(self.ctx, "read_only", False))

    def person(self) -> Person:
        """The acting person as every pane's permission check sees them: on a read-only database
        without roles, so each pane's role-based enabling turns every edit off (one place for all)."""
        return replace(self._person, roles=frozenset()) if self.read_only else self._person

    def signed_in(self) -> Person:
        """The person signed in, with all their roles (the status bar, the core's own checks)."""
        return self._person

    def set_person(self, person: Person) -> None:
        self._person = person
        if person.id is not None:  # the window and the command line start with this person here
            from commdesk.services.people import PeopleService

            self.get(PeopleService).remember(person)
        self.person_changed.emit(self.person())
