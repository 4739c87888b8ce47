"""Import wizard (file -> preview and column mapping -> report -> import with progress -> result)
and export of the current search or list, both off the GUI thread through ``services.runner``."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from commdesk.core.contacts.importing.guards import encoding_description
from commdesk.core.contacts.importing.mapping import TARGETS
from commdesk.core.contacts.records import field_label
from commdesk.ui.common.ask import ask, show_error

UNKNOWN = QColor("#fff4ce")
ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16", "cp1252")  # described by guards.encoding_description
EXTRA_TARGETS = ("phone:mobile", "phone:work", "phone:home", "phone:fax", "email:work", "email:home")


def target_label(target: str) -> str:
    from PySide6.QtCore import QCoreApplication

    special = {
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "email_label": QCoreApplication.translate("ImportWizard", "Label of the e-mail"),
        "phone_label": QCoreApplication.translate("ImportWizard", "Label of the phone"),
        "phone:mobile": QCoreApplication.translate("ImportWizard", "Phone (mobile)"),
        "phone:work": QCoreApplication.translate("ImportWizard", "Phone (work)"),
        "phone:home": QCoreApplication.translate("ImportWizard", "Phone (home)"),
        "phone:fax": QCoreApplication.translate("ImportWizard", "Fax"),
        "email:work": QCoreApplication.translate("ImportWizard", "E-mail (work)"),
        "email:home": QCoreApplication.translate("ImportWizard", "E-mail (home)"),
    }
    return special.get(target) or field_label(target)


def _delimiter_of(path: str, encoding: str) -> str:
    """The delimiter of a CSV file, for the preview (the service does not report it)."""
    from commdesk.core.contacts.importing.sources import sniff_delimiter

    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
        return sniff_delimiter(head.decode(encoding or "utf-8", errors="ignore"))
    except (OSError, LookupError):
        return ""


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "CSV (UTF-8, GB18030 …; comma, semicolon or tab), Excel .xlsx, or vCard (.vcf) from "
                "a phone, Outlook or Google Contacts."
            )
        )
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect automatically"), "")
        for code in ENCODINGS:
            self.encoding.addItem(encoding_description(code), code)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("Fi&le:"))
        file_label.setBuddy(self.path)  # the row is a layout: Alt+L goes to the path
        form.addRow(file_label, row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.error)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        key = (self.path.text().strip(), self.encoding.currentData(), ())
        if self.w.preview is not None and self.w.planned_for == key:
            return True
        self.error.clear()
        self.w.plan(key, on_ok=self.w.next, on_error=lambda exc: self.error.setText(str(exc)))
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.table.verticalHeader().setVisible(True)
        self.combos: dict[str, QComboBox] = {}
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        p = self.w.preview
        kind = {"csv": "CSV", "xlsx": "Excel (.xlsx)", "vcard": "vCard"}.get(p.file_kind, p.file_kind)
        parts = [self.tr("{file}: {kind}").format(file=p.file or Path(self.w.planned_for[0]).name, kind=kind)]
        if p.encoding:
            parts.append(self.tr("encoding {encoding}").format(encoding=p.encoding))
        if p.file_kind == "csv":
            delim = _delimiter_of(self.w.planned_for[0], p.encoding)
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": "|"}
            if delim:
                parts.append(self.tr("separated by {delimiter}").format(delimiter=names.get(delim, delim)))
        parts.append(self.tr("%n rows read", "", p.plan.rows_read))
        unknown = [h for h in p.headers if not p.mapping.get(h)]
        text = ", ".join(parts) + "."
        if unknown:
            text += " " + self.tr(
                "Columns not recognised (highlighted) are left out unless you choose a field: {columns}"
            ).format(columns=", ".join(unknown))
        self.info.setText(text)
        rows = p.sample_rows[:10]
        self.table.clear()
        self.table.setColumnCount(len(p.headers))
        self.table.setRowCount(len(rows) + 1)
        self.table.setHorizontalHeaderLabels(p.headers)
        self.table.setVerticalHeaderLabels([self.tr("Field")] + [str(r.number) for r in rows])
        self.combos = {}
        targets = list(TARGETS) + [t for t in EXTRA_TARGETS if t not in TARGETS]
        for col, header in enumerate(p.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), None)
            current = p.mapping.get(header)
            for t in targets + ([current] if current and current not in targets else []):
                combo.addItem(target_label(t), t)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.currentIndexChanged.connect(lambda _i, h=header: self._paint(h))
            self.table.setCellWidget(0, col, combo)
            self.combos[header] = combo
            for row, r in enumerate(rows, start=1):
                item = QTableWidgetItem(r.values.get(header, ""))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
            self._paint(header)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.error.clear()

    def _paint(self, header: str) -> None:
        col = self.w.preview.headers.index(header)
        unknown = self.combos[header].currentData() is None
        head = self.table.horizontalHeaderItem(col)
        if head is not None:
            head.setBackground(QBrush(UNKNOWN) if unknown else QBrush())
            head.setToolTip(self.tr("Not recognised: choose the field this column holds") if unknown else "")
        for row in range(1, self.table.rowCount()):
            item = self.table.item(row, col)
            if item is not None:
                item.setBackground(QBrush(UNKNOWN) if unknown else QBrush())

    def unknown_headers(self) -> list[str]:
        return [h for h, c in self.combos.items() if c.currentData() is None]

    def set_target(self, header: str, target: str | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(0, combo.findData(target)))

    def overrides(self) -> dict[str, str | None]:
        p = self.w.preview
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData() != p.mapping.get(h)}

    def nextId(self) -> int:
        """The review of changes to existing contacts only when the import changes some."""
        plan = self.w.preview.plan if self.w.preview else None
        return self.w.review_id if plan is not None and plan.update else self.w.report_id

    def validatePage(self) -> bool:
        changes = self.overrides()
        if not changes:
            return True
        path, enc, before = self.w.planned_for
        merged = dict(before)
        merged.update(changes)
        key = (path, enc, tuple(sorted(merged.items(), key=lambda kv: kv[0])))
        self.error.clear()
        self.w.plan(key, on_ok=self.w.next, on_error=lambda exc: self.error.setText(str(exc)))
        return False


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts.setFont(font)
        self.rejects = QTableWidget(0, 4)
        self.rejects.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Not imported on its own because")]
        )
        self.rejects.verticalHeader().hide()
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.all_or_nothing = QRadioButton(self.tr("&All or nothing: import only when no row is rejected"))
        self.valid_only = QRadioButton(
            self.tr("Import the &valid rows only (the rejected rows are left out)")
        )
        self.all_or_nothing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing)
        group.addButton(self.valid_only)
        self.all_or_nothing.toggled.connect(self.completeChanged)
        self.all_or_nothing.toggled.connect(self._note)
        self.list_name = QLineEdit()
        self.list_name.setPlaceholderText(self.tr("optional: put the imported contacts on this list"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        form = QFormLayout()
        form.addRow(self.tr("Li&st:"), self.list_name)
        layout.addLayout(form)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        plan = self.w.resolved_plan()
        c = plan.counts()
        rejected = c.rejected
        self.counts.setText(
            self.tr(
                "Of <b>{rows}</b> rows read: will create <b>{created}</b>, update <b>{updated}</b>, "
                "leave <b>{unchanged}</b> unchanged, merge <b>{merged}</b> into an earlier row of "
                "the file (the same person), reject <b>{rejected}</b>."
            ).format(
                rows=c.rows_read,
                created=c.created,
                updated=c.updated,
                unchanged=c.unchanged,
                merged=c.merged,
                rejected=rejected,
            )
        )
        if c.ignored_columns:
            self.counts.setText(
                self.counts.text()
                + " "
                + self.tr("Columns not imported (no contact field takes them): {columns}.").format(
                    columns=html.escape(", ".join(c.ignored_columns))
                )
            )
        lines = [(r.file, r.row, r.column, r.reason) for r in plan.rejected]
        lines += [
            (
                file,
                row,
                "",
                self.tr("the same person as row {first}: merged into row {first} of this file").format(
                    first=first
                ),
            )
            for file, row, first in plan.merged_rows()
        ]
        lines.sort(key=lambda x: (x[0], x[1]))
        self.rejects.setRowCount(len(lines))
        for row, values in enumerate(lines):
            for col, value in enumerate(values):
                text = str(value)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rejects.setItem(row, col, item)
        self.rejects.setVisible(bool(lines))
        self.rejects.resizeColumnsToContents()
        self.valid_only.setEnabled(bool(rejected))
        self._note()

    def _note(self, *args) -> None:
        plan = self.w.preview.plan if self.w.preview else None
        rejected = len(plan.rejected_rows) if plan else 0
        if rejected and self.all_or_nothing.isChecked():
            self.note.setText(
                self.tr(
                    "%n rows are rejected, so an all-or-nothing import writes nothing. Fix them in the "
                    "file and plan again (Back), or import the valid rows only.",
                    "",
                    rejected,
                )
            )
        elif plan is not None and not (plan.create or self.w.resolved_plan().update):
            self.note.setText(
                self.tr("Nothing to write: every contact in the file is already stored like this.")
            )
        else:
            self.note.clear()

    def isComplete(self) -> bool:
        plan = self.w.preview.plan if self.w.preview else None
        return plan is not None and not (plan.rejected_rows and self.all_or_nothing.isChecked())

    def validatePage(self) -> bool:
        if self.w.result_counts is not None:
            return True
        self.w.apply(
            skip_invalid=self.valid_only.isChecked(),
            list_name=self.list_name.text().strip() or None,
            on_ok=self.w.next,
            on_error=lambda exc: self.note.setText(str(exc)),
        )
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        r = self.w.result_counts
        self.text.setText(self.tr("Done: {summary}.").format(summary=r.summary()))


class ImportWizard(QWizard):
    """Nothing is written before the last step; the last step writes everything in one transaction."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        from commdesk.services.contacts.importing import ContactImportService

        self.services = services
        self.importer = services.get(ContactImportService)
        self.preview = None
        self.planned_for = None
        self.result_counts = None
        self.busy = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        from commdesk.ui.contacts.import_review import ReviewPage

        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.review_page = ReviewPage(self)
        self.report_page, self.result_page = ReportPage(self), ResultPage(self)
        self.review_id, self.report_id = 2, 3
        for n, page in enumerate(
            (self.file_page, self.mapping_page, self.review_page, self.report_page, self.result_page)
        ):
            self.setPage(n, page)
        self.resize(960, 600)

    def review_choices(self) -> dict:
        """The choices made on the review page (none when the import changes no existing contact)."""
        if self.preview is None or not self.preview.plan.update or not self.hasVisitedPage(self.review_id):
            return {}
        return self.review_page.choices()

    def resolved_plan(self):
        """The plan with the review's choices applied (what the import will write)."""
        from commdesk.core.contacts.importing.plan import resolve_choices

        choices = self.review_choices()
        return resolve_choices(self.preview.plan, choices) if choices else self.preview.plan

    def plan(self, key, on_ok, on_error) -> None:
        if self.busy:
            return
        path, encoding, overrides = key
        self.busy = True

        def done(preview) -> None:
            self.busy = False
            self.preview, self.planned_for, self.result_counts = preview, key, None
            on_ok()

        def failed(exc) -> None:
            self.busy = False
            on_error(exc)

        self.services.runner.run(
            lambda progress, cancel: self.importer.plan(
                path,
                encoding=encoding or None,
                mapping_overrides=dict(overrides),
                progress=lambda d, t: progress(d, t or 0),
                cancel=cancel.is_set,
            ),
            on_done=done,
            on_error=failed,
            on_cancelled=lambda: setattr(self, "busy", False),
            label=self.tr("Reading {file}…").format(file=Path(path).name),
            parent=self,
        )

    def apply(self, skip_invalid: bool, list_name, on_ok, on_error) -> None:
        if self.busy:
            return
        self.busy = True
        preview = self.preview
        choices = self.review_choices()

        def done(result) -> None:
            self.busy = False
            self.result_counts = result
            on_ok()

        def failed(exc) -> None:
            self.busy = False
            on_error(exc)

        def cancelled() -> None:
            self.busy = False
            self.report_page.note.setText(self.tr("The import was cancelled; nothing was changed."))

        self.services.runner.run(
            lambda progress, cancel: self.importer.apply(
                preview,
                skip_invalid=skip_invalid,
                list_name=list_name,
                choices=choices,
                progress=lambda d, t: progress(d, t or 0),
                cancel=cancel.is_set,
            ),
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            label=self.tr("Importing…"),
            parent=self,
        )


# ------------------------------------------------------------------------------------------ export
def export_formats():
    from PySide6.QtCore import QCoreApplication

    return [
        (QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx)"), "xlsx", "utf-8-sig"),
        (QCoreApplication.translate("ImportWizard", "CSV for Excel, UTF-8 (*.csv)"), "csv", "utf-8-sig"),
        (QCoreApplication.translate("ImportWizard", "CSV in GB18030 (*.csv)"), "csv", "gb18030"),
        (QCoreApplication.translate("ImportWizard", "vCard 4.0 (*.vcf)"), "vcf", "utf-8"),
        (QCoreApplication.translate("ImportWizard", "PDF media list (*.pdf)"), "pdf", "utf-8"),
    ]


def choose_export_file(parent: QWidget | None, fmt: str | None = None):
    """(path, format, encoding) or None. Tests replace this function."""
    from PySide6.QtCore import QCoreApplication

    formats = export_formats()
    if fmt:
        formats = [f for f in formats if f[1] == fmt] or formats
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Export contacts"),
        "",
        ";;".join(f[0] for f in formats),
    )
    if not path:
        return None
    _name, f, enc = next((x for x in formats if x[0] == chosen), formats[0])
    ext = {"xlsx": ".xlsx", "csv": ".csv", "vcf": ".vcf", "pdf": ".pdf"}[f]
    if not path.lower().endswith(ext):
        path += ext
    return path, f, enc


def export_interactively(
    parent, services, query, fmt: str | None = None, list_id=None, title: str = ""
) -> None:
    """Ask where, then export off the GUI thread; tell the user how many were written."""
    from PySide6.QtCore import QCoreApplication

    from commdesk.services.contacts.export import ContactExportService

    chosen = choose_export_file(parent, fmt)
    if chosen is None:
        return
    path, f, encoding = chosen
    exporter = services.get(ContactExportService)

    def done(n: int) -> None:
        note = QCoreApplication.translate("ImportWizard", "{n} contacts written to {file}.").format(
            n=n, file=path
        )
        if list_id is not None:
            note += " " + QCoreApplication.translate(
                "ImportWizard", "Contacts who asked not to be contacted are left out of a list's export."
            )
        if hasattr(parent, "status_message"):
            parent.status_message.emit(note)
        ask(parent, "info", QCoreApplication.translate("ImportWizard", "Export"), note)

    services.runner.run(
        lambda progress, cancel: exporter.export(
            path, f, q=query, list_id=list_id, encoding=encoding, title=title
        ),
        on_done=done,
        on_error=lambda exc: show_error(
            parent, QCoreApplication.translate("ImportWizard", "The export failed"), exc
        ),
        label=QCoreApplication.translate("ImportWizard", "Exporting…"),
        parent=parent,
    )
