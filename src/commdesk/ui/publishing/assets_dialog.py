"""The asset library: files kept by fingerprint with tags, usage rights and expiry; add a file (a
file added twice is found, not copied again), change its tags and rights, open its folder, and in
pick mode choose files for a post."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from commdesk.core.errors import CommdeskError
from commdesk.services.publishing.assets import Asset, AssetService
from commdesk.ui.common.ask import ask, show_error


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


class AssetLibraryDialog(QDialog):
    def __init__(self, services, parent=None, *, pick: bool = False):
        super().__init__(parent)
        self.services = services
        self.svc = services.get(AssetService)
        self.pick = pick
        self.picked: list[int] = []
        self.assets: list[Asset] = []
        self.setWindowTitle(self.tr("Choose files for the post") if pick else self.tr("Asset library"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or tag"))
        self.search.textChanged.connect(self.refresh)
        top = QHBoxLayout()
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.search)
        top.addWidget(find)
        top.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.clicked.connect(self.add_file)
        self.folder_button = QPushButton(self.tr("Open f&older"))
        self.folder_button.clicked.connect(self.open_folder)
        top.addWidget(self.add_button)
        top.addWidget(self.folder_button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Tags"),
                self.tr("Usage rights"),
                self.tr("Rights end"),
                self.tr("Used"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if pick
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.table.setTabKeyNavigation(False)

        form = QFormLayout()
        self.tags = QLineEdit()
        self.rights = QLineEdit()
        self.has_expiry = QCheckBox(self.tr("Rights &end on"))
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        for text, widget in ((self.tr("&Tags:"), self.tags), (self.tr("Usage &rights:"), self.rights)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.has_expiry, self.expiry)
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.clicked.connect(self.save_details)
        form.addRow("", self.save_button)

        buttons = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            if pick
            else QDialogButtonBox.StandardButton.Close
        )
        self.box = QDialogButtonBox(buttons)
        self.box.accepted.connect(self.accept_pick)
        self.box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.resize(860, 560)
        self.refresh()
        self.show_selected()
        self.refresh_permissions()

    def refresh_permissions(self) -> None:
        why = self.svc.may_write()
        for b in (self.add_button, self.save_button):
            b.setEnabled(not why)
            b.setToolTip(why)

    def refresh(self) -> None:
        self.assets = self.svc.list(self.search.text())
        self.table.setRowCount(len(self.assets))
        for row, a in enumerate(self.assets):
            cells = [
                f"{a.file_name}  ({_size(a.size)})",
                ", ".join(a.tags),
                a.rights or self.tr("(not recorded)"),
                a.expires_on.isoformat() if a.expires_on else "",
                str(a.uses),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(a.sha256 if col == 0 else text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)

    def selected(self) -> list[Asset]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.assets[r] for r in rows if r < len(self.assets)]

    def show_selected(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.tags.setText(", ".join(one.tags) if one else "")
        self.rights.setText(one.rights if one else "")
        self.has_expiry.setChecked(bool(one and one.expires_on))
        self.expiry.setEnabled(bool(one and one.expires_on))
        if one and one.expires_on:
            self.expiry.setDate(QDate(one.expires_on.year, one.expires_on.month, one.expires_on.day))
        for w in (self.tags, self.rights, self.has_expiry):
            w.setEnabled(one is not None)
        self.save_button.setEnabled(one is not None and not self.svc.may_write())

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a file to the asset library"),
            "",
            self.tr("Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;All files (*)"),
        )
        if path:
            self.add_path(path)

    def add_path(self, path: str) -> None:
        try:
            added = self.svc.add(path)
        except CommdeskError as exc:
            show_error(self, self.tr("The file cannot be added"), exc)
            return
        if added.duplicate:
            ask(
                self,
                "info",
                self.tr("Already in the library"),
                self.tr("This file is in the library already as %1; it was not copied again.").replace(
                    "%1", added.asset.file_name
                ),
            )
        self.search.clear()
        self.refresh()
        for row, a in enumerate(self.assets):
            if a.id == added.asset.id:
                self.table.selectRow(row)

    def save_details(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        a = chosen[0]
        d = self.expiry.date()
        expiry = date(d.year(), d.month(), d.day()) if self.has_expiry.isChecked() else None
        try:
            self.svc.update(
                a.id,
                tags=self.tags.text(),
                rights=self.rights.text(),
                expires_on=expiry,
                expected_version=a.version,
            )
        except CommdeskError as exc:
            show_error(self, self.tr("The details cannot be saved"), exc)
            return
        self.refresh()
        for row, x in enumerate(self.assets):
            if x.id == a.id:
                self.table.selectRow(row)

    def open_folder(self) -> None:
        chosen = self.selected()
        folder = self.svc.path_of(chosen[0]).parent if chosen else self.svc.folder()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def accept_pick(self) -> None:
        self.picked = [a.id for a in self.selected()]
        self.accept()

    def keyPressEvent(self, event) -> None:  # Enter in the search field does not close the dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            return
        super().keyPressEvent(event)
