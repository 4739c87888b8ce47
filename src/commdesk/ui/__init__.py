"""The window. Importing this package first guards the interpreter against a binding bug (below)."""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> None:
    """Keep PySide6's lost references to None from aborting the process on Python 3.11.

    PySide6 6.12 drops one reference to ``None`` each time Python reads an empty Qt value
    (``QComboBox.currentData()`` of an item without data, ``QAction.data()``, ``index.data(role)``
    with nothing there). Python 3.12 and later make ``None`` immortal, so nothing happens there; on
    3.11 the count reaches zero after a few thousand reads and the interpreter aborts with
    "none_dealloc" — a crash of the whole window, usually at an unrelated moment. ``None`` is a static
    object that is never freed, so giving it a very large count costs nothing and only takes away the
    abort. ``tests/ui/test_ui_none_guard.py`` shows the leak and that the guard holds.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


_guard_none_refcount()
