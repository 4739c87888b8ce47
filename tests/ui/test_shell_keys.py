"""Standard keys where people expect them: Ctrl+Tab between tabs even from inside a table or a text
editor, Ctrl+F into the pane's search field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTableView, QTabWidget, QTextEdit, QVBoxLayout, QWidget

from commdesk.ui.common.keys import install_standard_keys
from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def tabbed(qtbot):
    install_standard_keys()
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    table = QTableView()
    table.setModel(QStandardItemModel(3, 3, table))
    text = QTextEdit()
    page3 = QWidget()
    QVBoxLayout(page3).addWidget(QLineEdit())
    for w, name in ((table, "Table"), (text, "Text"), (page3, "Form")):
        tabs.addTab(w, name)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    return tabs, table, text


def test_ctrl_tab_leaves_a_table_and_a_text_editor(qtbot):
    tabs, table, text = tabbed(qtbot)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 2 and text.toPlainText() == ""  # no tab character typed
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0  # wraps round
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert tabs.currentIndex() == 2
    tabs.setTabEnabled(0, False)
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1  # a disabled tab is skipped
    assert table.model().index(1, 1) == table.currentIndex()  # the table kept its place


def test_ctrl_tab_outside_tabs_is_left_alone(qtbot):
    install_standard_keys()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab, CTRL)  # nothing to switch, nothing breaks


def test_ctrl_f_goes_to_the_search_field_of_each_pane_that_has_one(qtbot, app_services):
    window = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(window)
    window.attach(app_services)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    searchable = 0
    for row, spec in enumerate(PANES):
        window.nav.setCurrentRow(row)
        pane = window.current_pane()
        field = getattr(pane, "search", None)
        assert window.find_action.isEnabled() == isinstance(field, QLineEdit), spec.key
        if isinstance(field, QLineEdit):
            searchable += 1
            window.nav.setFocus()
            qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
            qtbot.waitUntil(field.hasFocus)
    assert searchable >= 4  # contacts, releases, meetings, audit log


def test_tab_leaves_a_date_field_after_the_field(qtbot):
    from PySide6.QtCore import QDate, QDateTime
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QFormLayout

    install_standard_keys()
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    before, day, moment, after = (
        QLineEdit(),
        QDateEdit(QDate(2026, 3, 1)),
        QDateTimeEdit(QDateTime.currentDateTime()),
        QLineEdit(),
    )
    for w in (before, day, moment, after):
        layout.addRow(w)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    day.setFocus()
    qtbot.waitUntil(day.hasFocus)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert moment.hasFocus()  # not the month section of the same field
    qtbot.keyClick(moment, Qt.Key.Key_Tab)
    assert after.hasFocus()
    moment.setFocus()
    qtbot.keyClick(moment, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert day.hasFocus()
    qtbot.keyClick(day, Qt.Key.Key_Up)  # the arrow keys still change the date
    assert day.date() != QDate(2026, 3, 1)
