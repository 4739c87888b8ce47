"""The read-only list table most panes show (whole rows selected, one at a time, Tab leaving the
table, no row numbers) and a label that names its field, so each pane does not build its own."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget


def rows_table(model, accessible_name: str) -> QTableView:
    """A table of ``model``'s rows for reading and choosing one: rows selected whole, not edited in
    place, Tab moves on to the next widget (the arrows move within), alternating row colours."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setAccessibleName(accessible_name)
    return view


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (``&S``) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
