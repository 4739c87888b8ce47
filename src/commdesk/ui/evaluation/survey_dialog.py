"""Importing a staff survey from the window (EV-1): a survey tool's CSV (UTF-8 or GB18030) or .xlsx
export, its title, the period it asked about and whether it was anonymous; then the file's columns,
each read as a question (its text may be changed, or the column left out) or, when identifying,
never stored; the rows it holds and the lines that cannot be read; then the import, all or nothing.

The file is read with the service's own reading (``EvaluationVoicesService.read_survey_file``: the
mapping kept for the tool applies itself), off the GUI thread, again after every change of the
mapping, the tool or the anonymity, so what the preview says is what the import will do. The
columns the user remapped are the ``--map`` of ``commdesk evaluation survey-import``; they are kept
for the tool, so its next export maps itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import Cancelled
from commdesk.core.evaluation.catalogue import parse_period
from commdesk.core.evaluation.surveys import SKIP, SurveyFile, identifying
from commdesk.services.evaluation.voices import EvaluationVoicesService, SurveyImport
from commdesk.ui.common.ask import show_error

#: the columns of the columns table
COLUMN, SAMPLE, READ_AS, BECOMES = range(4)
NOT_STORED = QColor("#eeeeee")


def in_chinese() -> bool:
    from commdesk import translations

    return translations.current.get("lang") == "zh_CN"


def listed(items) -> str:
    """Names in a sentence: 、 between them in Chinese, a comma in English."""
    return ("、" if in_chinese() else ", ").join(items)


def sentences(parts) -> str:
    """Sentences one after the other: a Chinese sentence ends in 。 and needs no space after it."""
    return ("" if in_chinese() else " ").join(p for p in parts if p)


def choose_survey_file(parent: QWidget, title: str, start: str) -> str:
    """The open-file dialog (tests set the path field instead); "" when nothing was chosen."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        start,
        QCoreApplication.translate("Evaluation", "Survey exports (*.csv *.xlsx *.xlsm);;All files (*)"),
    )
    return path


class SurveyImportDialog(QDialog):
    def __init__(self, services, period_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.voices = services.get(EvaluationVoicesService)
        self.refusal = self.voices.may_record()
        self.read: SurveyFile | None = None  # the last reading of the file, as the import would do it
        self.done_import: SurveyImport | None = None
        self.edits: dict[str, str] = {}  # column -> question text, or SKIP: the user's mapping
        self._reading = 0  # each reading gets the next number; an older one's answer is dropped
        self._busy = False
        self._file: str | None = None  # the file the columns were read from
        self._asked: tuple | None = None  # what the last reading was asked with
        self._running: set = set()  # the readings and the import under way
        self._closing = False  # asked to close while work was under way
        self.setWindowTitle(self.tr("Import a survey"))

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A survey tool's export: CSV (UTF-8 or GB18030) or .xlsx"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Internal communication survey 2026 H2"))
        self.period = QLineEdit(period_code)
        self.period.setPlaceholderText(self.tr("2026H2, 2026Q4 or 2026-11"))
        self.period.setToolTip(
            self.tr("The survey is counted in the periods that hold the last day of this one.")
        )
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(
            self.tr("e.g. 问卷星 or Microsoft Forms; its column mapping is kept for its next export")
        )
        self.anonymous = QCheckBox(
            self.tr("A&nonymous: keep no name, e-mail, phone, IP, ID, answering time or place of anyone")
        )
        self.anonymous.setChecked(True)  # EV-1 asks for anonymous staff surveys

        form = QFormLayout()
        for text, widget, field in (
            (self.tr("&File:"), self.path, file_row),
            (self.tr("&Title:"), self.title, self.title),
            (self.tr("P&eriod asked about:"), self.period, self.period),
            (self.tr("Survey t&ool:"), self.kind, self.kind),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field)
        form.addRow("", self.anonymous)

        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("First answer"),
                self.tr("Read as question"),
                self.tr("What is stored"),
            ]
        )
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.columns.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.columns.setTabKeyNavigation(False)
        self.columns.verticalHeader().hide()
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(READ_AS, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(COLUMN, 200)
        self.columns.setColumnWidth(SAMPLE, 140)
        self.columns.setColumnWidth(BECOMES, 230)
        self.columns.setToolTip(
            self.tr(
                "Tick a column to import it as a question, untick it to leave it out; F2 changes the "
                "question's text. Identifying columns are never read as questions."
            )
        )
        columns_label = QLabel(self.tr("&Columns and the questions they become:"))
        columns_label.setBuddy(self.columns)

        self.summary = QLabel(
            self.tr("Choose the file: its columns are shown here before anything is imported.")
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.problems_label = QLabel(
            self.tr("&Rows that cannot be read (nothing is imported until they are fixed):")
        )
        self.problems_label.setBuddy(self.problems)
        self.problems_label.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setText(self.refusal)
        self.error.setVisible(bool(self.refusal))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(columns_label)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(920, 640)

        self.path.editingFinished.connect(self._file_chosen)
        self.kind.editingFinished.connect(self.reread)
        self.anonymous.toggled.connect(lambda _on: self.reread())
        self.columns.itemChanged.connect(self._column_changed)

    # ------------------------------------------------------------------ the file
    def browse(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        chosen = choose_survey_file(self, self.tr("Import a survey"), start)
        if chosen:
            self.path.setText(chosen)
            self._file_chosen()

    def _file_chosen(self) -> None:
        path = self.path.text().strip()
        if path == self._file:
            return
        self._file = path
        self.edits = {}  # another file: its own columns
        if path and not self.title.text().strip():
            self.title.setText(Path(path).stem)
        self.reread()

    def mapping(self) -> dict[str, str]:
        return dict(self.edits)

    def reread(self) -> None:
        """Read the file again as the import would (off the GUI thread); the answer fills the preview."""
        path = self.path.text().strip()
        asked = (path, self.anonymous.isChecked(), self.mapping(), self.kind.text().strip())
        if asked == self._asked and self.read is not None:
            return  # e.g. the tool's field left unchanged: the reading shown is this one
        self._asked = asked
        self._reading += 1
        mine = self._reading
        self.read = None
        self._follow()
        if not path:
            return
        if not Path(path).is_file():
            self._say_problem(self.tr("There is no file {path}: choose it with Browse.").format(path=path))
            return
        voices, anonymous, mapping, kind = (
            self.voices,
            self.anonymous.isChecked(),
            self.mapping(),
            self.kind.text(),
        )

        def work(_progress, cancel):
            result, _used = voices.read_survey_file(path, anonymous, mapping, kind)
            if cancel.is_set():
                raise Cancelled()
            return result

        def done(result: SurveyFile) -> None:
            if mine == self._reading:
                self.show_reading(result)

        def failed(exc: BaseException) -> None:
            if mine == self._reading:
                self._say_problem(str(exc))

        self.summary.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self._run(
            work,
            self.tr("Reading {name}…").format(name=Path(path).name),
            done,
            failed,
            lambda: self._say_problem(self.tr("Reading the file was cancelled.")),
            needed_when_closing=False,
        )

    def _say_problem(self, text: str) -> None:
        self.read = None
        self.columns.setRowCount(0)
        self.problems.clear()
        self.problems.hide()
        self.problems_label.hide()
        self.summary.setText(text)
        self._follow()

    # ------------------------------------------------------------------ the preview
    def show_reading(self, read: SurveyFile) -> None:
        self.read = read
        self._fill_columns(read)
        self.problems.clear()
        for row in read.errors:
            self.problems.addItem(row.message)
        self.problems.setVisible(bool(read.errors))
        self.problems_label.setVisible(bool(read.errors))
        self.summary.setText(self._summary(read))
        self._follow()

    def _fill_columns(self, read: SurveyFile) -> None:
        questions = {q.header: q for q in read.questions}
        anonymous = self.anonymous.isChecked()
        self.columns.blockSignals(True)
        try:
            self.columns.setRowCount(0)
            shown = [(i, h) for i, h in enumerate(read.header) if h]
            self.columns.setRowCount(len(shown))
            for r, (i, h) in enumerate(shown):
                sample = read.samples[i] if i < len(read.samples) else ""
                name = QTableWidgetItem(h)
                first = QTableWidgetItem(sample)
                read_as = QTableWidgetItem()
                becomes = QTableWidgetItem()
                for item in (name, first, becomes):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if identifying(h) is not None:
                    kept = not anonymous and h not in read.dropped
                    becomes.setText(
                        self.tr("Kept with the response (named survey)")
                        if kept
                        else self.tr("Not stored: it says who answered")
                    )
                    read_as.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    first.setText("")
                    for item in (name, first, read_as, becomes):
                        item.setBackground(QBrush(NOT_STORED))
                elif h in questions:
                    q = questions[h]
                    read_as.setText(q.text)
                    read_as.setCheckState(Qt.CheckState.Checked)
                    becomes.setText(
                        self.tr("Question, scale 1-{top}").format(top=q.scale_max)
                        if q.kind == "scale"
                        else self.tr("Question, text answers")
                    )
                else:
                    read_as.setText(h if self.edits.get(h, SKIP) == SKIP else self.edits[h])
                    read_as.setCheckState(Qt.CheckState.Unchecked)
                    becomes.setText(self.tr("Left out"))
                read_as.setData(Qt.ItemDataRole.UserRole, h)
                for c, item in enumerate((name, first, read_as, becomes)):
                    self.columns.setItem(r, c, item)
        finally:
            self.columns.blockSignals(False)

    def _column_changed(self, item: QTableWidgetItem) -> None:
        """A ticked, unticked or renamed column: remember it, and read the file again with it."""
        h = item.data(Qt.ItemDataRole.UserRole)
        if item.column() != READ_AS or not h:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.edits[h] = item.text().strip() or h
        else:
            self.edits[h] = SKIP
        self.reread()

    def _summary(self, read: SurveyFile) -> str:
        if read.problem:
            return read.problem
        blank = sum(1 for r in read.rows if r.outcome == "blank")
        parts = [
            self.tr(
                "{name} ({encoding}): {responses} responses to {questions} questions; {blank} blank rows skipped."
            ).format(
                name=Path(self.path.text().strip()).name,
                encoding=read.encoding,
                responses=len(read.responses),
                questions=len(read.questions),
                blank=blank,
            )
        ]
        if read.dropped:
            parts.append(
                (
                    self.tr("Anonymous: these columns are not stored: {columns}.")
                    if self.anonymous.isChecked()
                    else self.tr("Not stored (only the name and e-mail are kept): {columns}.")
                ).format(columns=listed(read.dropped))
            )
        if read.skipped:
            parts.append(self.tr("Left out: {columns}.").format(columns=listed(read.skipped)))
        if read.skipped_answers:
            parts.append(
                self.tr(
                    "%n question(s) skipped by the respondent: read as no answer.", None, read.skipped_answers
                )
            )
        if read.errors:
            parts.append(
                self.tr("{count} rows cannot be read: nothing is imported until they are fixed.").format(
                    count=len(read.errors)
                )
            )
        return sentences(parts)

    def _follow(self) -> None:
        ready = self.read is not None and not self.read.problem and not self.read.errors
        self.import_button.setEnabled(ready and not self.refusal and not self._busy)

    # ------------------------------------------------------------------ the import
    def start_import(self) -> None:
        """Import every response or none, off the GUI thread; the title and period are checked first."""
        if self.read is None or not self.import_button.isEnabled():
            return
        title, period = self.title.text().strip(), self.period.text().strip()
        if not title:
            self._refuse(self.tr("Give the survey a title."), self.title)
            return
        try:
            parse_period(period)
        except Exception as exc:  # noqa: BLE001 - a refused period is said in the dialog, in words
            self._refuse(str(exc), self.period)
            return
        self.error.hide()
        voices, path = self.voices, self.path.text().strip()
        anonymous, mapping, kind = self.anonymous.isChecked(), self.mapping(), self.kind.text()

        def work(progress, cancel):
            progress(0, 0)
            if cancel.is_set():  # before anything is written; the import itself is one transaction
                raise Cancelled()
            return voices.import_survey(path, title, period, anonymous, mapping, kind)

        self._busy = True
        self._follow()
        self._run(
            work,
            self.tr("Importing {name}…").format(name=Path(path).name),
            self._imported,
            self._import_failed,
            self._import_cancelled,
            needed_when_closing=True,
        )

    # ------------------------------------------------------------------ work under way and closing
    def _run(self, work, label: str, on_done, on_error, on_cancelled, needed_when_closing: bool) -> None:
        """Run ``work`` off the GUI thread (progress and Cancel on this dialog). Closed while it runs,
        the dialog asks it to stop and closes once it has ended, never under the work's feet; an
        import's outcome is still shown (a Cancel does not stop an import under way)."""
        task = None

        def then(callback):
            def call(*args) -> None:
                self._running.discard(task)
                if needed_when_closing or not self._closing:
                    callback(*args)
                if self._closing and not self._running and self.isVisible():
                    QDialog.reject(self)

            return call

        task = self.services.runner.run(
            work,
            on_done=then(on_done),
            on_error=then(on_error),
            on_cancelled=then(on_cancelled),
            label=label,
            parent=self,
        )
        self._running.add(task)

    def reject(self) -> None:
        """Esc, Close or the window's button: at once, or once the work under way has ended."""
        if self._running:
            self._closing = True
            for task in self._running:
                task.cancel.set()
            return
        super().reject()

    def _refuse(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _imported(self, done: SurveyImport) -> None:
        self._busy = False
        self.done_import = done
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._follow()
        self.error.setText(self.tr("Nothing was imported: {error}").format(error=exc))
        self.error.show()
        show_error(self, self.tr("The survey was not imported"), exc)

    def _import_cancelled(self) -> None:
        self._busy = False
        self._follow()
        self.error.setText(self.tr("The import was cancelled; nothing was imported."))
        self.error.show()


def imported_words(done: SurveyImport) -> str:
    """What the pane says after an import."""
    text = QCoreApplication.translate(
        "Evaluation",
        "Survey “{title}” ({period}) imported: {responses} responses to {questions} questions.",
    ).format(title=done.title, period=done.period, responses=done.responses, questions=done.questions)
    if done.dropped:
        return sentences(
            [
                text,
                (
                    QCoreApplication.translate(
                        "Evaluation", "Not stored, as the survey is anonymous: {columns}."
                    )
                    if done.anonymous
                    else QCoreApplication.translate(
                        "Evaluation", "Not stored (only the name and e-mail are kept): {columns}."
                    )
                ).format(columns=listed(done.dropped)),
            ]
        )
    return text
