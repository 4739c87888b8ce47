"""The Calendar pane: releases (and embargo ends), social posts, announcements (planned or sent),
media events and meetings on one month, week or list view, in the organisation's zone (named above the days),
filtered by kind, channel, campaign and owner, with each account's weekly cadence beside the weeks
and the weeks off target explained (SM-2).

Re-planning goes through ``CalendarService.replan``, which calls the item's own service: drag an
entry to another day (the same time there), or select it and press Alt+Left/Right (a day),
Alt+Up/Down (an hour) or "Move to…" for a day and time. An entry that cannot move says why in its
tooltip and when tried. A double-click opens the item in its own pane."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.document import month_title, period_title
from commdesk.core.calendar.entries import Entry, EntryKind, Filter
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.services.calendar import CalendarService
from commdesk.ui.calendar.dialogs import MoveDialog
from commdesk.ui.calendar.widgets import CalendarGrid, EntryTable
from commdesk.ui.common.ask import confirm, show_error
from commdesk.ui.common.pane import Pane

CALENDAR_TABLES = frozenset(
    {
        "releases",
        "release_steps",
        "social_posts",
        "social_accounts",
        "social_platforms",
        "announcements",
        "events",
        "meetings",
        "review_items",
        "settings",
    }
)
#: the pane that opens an entry of each kind
OWN_PANE = {
    EntryKind.RELEASE: "releases",
    EntryKind.EMBARGO: "releases",
    EntryKind.POST: "posts",
    EntryKind.ANNOUNCEMENT: "announcements",
    EntryKind.EVENT: "events",
    EntryKind.MEETING: "meetings",
}
MONTH, WEEK, LIST = 0, 1, 2


class CalendarPane(Pane):
    tables: ClassVar[frozenset[str]] = CALENDAR_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.svc = services.get(CalendarService)
        self.zone = self.svc.zone()
        self.anchor = tz.today_in(self.zone, services.ctx.clock)
        self.entries: dict[str, Entry] = {}
        self.selected_key: str | None = None
        self.period = (self.anchor, self.anchor)

        top = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItems([self.tr("Month"), self.tr("Week"), self.tr("List (quarter)")])
        mode_label = QLabel(self.tr("Sho&w:"))
        mode_label.setBuddy(self.mode)
        top.addWidget(mode_label)
        top.addWidget(self.mode)
        for text, step, tip in (
            ("◀", -1, self.tr("Earlier")),
            (self.tr("Today"), 0, self.tr("Back to today")),
            ("▶", 1, self.tr("Later")),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(lambda _c=False, s=step: self.step_view(s))
            top.addWidget(b)
        self.title = QLabel()
        self.title.setObjectName("calendarPeriod")
        top.addWidget(self.title, 1)
        self.zone_label = QLabel()
        top.addWidget(self.zone_label)

        filters = QHBoxLayout()
        self.kinds_button = QToolButton()
        self.kinds_button.setText(self.tr("&Kinds"))
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions = {}
        for kind in EntryKind:
            action = self.kinds_menu.addAction(kind.label)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda _on: self.refresh())
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(self.kinds_menu)
        filters.addWidget(self.kinds_button)
        self.channel, self.campaign, self.owner = QComboBox(), QComboBox(), QComboBox()
        for combo, text in (
            (self.channel, self.tr("&Channel:")),
            (self.campaign, self.tr("Ca&mpaign:")),
            (self.owner, self.tr("&Owner:")),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("move", self.tr("Move &to…"), self.move_selected),
            ("open", self.tr("O&pen"), self.open_selected),
            ("ics", self.tr("Export .&ics…"), self.export_ics),
            ("pdf", self.tr("P&rint PDF…"), self.export_pdf),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            filters.addWidget(b)
            self.buttons[key] = b

        self.month = CalendarGrid(6)
        self.week = CalendarGrid(1)
        self.list = EntryTable()
        self.stack = QStackedWidget()
        # the views take the height left, whatever their own wishes (a month's six rows would not fit)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.stack.setMinimumHeight(380)
        for view in (self.month, self.week, self.list):
            self.stack.addWidget(view)
            view.selected.connect(self._selected)
            view.activated.connect(self.open_entry)
            view.nudged.connect(self.nudge)
        for grid in (self.month, self.week):
            grid.dropped.connect(self.drop)
        self.warnings = QLabel()
        self.warnings.setObjectName("cadenceWarnings")
        self.warnings.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Re-plan: drag to another day, or Alt+Left/Right (a day), Alt+Up/Down (an hour), "
                "Move to…; double-click opens."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666")

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.stack, 1)
        box.addWidget(self.warnings)
        box.addWidget(self.hint)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.refresh()

    def refresh_permissions(self) -> None:
        """Another person at the desk: what they may move is read again with the entries."""
        self.refresh()

    # ------------------------------------------------------------------------------ reading
    def wanted(self) -> Filter:
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        return Filter(
            kinds if len(kinds) < len(EntryKind) else frozenset(),
            frozenset({self.channel.currentData()}) if self.channel.currentData() else frozenset(),
            self.campaign.currentData() or "",
            self.owner.currentData() or "",
        )

    def days(self) -> tuple[date, date]:
        """The first and last day the current view shows."""
        mode = self.mode.currentIndex()
        if mode == MONTH:
            weeks = layout.month_weeks(self.anchor.year, self.anchor.month)
            return weeks[0][0], weeks[0][0] + timedelta(weeks=6, days=-1)
        if mode == WEEK:
            days = layout.week_days(self.anchor)
            return days[0], days[-1]
        return layout.quarter_bounds(self.anchor)

    def refresh(self) -> None:
        if not hasattr(self, "stack"):
            return
        self.zone = self.svc.zone()
        first, last = self.days()
        self.period = (first, last)
        try:
            view = self.svc.view(first, last, self.wanted())
        except CommdeskError as exc:
            self.warnings.setText(str(exc))
            return
        self.entries = {e.key: e for e in view.entries}
        self._fill_choices(view)
        mode = self.mode.currentIndex()
        entries = list(view.entries)
        if mode == MONTH:
            self.month.show_entries(
                first, entries, list(view.cadence), self.zone, self.anchor.month, self.selected_key
            )
            self.title.setText(month_title(self.anchor.year, self.anchor.month))
        elif mode == WEEK:
            self.week.show_entries(first, entries, list(view.cadence), self.zone, None, self.selected_key)
            self.title.setText(
                self.tr("Week of {monday} (week {week})").format(
                    monday=first.isoformat(), week=first.isocalendar()[1]
                )
            )
        else:
            self.list.show_entries(entries, self.zone, first, last, self.selected_key)
            self.title.setText(period_title(first, last))
        self.zone_label.setText(
            self.tr("Times in {zone}").format(zone=tz.zone_label(self.services.ctx.clock(), self.zone))
        )
        off = view.warnings()
        if off:
            lines = [self.tr("Weeks off the posting target (SM-2):")] + [f"• {w.explain()}" for w in off[:3]]
            if len(off) > 3:
                lines.append(self.tr("… and %n more week(s).", None, len(off) - 3))
            self.warnings.setText("\n".join(lines))
            self.warnings.setToolTip("\n".join(w.explain() for w in off))
            self.warnings.setStyleSheet("color: #c62828")
        else:
            self.warnings.setText(self.tr("Every account's weeks are on their posting target (SM-2)."))
            self.warnings.setToolTip("")
            self.warnings.setStyleSheet("color: #2e7d32")
        self._update_buttons()

    def _fill_choices(self, view) -> None:
        for combo, values in (
            (self.channel, view.channels),
            (self.campaign, view.campaigns),
            (self.owner, view.owners),
        ):
            current = combo.currentData()
            wanted = ["", *values]
            if current and current not in wanted:
                wanted.append(current)
            if [combo.itemData(i) for i in range(combo.count())] == wanted:
                continue
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value in wanted[1:]:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current or ""), 0))
            combo.blockSignals(False)

    def _mode_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.refresh()

    def step_view(self, step: int) -> None:
        if step == 0:
            self.anchor = tz.today_in(self.zone, self.services.ctx.clock)
        elif self.mode.currentIndex() == WEEK:
            self.anchor += timedelta(weeks=step)
        else:
            months = 1 if self.mode.currentIndex() == MONTH else 3
            index = self.anchor.year * 12 + self.anchor.month - 1 + step * months
            self.anchor = date(index // 12, index % 12 + 1, 1)
        self.refresh()

    def show_day(self, day: date, mode: int | None = None) -> None:
        """Go to ``day`` (in a view: month, week or list)."""
        self.anchor = day
        if mode is not None and mode != self.mode.currentIndex():
            self.mode.setCurrentIndex(mode)  # refreshes
        else:
            self.refresh()

    def selected(self) -> Entry | None:
        return self.entries.get(self.selected_key or "")

    def _selected(self, key) -> None:
        self.selected_key = key
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.buttons["move"].setEnabled(entry is not None and entry.can_move)
        self.buttons["move"].setToolTip(entry.movable if entry is not None else "")
        self.buttons["open"].setEnabled(entry is not None)

    # ------------------------------------------------------------------------------ re-planning
    def drop(self, key: str, day: date) -> None:
        entry = self.entries.get(key)
        if entry is None:
            return
        self.replan(entry, layout.moved_to_day(entry, day, self.zone))

    def nudge(self, key: str, days: int, hours: int) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            self.replan(entry, layout.nudged(entry, days, hours, self.zone))

    def move_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not entry.can_move:
            self.status_message.emit(entry.movable)
            return
        dialog = MoveDialog(entry, self.zone, self)
        if dialog.exec():
            self.replan(entry, dialog.chosen())

    def replan(self, entry: Entry, start: datetime) -> bool:
        """Move ``entry`` to ``start`` through its own service; what refuses it is said in words."""
        title = self.tr("Re-plan")
        if not entry.can_move:
            show_error(self, title, CommdeskError(entry.movable))
            return False
        if start == entry.start:
            return False
        if entry.kind in (EntryKind.EMBARGO, EntryKind.EVENT) and not confirm(
            self,
            title,
            self.tr(
                "Move “{title}” to {when}? Its time is part of what its reviewers approve: if it was "
                "approved, it is reviewed again, as an edit in its editor would make it."
            ).format(title=entry.title, when=tz.format_instant(start, self.zone)),
        ):
            return False
        try:
            self.svc.replan(entry.kind, entry.id, start, entry.version)
        except ConflictError:
            show_error(
                self,
                title,
                CommdeskError(
                    self.tr(
                        "Someone changed “{title}” meanwhile; the calendar shows it as it is now."
                    ).format(title=entry.title)
                ),
            )
            self.refresh()
            return False
        except CommdeskError as exc:
            show_error(self, title, exc)
            return False
        self.selected_key = entry.key
        local = tz.to_zone(start, self.zone).date()
        first, last = self.period
        if not first <= local <= last:
            self.anchor = local
        self.refresh()  # the commit's notice refreshes too; this one keeps the selection in view
        self.current_view().select(entry.key)
        return True

    def current_view(self):
        return (self.month, self.week, self.list)[self.mode.currentIndex()]

    # ------------------------------------------------------------------------------ opening, exports
    def open_selected(self) -> None:
        if self.selected_key:
            self.open_entry(self.selected_key)

    def open_entry(self, key: str) -> None:
        entry = self.entries.get(key)
        window = self.window()
        if entry is not None and hasattr(window, "open_record"):
            window.open_record(OWN_PANE[entry.kind], entry.id)

    def can_export_pdf(self) -> bool:
        return True

    def export_pdf(self) -> None:
        """The period shown, printed: month grids and the list (the list alone in the list view),
        rendered off the GUI thread with progress and cancel, previewed, then saved."""
        from commdesk.ui.common.export import export_pdf_interactively

        first, last = self.period
        if self.mode.currentIndex() == MONTH:
            first, last = layout.month_bounds(self.anchor)
        kind = "list" if self.mode.currentIndex() == LIST else "month"
        wanted = self.wanted()
        export_pdf_interactively(
            self,
            self.services,
            self.tr("Publishing calendar"),
            f"calendar-{first.isoformat()}.pdf",
            lambda: self.svc.document(first, last, wanted, kind),
        )

    def export_ics(self) -> None:
        from pathlib import Path

        from commdesk.core.files import write_atomically
        from commdesk.ui.common.export import default_folder

        first, last = self.period
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the calendar as .ics"),
            str(default_folder(self.services) / f"calendar-{first.isoformat()}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
        try:
            write_atomically(path, self.svc.ics(first, last, self.wanted()))
        except (OSError, CommdeskError) as exc:
            show_error(self, self.tr("Export the calendar as .ics"), exc)
            return
        self.status_message.emit(self.tr("Calendar written to {path}.").format(path=path))
