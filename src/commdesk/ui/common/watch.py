"""A view's subscription to the tables it shows.

A pane or dialog says which database tables it shows; when a commit changed one of them (made by
this window, a worker thread, or one day another desk on a team database), ``AppServices``
announces the tables (``tables_changed``) and the view reloads itself:

    self.watch = TableWatch(services, self, frozenset({"people"}), lambda _tables: self.refresh())

While the widget is hidden nothing is reloaded: it is marked stale and reloads when it is shown
next (unless ``when_hidden``: a pane whose reload also sets its navigation badge). A view that has
just reloaded everything on its own (after its own change) calls ``reloaded()``, so the
announcement of that change does not reload it a second time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from commdesk.core.errors import CommdeskError

log = logging.getLogger(__name__)


class TableWatch(QObject):
    def __init__(
        self,
        services,
        widget: QWidget,
        tables: Iterable[str],
        reload: Callable[[frozenset[str]], None],
        *,
        when_hidden: bool = False,
    ):
        super().__init__(widget)  # goes with the widget: no call after it is deleted
        self.services = services
        self.widget = widget
        self.tables = frozenset(tables)
        self.reload = reload
        self.when_hidden = when_hidden
        #: Tables that changed while the widget was hidden: reloaded when it is shown.
        self.stale: frozenset[str] = frozenset()
        self._fresh_upto = services.commits_so_far()
        services.tables_changed.connect(self._changed)
        widget.installEventFilter(self)

    def reloaded(self) -> None:
        """The view has just read everything it shows: what was committed until now is in it."""
        self._fresh_upto = self.services.commits_so_far()
        self.stale = frozenset()

    def _changed(self, tables: frozenset[str]) -> None:
        hit = self.tables & tables
        if not hit or self.services.announced_upto <= self._fresh_upto:
            return
        if self.when_hidden or self.widget.isVisible():
            self._reload(hit)
        else:
            self.stale |= hit

    def _reload(self, tables: frozenset[str]) -> None:
        before = self.stale
        self._fresh_upto = self.services.commits_so_far()
        self.stale = frozenset()
        try:
            self.reload(tables)
        except CommdeskError as exc:  # the server went away meanwhile: say so, reload when it is back
            self.stale = before | tables
            self._fresh_upto = -1
            log.info("a view could not reload (%s): %s", type(self.widget).__name__, exc)
            window = self.widget.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(str(exc), 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may still deliver an event while the Python side is being torn down (its attributes
        # already gone): such a watch has nothing to do.
        widget = self.__dict__.get("widget")
        if widget is None:
            return False
        if watched is widget and event.type() == QEvent.Type.Show and self.stale:
            # after the showing is done (a pane's ``activated`` may reload everything anyway)
            QTimer.singleShot(0, self, self._catch_up)
        return False

    def _catch_up(self) -> None:
        if self.stale and self.widget.isVisible():
            self._reload(self.stale)
