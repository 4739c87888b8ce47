"""The base of the small table models that show a list of plain rows (audit, meetings, actions ...).

Subclasses give ``headers()`` (translated column titles) and ``data()`` for their row objects; the
row list, counts and header data live here once. Big, lazily loaded tables (contacts) have their own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def headers(self) -> list[str]:  # pragma: no cover - every subclass names its columns
        raise NotImplementedError

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_object(self, index: QModelIndex):
        """The row behind ``index``, or None for an invalid index."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None
