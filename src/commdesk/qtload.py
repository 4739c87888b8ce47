"""Loading Qt for Python without its per-import source scan.

Once PySide6 is imported, its ``__feature__`` support hooks every later import and, for each new
module, reads the module's *source file* to see whether the word "PySide6" appears in it (so that
``from __feature__ import snake_case`` can apply per module). commdesk uses no ``__feature__``, and
that scan reads the source of every SQLAlchemy, reportlab and commdesk module imported after Qt:
about 60 ms of a start-up that has to be ready in a few hundred. ``load_qt`` imports QtCore and
answers the scan from the module's namespace instead (does it hold anything from PySide6?),
which is what the scan approximates, without reading a file. If a PySide6 release renames the
hook, nothing is changed and imports only stay slower (``tests/test_qtload.py`` says so).
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """Does ``module`` hold a PySide6 module, class or function (what it imported from Qt)?"""
    for value in list(vars(module).values()):
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def load_qt() -> bool:
    """Import QtCore and replace the source scan (idempotent); True when the scan was replaced."""
    import PySide6.QtCore  # noqa: F401 - installs the feature hook this replaces

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
