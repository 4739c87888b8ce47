"""The import wizard's review of the changes to existing contacts: one row per changed
field (contact, field, old, new) with the choice "keep existing" / "take new" (notes: also "replace
with the file's notes"), and "keep existing for all" / "take new for all". Nothing is written here;
the wizard hands the choices to ``ContactImportService.apply``."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from commdesk.core.contacts.importing.plan import KEEP, NEW, REPLACE, coupled_fields
from commdesk.core.contacts.labels import value_text
from commdesk.core.contacts.records import field_label

COL_CONTACT, COL_FIELD, COL_OLD, COL_NEW, COL_CHOICE = range(5)
ChoiceRole = Qt.ItemDataRole.UserRole + 1  # the choice code of the row (KEEP, NEW, REPLACE)


def choice_label(choice: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        KEEP: QCoreApplication.translate("ImportReview", "Keep existing"),
        NEW: QCoreApplication.translate("ImportReview", "Take new"),
        REPLACE: QCoreApplication.translate("ImportReview", "Replace with the file's notes"),
    }[choice]


def _one_line(text: str) -> str:
    return text.replace("\n", " | ")


class ChangesModel(QAbstractTableModel):
    """Rows of (contact key, contact name, FieldChange); the choice column is editable."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.chosen: list[str] = []

    def set_plan(self, plan) -> None:
        self.beginResetModel()
        self.rows = [
            (p.key, f"{p.before.display_name} (#{p.key})", c) for p in plan.update for c in p.changes()
        ]
        self.chosen = [NEW] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return (
                self.tr("Contact"),
                self.tr("Field"),
                self.tr("Existing"),
                self.tr("New"),
                self.tr("Use"),
            )[section]
        return None

    def options(self, row: int) -> tuple[str, ...]:
        change = self.rows[row][2]
        return (KEEP, NEW, REPLACE) if change.field == "notes" and change.replace else (KEEP, NEW)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        _key, name, change = self.rows[index.row()]
        col = index.column()
        if role == ChoiceRole:
            return self.chosen[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            if col == COL_CONTACT:
                return name
            if col == COL_FIELD:
                return field_label(change.field)
            if col in (COL_OLD, COL_NEW):
                text = value_text(change.field, change.old if col == COL_OLD else change.new)
                if col == COL_NEW and self.chosen[index.row()] == REPLACE:
                    text = value_text(change.field, change.replace)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return text or None
                return _one_line(text) or self.tr("(empty)")
            if col == COL_CHOICE:
                return choice_label(self.chosen[index.row()])
        if role == Qt.ItemDataRole.FontRole and col in (COL_OLD, COL_NEW):
            from PySide6.QtGui import QFont

            font = QFont()
            taken = (self.chosen[index.row()] == KEEP) == (col == COL_OLD)
            font.setBold(taken)
            font.setStrikeOut(not taken)
            return font
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_CHOICE else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if (
            not index.isValid()
            or index.column() != COL_CHOICE
            or role not in (Qt.ItemDataRole.EditRole, ChoiceRole)
        ):
            return False
        if value not in self.options(index.row()):
            return False
        key, _name, change = self.rows[index.row()]
        same = [i for i, r in enumerate(self.rows) if r[0] == key]
        group = coupled_fields(change.field, [self.rows[i][2].field for i in same])
        for i in same:  # a name or an outlet is kept or taken with the fields derived from it
            if self.rows[i][2].field in group:
                self.chosen[i] = value
                self.dataChanged.emit(self.index(i, COL_OLD), self.index(i, COL_CHOICE))
        return True

    def set_all(self, choice: str) -> None:
        self.chosen = [choice] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_OLD), self.index(len(self.rows) - 1, COL_CHOICE))

    def choices(self) -> dict:
        """Existing contact key -> field -> choice, for the fields not taken as planned."""
        out: dict = {}
        for (key, _name, change), choice in zip(self.rows, self.chosen, strict=False):
            if choice != NEW:
                out.setdefault(key, {})[change.field] = choice
        return out


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the row's choices in the "Use" column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for choice in index.model().options(index.row()):
            combo.addItem(choice_label(choice), choice)
        combo.activated.connect(lambda *_: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(ChoiceRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), ChoiceRole)


class ReviewPage(QWizardPage):
    """Shown when the import changes existing contacts; nothing is written before the last page."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Changes to existing contacts"))
        self.setSubTitle(
            self.tr(
                "Each change the file makes to a contact you already have. Keep the existing value "
                "or take the new one, per field or for all. A name and its pinyin, and an outlet "
                "and the further outlets, are kept or taken together. Notes from the file are "
                "added to the existing notes unless you choose to replace them."
            )
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = ChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_CHOICE, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (COL_OLD, COL_NEW):  # the values share what the contact, field and choice leave
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.keep_all = QPushButton(self.tr("&Keep existing for all"))
        self.keep_all.clicked.connect(lambda: self.model.set_all(KEEP))
        self.take_all = QPushButton(self.tr("&Take new for all"))
        self.take_all.clicked.connect(lambda: self.model.set_all(NEW))
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.keep_all)
        row.addWidget(self.take_all)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        plan = self.w.preview.plan
        self.model.set_plan(plan)
        self.info.setText(self.tr("%n existing contacts would change.", "", len(plan.update)))
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(COL_CONTACT, metrics.horizontalAdvance("王伟伟 Anna (#100000)") + 16)
        self.table.setColumnWidth(COL_FIELD, metrics.horizontalAdvance(field_label("outlets")) + 24)
        self.table.setColumnWidth(
            COL_CHOICE, max(metrics.horizontalAdvance(choice_label(c)) for c in (KEEP, NEW, REPLACE)) + 40
        )

    def choices(self) -> dict:
        return self.model.choices()
