"""The global audit log: who changed what, when (P-7). Administrators and reviewers."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from commdesk.core.errors import PermissionDenied
from commdesk.core.timezones import to_utc, today_in, wall_clock, zone_label
from commdesk.services.audit import AuditService
from commdesk.services.names import name_lookup
from commdesk.ui.common.audit_model import AuditTableModel
from commdesk.ui.common.pane import Pane


class AuditLogModel(AuditTableModel):
    """The global log's table: as the History dialog's, with the record column shown (records by
    what they are called, references by what they point to, a setting's value by its key).

    The log shows thousands of entries, and the view asks for each cell many times over (every
    role, each repaint, fitting the columns to their contents): the columns are counted without
    making their headings, each cell's words are made once until the entries, the zone or the
    names change, and the roles that show nothing are answered before the entry is looked up.
    Opening the pane used to spend much of its time making the same headings and labels again."""

    _DISPLAYED = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

    def __init__(self, parent=None, zone: str | None = None):
        self._cells: dict[tuple[int, int], str] = {}
        super().__init__(parent, zone=zone)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COL_NOTE + 1  # not by making every heading anew

    def set_rows(self, rows) -> None:
        self._cells.clear()
        super().set_rows(rows)

    def set_zone(self, zone: str) -> None:
        self._cells.clear()
        super().set_zone(zone)

    def set_names(self, names) -> None:
        """People's names for their ids, read afresh (a person may have been renamed)."""
        self.names = names
        self._cells.clear()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role in self._DISPLAYED:
            key = (index.row(), index.column())
            text = self._cells.get(key)
            if text is None:
                e = self.row_object(index)
                if e is None:
                    return None
                text = self._cells[key] = self.cell_text(e, index.column())
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self.row_object(index)
        return None


class AuditPane(Pane):
    LIMIT = 5000
    tables = frozenset({"audit_log"})  # every audited change writes it

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.audit = services.get(AuditService)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search old and new values, fields and notes…"))
        self.search.setClearButtonEnabled(True)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.zone = self.audit.zone()  # the organisation's: the dates and times of the log
        self.since.setDate(QDate(today_in(self.zone)).addDays(-30))
        self.verify_button = QPushButton(self.tr("Ve&rify the log…"), self)
        self.verify_button.setToolTip(
            self.tr(
                "Check that no entry was deleted, added or changed since it was "
                "written (each entry carries a hash of the one before)."
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.model = AuditLogModel(self, zone=self.zone)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # headings start at the left of their column: a wide column's centred heading went off screen
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.setWordWrap(False)  # one line per entry; the whole value is in the tooltip
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.since_label = QLabel(self.tr("Since ({zone}):").format(zone=zone_label(None, self.zone)), self)
        self.since_label.setBuddy(self.since)
        top.addWidget(self.since_label)
        top.addWidget(self.since)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.since.dateChanged.connect(self._timer.start)
        # a bound method, not a lambda: Qt drops the connection when the pane is deleted
        services.person_changed.connect(self._on_person_changed)
        self.refresh_permissions()

    def _on_person_changed(self, _person) -> None:
        self.refresh()

    def refresh_permissions(self) -> None:
        why = self.services.get(AuditService).refusal_to_read()
        self.verify_button.setEnabled(not why)
        self.verify_button.setToolTip(
            why
            or self.tr(
                "Check that no entry was deleted, added or changed since "
                "it was written (each entry carries a hash of the one before)."
            )
        )

    def can_export_pdf(self) -> bool:
        return not self.services.get(AuditService).refusal_to_read()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        state = self.services.prefs.value("audit/columns")
        if state is not None and not getattr(self, "_restored", False):
            self.view.horizontalHeader().restoreState(state)
        self._restored = True

    def save_state(self) -> None:
        self.services.prefs.set("audit/columns", self.view.horizontalHeader().saveState())

    def can_find(self) -> bool:
        return True

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self.watch.reloaded()
        zone = self.audit.zone()
        if zone != self.zone:  # the organisation's zone was changed in the settings
            self.zone = zone
            self.model.set_zone(zone)
            self.since_label.setText(self.tr("Since ({zone}):").format(zone=zone_label(None, zone)))
        since = to_utc(wall_clock(self.since.date().toPython(), time(0), zone))
        try:
            entries = self.audit.entries(
                since=since, text=self.search.text().strip() or None, limit=self.LIMIT
            )
            titles = self.audit.titles(entries)
        except PermissionDenied as exc:
            self.model.set_entries([])
            self.notice.setText(str(exc))
            return
        self.notice.setText(
            self.tr("Showing the newest {n} entries; narrow the search to see older ones.").format(
                n=self.LIMIT
            )
            if len(entries) >= self.LIMIT
            else ""
        )
        self.model.set_names(name_lookup(self.services.ctx))  # read afresh: a person may have been renamed
        self.model.set_entries(entries, titles)
        if self.services.prefs.value("audit/columns") is None:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its heading and contents, but no wider than a third of the
        view: a long value (a signature) is elided and shown whole in its tooltip."""
        header = self.view.horizontalHeader()
        # measured on the rows in view and the next 100, not on 1,000 (Qt's default): fitting the
        # columns to the newest 2,000 entries took most of a second when the pane opened
        header.setResizeContentsPrecision(100)
        self.view.resizeColumnsToContents()
        widest = max(160, self.view.viewport().width() // 3)
        for col in range(self.model.columnCount()):
            wanted = max(header.sectionSizeHint(col), self.view.columnWidth(col))
            self.view.setColumnWidth(col, min(wanted, widest))

    def verify(self) -> None:
        """Walk the log's hash chain off the GUI thread and say what was found."""
        from commdesk.ui.common.ask import show_error

        audit = self.audit
        self.services.runner.run(
            lambda progress, cancel: audit.verify(),
            on_done=self._verified,
            on_error=lambda exc: show_error(self, self.tr("Verify the audit log"), exc),
            label=self.tr("Verifying the audit log…"),
            parent=self,
        )

    def _verified(self, report) -> None:
        from commdesk.services.audit import describe
        from commdesk.ui.common.ask import ask

        headline, lines = describe(report, self.audit.zone())
        if report.ok:
            ask(self, "info", headline, "\n".join(lines))
        else:
            ask(
                self,
                "warning",
                headline,
                "\n".join(lines)
                + "\n\n"
                + self.tr("Tell the administrator; a backup made before the change holds the original log."),
            )

    def export_pdf(self) -> None:
        from commdesk.services.reports import audit_document
        from commdesk.ui.common.export import export_pdf_interactively

        m = self.model
        entries, titles, zone, names = list(m.entries), dict(m.titles), m.zone, m.names
        export_pdf_interactively(
            self,
            self.services,
            self.tr("Audit log"),
            "audit-log.pdf",
            lambda: audit_document(self.services.ctx, entries, zone=zone, titles=titles, names=names),
        )
