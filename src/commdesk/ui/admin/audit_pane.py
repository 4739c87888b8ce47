"""The global audit log: who changed what, when (P-7). Administrators and reviewers."""
from __future__ import annotations

from datetime import datetime, time, timezone

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout)

from ...core.errors import PermissionDenied
from ...core.services.audit import AuditService
from ..common.audit_model import AuditTableModel
from ..common.pane import Pane


class AuditPane(Pane):
    LIMIT = 5000

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.audit = services.get(AuditService)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search old and new values, fields and notes…"))
        self.search.setClearButtonEnabled(True)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.verify_button = QPushButton(self.tr("Ve&rify the log…"), self)
        self.verify_button.setToolTip(self.tr("Check that no entry was deleted, added or changed since it was "
                                              "written (each entry carries a hash of the one before)."))
        self.verify_button.clicked.connect(self.verify)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Since:")))
        top.addWidget(self.since)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.since.dateChanged.connect(self._timer.start)
        # bound methods, not lambdas: Qt drops the connection when the pane is deleted
        services.person_changed.connect(self._on_person_changed)
        services.data_changed.connect(self._on_data_changed)

    def _on_person_changed(self, _person) -> None:
        self.refresh()

    def _on_data_changed(self, _entity: str) -> None:
        if self.isVisible():
            self._timer.start()

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

    def can_export_pdf(self) -> bool:
        return True

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        since = datetime.combine(self.since.date().toPython(), time(0)).astimezone(timezone.utc)
        try:
            entries = self.audit.entries(since=since, text=self.search.text().strip() or None, limit=self.LIMIT)
        except PermissionDenied as exc:
            self.model.set_entries([])
            self.notice.setText(str(exc))
            return
        self.notice.setText(self.tr("Showing the newest {n} entries; narrow the search to see older ones.")
                            .format(n=self.LIMIT) if len(entries) >= self.LIMIT else "")
        self.model.set_entries(entries)
        if self.services.prefs.value("audit/columns") is None:
            self.view.resizeColumnsToContents()

    def verify(self) -> None:
        """Walk the log's hash chain off the GUI thread and say what was found."""
        from ..common.ask import show_error

        audit = self.audit
        self.services.runner.run(
            lambda progress, cancel: audit.verify(), on_done=self._verified,
            on_error=lambda exc: show_error(self, self.tr("Verify the audit log"), exc),
            label=self.tr("Verifying the audit log…"), parent=self)

    def _verified(self, report) -> None:
        from ..common.ask import ask
        from ...core.services.audit import describe

        headline, lines = describe(report, self.audit.zone())
        if report.ok:
            ask(self, "info", headline, "\n".join(lines))
        else:
            ask(self, "warning", headline, "\n".join(lines) + "\n\n" + self.tr(
                "Tell the administrator; a backup made before the change holds the original log."))

    def export_pdf(self) -> None:
        from ..common.export import export_pdf_interactively
        from ...core.documents.reports import audit_document

        entries = list(self.model.entries)
        export_pdf_interactively(self, self.services, self.tr("Audit log"), "audit-log.pdf",
                                 lambda: audit_document(self.services.ctx, entries))
