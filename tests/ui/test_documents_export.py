"""Exporting a PDF from the GUI: off the GUI thread, preview with page count, save, open, cancel."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from commdesk.core.documents.spec import Document, Table
from commdesk.ui.common import export
from commdesk.ui.common.pdf_preview import PdfPreviewDialog


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The file dialog answers ``chosen.path``; opened URLs are recorded."""

    class Chosen:
        def __init__(self):
            self.path = tmp_path / "exported.pdf"
            self.asked: list = []
            self.opened: list = []

    chosen = Chosen()

    def choose(parent, title, suggested):
        chosen.asked.append((title, suggested))
        return chosen.path

    monkeypatch.setattr(export, "choose_save_path", choose)
    monkeypatch.setattr(export, "open_url", lambda url: chosen.opened.append(url.toLocalFile()) or True)
    return chosen


def _preview(qtbot, parent) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: parent.findChild(PdfPreviewDialog) is not None, timeout=60000)
    return parent.findChild(PdfPreviewDialog)


def test_audit_pane_exports_its_pdf_end_to_end(qtbot, app_services, answer, dialogs, tmp_path):
    from commdesk.ui.admin.audit_pane import AuditPane

    pane = AuditPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    assert pane.model.entries, "the people fixture writes audit entries"
    answer.reply = export.OPEN
    pane.export_pdf()
    preview = _preview(qtbot, pane)
    assert preview.page_count >= 1
    assert f"{preview.page_count} page" in preview.info.text()
    assert not dialogs.path.exists()  # nothing is written before Save…
    preview.save_button.click()
    assert dialogs.path.is_file()
    assert dialogs.asked[0][1].name == "audit-log.pdf"
    reader = PdfReader(dialogs.path)
    assert reader.metadata.title == "Audit log" and len(reader.pages) == preview.page_count
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(dialogs.path), "-"], capture_output=True, check=True
        ).stdout.decode()
        assert "Old → New" in text and app_services.person().name in text
    assert answer.asked[-1][0] == "info" and "exported.pdf" in answer.asked[-1][2]
    assert dialogs.opened == [str(dialogs.path)]
    assert app_services.prefs.value("export/folder") == str(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == ["exported.pdf"]


def test_people_dialog_exports_and_cancel_in_preview_writes_nothing(qtbot, app_services, answer, dialogs):
    from commdesk.ui.admin.people_dialog import PeopleDialog

    dialog = PeopleDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.pdf_button.click()
    preview = _preview(qtbot, dialog)
    assert preview.page_count == 1
    preview.cancel_button.click()
    assert not dialogs.path.exists() and dialogs.asked == [] and answer.asked == []


def test_cancel_during_render_leaves_no_file_and_no_preview(
    qtbot, qapp, app_services, answer, dialogs, tmp_path
):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    rows = [[str(i), "新闻稿 press release " * 4, "x"] for i in range(4000)]
    export.export_pdf_interactively(
        parent,
        app_services,
        "Big",
        "big.pdf",
        lambda: (Document(title="Big"), [Table(["a", "b", "c"], rows)]),
    )
    progress = parent.findChild(QProgressDialog)
    assert progress is not None
    progress.canceled.emit()
    assert app_services.runner.wait(60000)
    qapp.processEvents()
    assert parent.findChild(PdfPreviewDialog) is None
    assert answer.asked == [] and dialogs.asked == []
    assert not any(p.suffix in (".pdf", ".part") for p in tmp_path.iterdir())


def test_save_into_a_missing_folder_says_so(qtbot, app_services, answer, dialogs, tmp_path):
    dialogs.path = tmp_path / "gone" / "x.pdf"
    answer.reply = QMessageBox.StandardButton.Ok
    assert export.save(None, app_services, "T", "x.pdf", b"%PDF-1.4") is None
    assert answer.asked[0][0] == "error" and "does not exist" in answer.asked[0][2]


def test_show_in_folder_and_pdf_suffix(qtbot, app_services, answer, dialogs, tmp_path, monkeypatch):
    dialogs.path = tmp_path / "report"
    shown = []
    monkeypatch.setattr(export, "show_in_folder", shown.append)
    answer.reply = export.SHOW_IN_FOLDER
    path = export.save(None, app_services, "T", "report.pdf", b"%PDF-1.4 data")
    assert path == tmp_path / "report.pdf" and path.read_bytes() == b"%PDF-1.4 data"
    assert shown == [path] and dialogs.opened == []
