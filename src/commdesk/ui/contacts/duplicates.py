"""Likely duplicates (CR-4): the groups with their reasons, a side-by-side merge with a choice per
field, and undo of the last merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.contacts.records import LIST_FIELDS, MERGE_CHOICES, field_label
from commdesk.core.contacts.validation import format_phone
from commdesk.core.errors import CommdeskError
from commdesk.ui.common.ask import confirm, show_error
from commdesk.ui.contacts.models import date_text, person_name

# Fields compared side by side: every field a merge can take from either side
MERGE_ROWS = MERGE_CHOICES
# Parts of the name follow the full name's choice (a merged contact never mixes two people's names)
NAME_PARTS = ("family_name", "given_name", "pinyin")


# The "both" choice of a list field's combo. Not None: PySide6 6.12 on Python 3.11 drops a reference
# to None each time an item's None data is read back, and the process aborts when it reaches zero.
BOTH = 2


def undo_merge_asking(parent, contacts, merge_id: int) -> bool:
    """Undo a merge; when the kept contact was edited since, say so and undo only if the person
    agrees to lose those edits. Whether it was undone (an error is shown when it cannot be)."""
    from PySide6.QtCore import QCoreApplication

    from commdesk.services.contacts.merge import ChangedSinceMerge

    try:
        try:
            contacts.undo_merge(merge_id)
        except ChangedSinceMerge as exc:
            if not confirm(
                parent,
                QCoreApplication.translate("MergeDialog", "Undo merge"),
                str(exc)
                + "\n\n"
                + QCoreApplication.translate(
                    "MergeDialog", "Undo the merge anyway and lose the later changes?"
                ),
            ):
                return False
            contacts.undo_merge(merge_id, discard_changes=True)
    except CommdeskError as exc:
        show_error(parent, QCoreApplication.translate("MergeDialog", "The merge was not undone"), exc)
        return False
    return True


def field_text(detail, name: str) -> str:
    """A field of a contact as the merge dialog shows it (labels translated, lists one per line)."""
    from commdesk.core.contacts.labels import value_text

    if name == "owner":
        return person_name(detail.owner)
    if name == "source_date":
        return date_text(detail.source_date) if detail.source_date else ""
    value = getattr(detail.record, name)
    if name in ("outlets", "beats"):
        return ", ".join(value)
    return value_text(name, value)


class MergeDialog(QDialog):
    """Two contacts side by side; per differing field the user picks which value the merged contact
    keeps (lists: either one or both combined). ``merge_id`` is set after a successful merge."""

    def __init__(self, services, first_id: int, second_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        from commdesk.services.contacts.service import ContactService

        self.contacts = services.get(ContactService)
        self.merge_id = None
        self.details = [self.contacts.get(first_id), self.contacts.get(second_id)]
        self.keep = 0  # index of the record that is kept (its id, history and lists stay)
        self.setWindowTitle(self.tr("Merge two contacts"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Swap which record is kept"))
        self.swap_button.clicked.connect(self.swap)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(self._cell_clicked)
        self.rows: list[tuple[str, QComboBox]] = []
        for name in MERGE_ROWS:
            a, b = (field_text(d, name) for d in self.details)
            if a == b:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = field_label(name)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            for col, text in ((1, a), (2, b)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.addItem(self.tr("left"), 0)
            combo.addItem(self.tr("right"), 1)
            if name in LIST_FIELDS:
                combo.addItem(self.tr("both"), BOTH)
                combo.setCurrentIndex(2)
            else:
                combo.setCurrentIndex(0 if a or not b else 1)  # never lose a value for an empty one
            combo.currentIndexChanged.connect(self._paint)
            if name == "full_name":
                combo.currentIndexChanged.connect(self._follow_full_name)
            self.table.setCellWidget(row, 3, combo)
            self.rows.append((name, combo))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.same = QLabel()
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.do_merge)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.swap_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Click a value to take it. Histories, lists and do-not-contact entries of "
                    "both are combined; the merge can be undone."
                )
            )
        )
        layout.addWidget(buttons)
        self._paint()
        self.resize(820, 520)

    def swap(self) -> None:
        self.keep = 1 - self.keep
        self._paint()

    def _headers(self) -> None:
        labels = []
        for i, d in enumerate(self.details):
            mark = self.tr("kept") if i == self.keep else self.tr("merged into the other")
            labels.append(f"#{d.id} {d.record.display_name} ({mark})")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), *labels, self.tr("Use")])
        kept = self.details[self.keep]
        self.note.setText(
            self.tr("{name} (#{id}) is kept; the other record goes into it.").format(
                name=kept.record.display_name, id=kept.id
            )
        )

    def _paint(self, *args) -> None:
        self._headers()
        for row, (_name, combo) in enumerate(self.rows):
            side = combo.currentData()
            for col in (1, 2):
                item = self.table.item(row, col)
                font = item.font()
                font.setBold(side == BOTH or side == col - 1)
                item.setFont(font)

    def _follow_full_name(self) -> None:
        side = dict(self.rows)["full_name"].currentData()
        for name, combo in self.rows:
            if name in NAME_PARTS:
                combo.setCurrentIndex(combo.findData(side))

    def _cell_clicked(self, row: int, col: int) -> None:
        if col in (1, 2) and row < len(self.rows):
            combo = self.rows[row][1]
            combo.setCurrentIndex(combo.findData(col - 1))

    def choices(self) -> dict[str, str]:
        out = {}
        for name, combo in self.rows:
            side = combo.currentData()
            if side != BOTH:
                out[name] = "keep" if side == self.keep else "other"
        return out

    def do_merge(self) -> None:
        keep, other = self.details[self.keep], self.details[1 - self.keep]
        try:
            self.merge_id = self.contacts.merge(keep.id, other.id, self.choices())
        except CommdeskError as exc:
            show_error(self, self.tr("The contacts were not merged"), exc)
            return
        self.kept_id = keep.id
        self.accept()


class DuplicatesDialog(QDialog):
    """Groups of likely duplicates with the reason; merge two of a group; undo the last merge."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        from commdesk.services.contacts.service import ContactService

        self.services = services
        self.contacts = services.get(ContactService)
        self.merged = False
        self.last_merge_id = None
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Contact"), self.tr("Outlet"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.merge_selected())
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("&Undo last merge"))
        self.undo_button.clicked.connect(self.undo_last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        try:
            self.groups = self.contacts.duplicate_groups()
        except CommdeskError as exc:
            show_error(self, self.tr("Duplicates cannot be shown"), exc)
            self.groups = []
        all_ids = [i for ids, _ in self.groups for i in ids]
        by_id = {s.id: s for s in self.contacts.summaries(all_ids)} if all_ids else {}
        for ids, reason in self.groups:
            top = QTreeWidgetItem([self.tr("%n contacts: {reason}", "", len(ids)).format(reason=reason)])
            top.setData(0, Qt.ItemDataRole.UserRole, tuple(ids))
            for cid in ids:
                s = by_id.get(cid)
                if s is None:
                    continue
                child = QTreeWidgetItem(
                    [s.name, s.outlet or "", s.email or "", format_phone(s.phone) if s.phone else ""]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, cid)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary.setText(
            self.tr("%n groups of likely duplicates.", "", len(self.groups))
            if self.groups
            else self.tr("No likely duplicates found.")
        )
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def chosen_pair(self) -> tuple[int, int] | None:
        items = self.tree.selectedItems()
        ids = [it.data(0, Qt.ItemDataRole.UserRole) for it in items if it.parent() is not None]
        if len(ids) == 2:
            return ids[0], ids[1]
        group = items[0] if items else self.tree.currentItem()
        if group is not None and group.parent() is not None:
            group = group.parent()
        if group is None:
            return None
        ids = group.data(0, Qt.ItemDataRole.UserRole)
        return (ids[0], ids[1]) if ids and len(ids) >= 2 else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.chosen_pair() is not None)
        self.undo_button.setEnabled(self.last_merge_id is not None)

    def merge_selected(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        dlg = MergeDialog(self.services, *pair, parent=self)
        if dlg.exec() and dlg.merge_id is not None:
            self.last_merge_id = dlg.merge_id
            self.merged = True
            self.reload()

    def undo_last(self) -> None:
        if self.last_merge_id is None:
            return
        if not confirm(
            self, self.tr("Undo merge"), self.tr("Split the merged contact into the two records again?")
        ):
            return
        if not undo_merge_asking(self, self.contacts, self.last_merge_id):
            return
        self.last_merge_id = None
        self.merged = True
        self.reload()
