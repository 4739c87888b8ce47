"""Standard keys that must work wherever the focus is.

Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PgDown / Ctrl+PgUp) move between the tabs of the tab widget the
focus is in, even from inside a table or a text editor: QTableView and QTextEdit take Ctrl+Tab for
themselves, so one application-wide event filter does it before they see the key. A focus outside any
tab widget leaves the key alone.

Tab and Shift+Tab leave a date or time field for the next or previous field, as in every other field
(Qt's date editors use Tab to step between day, month and year; people expect the arrow keys or
typing for that, and Tab to go on). A separator typed into them goes to the next section as in Qt,
except the one that already stands before the section the editor has just moved on to: typing
"2027-12-15 03:00" key by key gives that date (Qt moves on after the fourth digit of the year, and
then took the "-" to skip the month).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QTabWidget, QWidget

_NEXT = {Qt.Key.Key_Tab: 1, Qt.Key.Key_Backtab: -1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}


def tab_widget_around(widget: QWidget | None) -> QTabWidget | None:
    """The innermost tab widget whose current page (or tab bar) holds ``widget``."""
    w = widget
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QTabWidget) and w is parent.tabBar():
            return parent
        if isinstance(w, QTabWidget):
            return w
        w = parent
    return None


def step_tab(tabs: QTabWidget, step: int) -> bool:
    """Show the next (``step`` 1) or previous (-1) enabled, visible tab, wrapping round."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            if index != tabs.currentIndex():
                tabs.setCurrentIndex(index)
                page = tabs.currentWidget()
                focus = page.focusWidget() if page is not None else None
                (focus if focus is not None and page.isAncestorOf(focus) else tabs.tabBar()).setFocus(
                    Qt.FocusReason.TabFocusReason
                )
            return True
    return False


def _date_edit(widget) -> QDateTimeEdit | None:
    """The date/time editor ``widget`` is (or whose line edit it is)."""
    if isinstance(widget, QDateTimeEdit):
        return widget
    parent = widget.parentWidget() if isinstance(widget, QWidget) else None
    return parent if isinstance(parent, QDateTimeEdit) else None


def leave_field(edit: QWidget, forward: bool) -> bool:
    """Move the focus to the next (or previous) field after ``edit`` in the tab order."""
    w = edit
    for _ in range(1000):  # the focus chain is a ring
        w = w.nextInFocusChain() if forward else w.previousInFocusChain()
        if w is None or w is edit:
            return False
        if (
            (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
            and w.isVisible()
            and w.isEnabled()
            and not edit.isAncestorOf(w)
            and w.window() is edit.window()
            and w.focusProxy() is None
        ):
            w.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
    return False


def separator_already_typed(edit: QDateTimeEdit, event) -> bool:
    """True when the key ``event`` types the separator that already stands just before the section
    the cursor is at the start of (the editor has just moved on by itself): the key is then typed."""
    text = event.text()
    if (
        len(text) != 1
        or not text.isprintable()
        or text.isalnum()
        or event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    ):
        return False
    line = edit.findChild(QLineEdit)
    if line is None:
        return False
    start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
    return start > 0 and line.text()[:start].endswith(text)


class StandardKeys(QObject):
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if (
            kind == QEvent.Type.KeyPress
            and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not mods & ~Qt.KeyboardModifier.ShiftModifier
            and (edit := _date_edit(obj)) is not None
        ):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            return leave_field(edit, forward)
        if (
            kind == QEvent.Type.KeyPress
            and (edit := _date_edit(obj)) is not None
            and separator_already_typed(edit, event)
        ):
            return True
        if not mods & Qt.KeyboardModifier.ControlModifier or key not in _NEXT:
            return False
        if mods & ~(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if not isinstance(obj, QWidget):
            return False  # the key goes to the focus widget first; handled there, it goes no further
        tabs = tab_widget_around(obj)
        if tabs is None or tabs.count() < 2:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no shortcut and no widget may take it
            return True
        step = _NEXT[key]
        if key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ShiftModifier:
            step = -1
        return step_tab(tabs, step)


def install_standard_keys(app: QApplication | None = None) -> StandardKeys:
    """Install the filter once per application (later calls return the installed one)."""
    app = app or QApplication.instance()
    existing = getattr(app, "_commdesk_standard_keys", None)
    if existing is not None:
        return existing
    keys = StandardKeys(app)
    app.installEventFilter(keys)
    app._commdesk_standard_keys = keys
    return keys
