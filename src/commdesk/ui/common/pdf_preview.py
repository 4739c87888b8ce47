"""A PDF shown inside the app before it is saved: QtPdf's viewer, page count, Save… / Cancel.

QtPdf ships as its own wheel (``PySide6-Pdf``) in newer PySide6 releases and inside
``PySide6-Addons`` in older ones; without it the dialog says so and still offers Save….
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from commdesk.ui.common.screen import fitting_size

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed PySide6 wheels
    QPdfDocument = QPdfView = None

_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def count_pages(data: bytes) -> int:
    """Pages of a PDF written by reportlab (plain page objects, no object streams)."""
    return len(_PAGE.findall(data))


class PdfPreviewDialog(QDialog):
    """Shows ``data``; accepted (Save…) or rejected (Cancel). Open it with ``open()``."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.data = data
        self.page_count = count_pages(data)
        self.info = QLabel(self)
        self.view = None
        self.document = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        if QPdfDocument is not None:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.pageCountChanged.connect(self._count_changed)
            self.document.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            layout.addWidget(self.view, 1)
            if self.document.pageCount() > 0:
                self.page_count = self.document.pageCount()
        else:
            message = QLabel(
                self.tr(
                    "A preview is not available in this installation. Save the PDF and "
                    "open it in your PDF viewer."
                ),
                self,
            )
            message.setWordWrap(True)
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(message, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_count()
        self.resize(fitting_size(self, 760, 900))

    def _count_changed(self, count: int) -> None:
        if count > 0:
            self.page_count = count
            self._show_count()

    def _show_count(self) -> None:
        self.info.setText(self.tr("%n page(s)", "", self.page_count))
