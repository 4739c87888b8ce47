"""Importing staff members from a CSV or .xlsx file: the file, the lists every row joins, whether
the good rows are saved when others are rejected, then the import off the GUI thread (progress and
Cancel) and its report of every row: added, updated, unchanged or rejected with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from commdesk.core.errors import Cancelled
from commdesk.core.staff.records import RowOutcome
from commdesk.services.staff.importing import StaffImportReport, StaffImportService
from commdesk.services.staff.service import StaffService
from commdesk.ui.common.ask import show_error

REJECTED = QColor("#fde2e1")


class StaffImportDialog(QDialog):
    def __init__(self, services, parent=None, lang: str = "zh"):
        super().__init__(parent)
        self.services = services
        self.report: StaffImportReport | None = None
        self.setWindowTitle(self.tr("Import staff members"))
        self.resize(900, 620)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A CSV (UTF-8 or GB18030) or .xlsx file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)

        self.lists = QListWidget()
        self.lists.setMaximumHeight(110)
        for lst in services.get(StaffService).lists(include_inactive=False):
            item = QListWidgetItem(lst.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, lst.name_zh or lst.name_en)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lists.addItem(item)
        lists_label = QLabel(self.tr("Also subscribe every row &to:"))
        lists_label.setBuddy(self.lists)

        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(lists_label, self.lists)

        self.partial = QCheckBox(self.tr("Save the good rows even when some are re&jected"))
        self.partial.setToolTip(
            self.tr("Unticked, nothing is saved when any row is rejected: fix the file and import it again.")
        )
        self.run_button = QPushButton(self.tr("&Import"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)

        self.summary = QLabel(self.tr("Choose the file: its columns name, email, department, phone, lists."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("E-mail"), self.tr("Outcome"), self.tr("Notes")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 240)
        self.table.setColumnWidth(2, 110)
        report_label = QLabel(self.tr("&Report of every row:"))
        report_label.setBuddy(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        action = QHBoxLayout()
        action.addWidget(self.partial, 1)
        action.addWidget(self.run_button)
        layout.addLayout(action)
        layout.addWidget(self.summary)
        layout.addWidget(report_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import staff members"),
            self.path.text() or str(Path.home()),
            self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def chosen_lists(self) -> tuple[str, ...]:
        return tuple(
            self.lists.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lists.count())
            if self.lists.item(i).checkState() == Qt.CheckState.Checked
        )

    def start(self) -> None:
        path = self.path.text().strip()
        if not path or not Path(path).is_file():
            self.summary.setText(
                self.tr("There is no file {path}: choose it with Browse.").format(path=path or "…")
            )
            self.path.setFocus()
            return
        importer = self.services.get(StaffImportService)
        lists, partial = self.chosen_lists(), self.partial.isChecked()

        def work(progress, cancel):
            progress(0, 0)
            if cancel.is_set():  # before anything is written; the import itself is one transaction
                raise Cancelled()
            report = importer.import_file(path, list_names=lists, partial=partial)
            # The import is one transaction that cannot be stopped half-way: a Cancel pressed
            # while it ran is reported with what it did, never hidden.
            return report, cancel.is_set()

        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.services.runner.run(
            work,
            on_done=lambda result: self.show_report(*result),
            on_error=self.failed,
            on_cancelled=self.cancelled,
            label=self.tr("Importing {file}…").format(file=Path(path).name),
            parent=self,
        )

    def cancelled(self) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("The import was cancelled; nothing was saved."))

    def failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("The import failed; nothing was saved."))
        show_error(self, self.tr("The import failed"), exc)

    def show_report(self, report: StaffImportReport, cancelled_late: bool = False) -> None:
        self.report = report
        self.run_button.setEnabled(True)
        counts = report.counts()
        numbers = self.tr(
            "{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected."
        ).format(
            added=counts.get(RowOutcome.ADDED.value, 0),
            updated=counts.get(RowOutcome.UPDATED.value, 0),
            unchanged=counts.get(RowOutcome.UNCHANGED.value, 0),
            rejected=counts.get(RowOutcome.REJECTED.value, 0),
        )
        if not report.written:
            head = self.tr(
                "Nothing was saved: some rows are rejected (see why below). Fix the file and import it "
                "again, or tick the box to save the good rows."
            )
        elif report.rejected:
            head = self.tr("The good rows were saved; the rejected ones were left out.")
        else:
            head = self.tr("Saved.")
        extra = ""
        if report.confirmations:
            extra = " " + self.tr("{n} confirmation mails are in the outbox (double opt-in).").format(
                n=report.confirmations
            )
        if cancelled_late and report.written:
            extra += " " + self.tr("Cancel came too late: the import had already been saved.")
        self.summary.setText(f"{head} {numbers}{extra}")
        self.table.setRowCount(len(report.rows))
        for r, planned in enumerate(report.rows):
            cells = (str(planned.number), planned.email, planned.outcome.label, planned.notes)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if planned.outcome is RowOutcome.REJECTED:
                    item.setBackground(QBrush(REJECTED))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
