"""Exporting a document to PDF from the GUI: render off the GUI thread, preview, save, open.

    export_pdf_interactively(self, self.services, self.tr("Audit log"), "audit-log.pdf",
                             lambda: audit_document(self.services.ctx, entries))

``build`` runs in the worker too (it may query the database); rendering reports progress and the
progress dialog's Cancel stops it between flowables. Nothing is written until the user chose a
file; the file is written atomically (a temporary file moved over the target).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from commdesk.ui.common import ask as ask_mod
from commdesk.ui.common.ask import ask, show_error

#: "Open" and "Show in folder" in the question after saving (tests answer with these).
OPEN = QMessageBox.StandardButton.Open
SHOW_IN_FOLDER = QMessageBox.StandardButton.Apply
CLOSE = QMessageBox.StandardButton.Close


def choose_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """The file dialog (tests monkeypatch this). None: the user cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("Export", "PDF documents (*.pdf)")
    )
    return Path(name) if name else None


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the system (tests monkeypatch this)."""
    return QDesktopServices.openUrl(url)


def show_in_folder(path: Path) -> None:
    """Reveal ``path`` in the file manager (selected where the platform can)."""
    if sys.platform == "win32":
        QProcess.startDetached("explorer", ["/select,", str(path)])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        open_url(QUrl.fromLocalFile(str(path.parent)))


def default_folder(services) -> Path:
    saved = services.prefs.value("export/folder")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def write_atomically(path: Path, data: bytes) -> None:
    from commdesk.core.files import write_atomically as write

    write(path, data)


def export_pdf_interactively(
    parent: QWidget, services, title: str, default_name: str, build: Callable[[], tuple]
) -> None:
    from commdesk.core.documents.rendering import render_bytes
    from commdesk.core.errors import Cancelled

    def work(progress, cancel):
        document, blocks = build()
        if cancel.is_set():
            raise Cancelled(QCoreApplication.translate("Export", "The export was cancelled."))
        return render_bytes(document, blocks, progress=progress, cancel=cancel)

    def done(data: bytes) -> None:
        preview(parent, services, title, default_name, data)

    label = QCoreApplication.translate("Export", "Preparing the PDF “{title}”…").format(title=title)
    services.runner.run(
        work, on_done=done, on_error=lambda exc: show_error(parent, title, exc), label=label, parent=parent
    )


def preview(parent: QWidget, services, title: str, default_name: str, data: bytes):
    """Show the preview (not blocking); Save… asks for the file and writes it."""
    from commdesk.ui.common.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(data, title, parent)
    dialog.accepted.connect(lambda: save(parent, services, title, default_name, data))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def save(parent: QWidget, services, title: str, default_name: str, data: bytes) -> Path | None:
    caption = QCoreApplication.translate("Export", "Save “{title}” as PDF").format(title=title)
    path = choose_save_path(parent, caption, default_folder(services) / default_name)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not path.parent.is_dir():
        ask(
            parent,
            "error",
            title,
            QCoreApplication.translate(
                "Export", "The folder {folder} does not exist; choose another one."
            ).format(folder=path.parent),
        )
        return None
    try:
        write_atomically(path, data)
    except OSError as exc:
        ask(
            parent,
            "error",
            title,
            QCoreApplication.translate(
                "Export",
                "The PDF could not be saved as {path} ({error}). Choose another folder, or close "
                "the file if another program has it open.",
            ).format(path=path, error=exc.strerror or exc),
        )
        return None
    services.prefs.set("export/folder", str(path.parent))
    choice = _offer_open(parent, title, path)
    if choice == OPEN:
        open_url(QUrl.fromLocalFile(str(path)))
    elif choice == SHOW_IN_FOLDER:
        show_in_folder(path)
    return path


def _offer_open(parent: QWidget | None, title: str, path: Path):
    text = QCoreApplication.translate("Export", "Saved {name} in {folder}.").format(
        name=path.name, folder=path.parent
    )
    buttons = OPEN | SHOW_IN_FOLDER | CLOSE
    if ask_mod.answerer is not None:  # tests answer like every other question
        return ask(parent, "info", title, text, buttons)
    # ask() has no custom button labels: the same box, with "Show in folder" on the Apply button
    box = QMessageBox(QMessageBox.Icon.Information, title, text, buttons, parent)
    box.button(SHOW_IN_FOLDER).setText(QCoreApplication.translate("Export", "Show in &folder"))
    box.setDefaultButton(CLOSE)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else CLOSE
