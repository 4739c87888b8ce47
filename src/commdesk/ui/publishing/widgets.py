"""Small helpers the posts dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.ui.common.ask import show_error


def labelled(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic leads to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def show_failure(parent: QWidget, title: str, exc: CommdeskError) -> bool:
    """Tell why a step failed; True when it failed on a stale copy (someone else saved the record
    meanwhile), so the caller shows the stored record again. Such a step has nothing to choose
    between (no versions side by side), so it is told so, not asked to choose."""
    stale = isinstance(exc, ConflictError)
    if stale:
        exc = CommdeskError(
            QCoreApplication.translate(
                "SocialPosts",
                "Someone else changed this meanwhile; nothing was done. It is shown again as stored: "
                "look at it, then do the step again if it is still needed.",
            )
        )
    show_error(parent, title, exc)
    return stale
