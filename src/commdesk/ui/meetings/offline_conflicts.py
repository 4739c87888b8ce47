"""Working offline in the window: the banner's words, and the offline changes that wait for a decision.

A change written offline that met a newer version on the server (someone changed the same minutes
meanwhile), or that the server refused, stays in the journal. ``OfflineChangesDialog`` lists them;
each is compared side by side (the one conflict question, ``resolve_conflict``: your version and
the stored one) and then kept (saved again on top of the stored version) or dropped (the audit log
notes it). The sending runs off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError
from commdesk.persistence.offline import WAITING_STATES, JournalEntry
from commdesk.services.context import ServiceContext
from commdesk.services.offline import conflict_error, describe, journal_entries, resolve
from commdesk.services.offline_journal import MINUTES
from commdesk.ui.common.ask import confirm, show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.unsaved import AsksBeforeDiscarding


def offline_banner_text(ctx: ServiceContext, server: str, reason: str = "") -> str:
    """What the window says while it works offline: since when, what can be done, the rest."""
    since = ctx.offline_since
    when = since.strftime("%Y-%m-%d %H:%M UTC") if since is not None else "?"
    text = QCoreApplication.translate(
        "Offline",
        "Working offline: the server {db} cannot be reached. You see your meetings as of {when}. You can "
        "take minutes (live mode) and plan a meeting; they are kept on this computer and sent when the "
        "server is back. Everything else is read-only until then.",
    ).format(db=server, when=when)
    if reason:
        text += " " + QCoreApplication.translate("Offline", "(Why: {reason})").format(reason=reason)
    return text


def back_banner_text() -> str:
    return QCoreApplication.translate(
        "Offline",
        "The server answers again. Reconnect to send what you wrote offline and to work on the server; "
        "open minutes are saved first.",
    )


def away_banner_text(when: str) -> str:
    return QCoreApplication.translate(
        "Offline",
        "You can work offline on this computer's copy of your meetings (taken {when}): take minutes and "
        "plan a meeting now, they are sent when the server is back.",
    ).format(when=when)


def waiting_banner_text(n: int) -> str:
    return QCoreApplication.translate(
        "Offline",
        "%n change(s) written offline wait for your decision: the same record was changed on the server "
        "meanwhile, or the server refused it.",
        "",
        n,
    )


class OfflineChangesDialog(QDialog):
    """The offline changes that wait: compare each side by side, keep mine or keep theirs."""

    def __init__(self, ctx: ServiceContext, path: Path, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.path, self.runner = ctx, path, runner
        self.entries: list[JournalEntry] = []
        self.setWindowTitle(self.tr("Offline changes waiting for a decision"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These changes were written offline and could not simply be saved: compare each with the "
                "stored version, then keep yours (saved on top of it) or keep the stored one (yours is "
                "dropped; the audit log notes it)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Written offline"), self.tr("Why it waits")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.compare_button = QPushButton(self.tr("&Compare and decide…"))
        self.compare_button.setDefault(True)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = QPushButton(self.tr("&Merge the notes by hand…"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(self.decide_selected)
        layout.addWidget(buttons)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        self.entries = journal_entries(self.path, WAITING_STATES)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            for col, text in enumerate((describe(e), e.written_at.strftime("%Y-%m-%d %H:%M UTC"), e.message)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        if self.entries:
            self.table.selectRow(0)
        self.compare_button.setEnabled(bool(self.entries))
        self._selection_changed()

    def _selected(self) -> JournalEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        # notes are text two people wrote: they can be merged by hand (the rest is kept or dropped)
        self.merge_button.setEnabled(
            entry is not None
            and entry.op == MINUTES
            and entry.state == "conflict"
            and entry.theirs is not None
        )

    def merge_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.op != MINUTES or entry.theirs is None:
            return
        shown = conflict_error(entry)
        dlg = NotesMergeDialog(shown.mine.notes, shown.theirs.notes, self)
        if not dlg.exec():
            return
        merged = replace(shown.mine, notes=dlg.merged())
        self._send(entry, "merged", merged)

    def _send(self, entry: JournalEntry, choice: str, merged=None) -> None:
        self.compare_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        ctx, path = self.ctx, self.path

        def work(progress, cancel):
            return resolve(ctx, path, entry.id, choice, merged)

        self.runner.run(work, on_done=self._decided, on_error=self._failed)

    def decide_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if entry.state == "refused":  # nothing to compare: the server said no
            drop = confirm(
                self,
                self.tr("Drop this offline change?"),
                self.tr("The server refused {what}: {why}. Drop it? (The audit log notes it.)").format(
                    what=describe(entry), why=entry.message
                ),
            )
            choice = "theirs" if drop else "cancel"
        else:
            choice = resolve_conflict(self, conflict_error(entry))
        if choice not in ("mine", "theirs"):
            return
        self._send(entry, choice)

    def _decided(self, state: str) -> None:
        words = {
            "done": self.tr("Yours was saved on the server."),
            "dropped": self.tr("Yours was dropped; the stored version stays."),
            "conflict": self.tr("The record changed again meanwhile; compare once more."),
            "refused": self.tr("The server refused it; see why in the list."),
        }
        self.status.setText(words.get(state, state))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        show_error(
            self,
            self.tr("The decision could not be sent"),
            exc if isinstance(exc, CommdeskError) else CommdeskError(str(exc)),
        )
        self.reload()


class NotesMergeDialog(AsksBeforeDiscarding, QDialog):
    """The notes of both versions side by side, and the merged notes to keep (typed by hand,
    starting from the stored version's with mine below it)."""

    def __init__(self, mine: str, theirs: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge the notes"))
        layout = QVBoxLayout(self)
        sides = QHBoxLayout()
        for title, text in (
            (self.tr("Your notes (written offline)"), mine),
            (self.tr("Stored notes"), theirs),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            column.addWidget(view)
            sides.addLayout(column)
        layout.addLayout(sides)
        label = QLabel(self.tr("&Merged notes (these are saved, with the rest of your minutes):"))
        layout.addWidget(label)
        self.editor = QPlainTextEdit(theirs + ("\n" if theirs and mine else "") + mine)
        label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.editor.setFocus()
        self.mark_unchanged()

    def merged(self) -> str:
        return self.editor.toPlainText()

    def edit_state(self):
        return self.editor.toPlainText()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the merge?"), self.tr("Close without keeping the merged notes?")
