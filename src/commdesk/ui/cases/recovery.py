"""Hotline calls left behind by a crash, offered back once the window has started.

The call screen copies what is typed to the recovery folder (``ui/cases/call.py``, ``CALL_DRAFTS``).
When commdesk stopped in the middle of a call, the window offers it back right after start-up, as
minutes and press releases are, whichever pane is shown: ``calls_left_behind`` only looks at the
folder (nothing of the Cases pane is imported or made for it), and only when there is a call to
offer is the pane made to take it. Recover is the default; Later leaves it for the next start;
Discard deletes it after asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def calls_left_behind(ctx) -> bool:
    """Whether a call's recovery copy waits for the database ``ctx`` is on (a look at the folder)."""
    from commdesk.paths import recovery_dir

    folder = recovery_dir(ctx, "calls")
    return folder.is_dir() and any(folder.glob("draft-*.json"))


def offer_call_recovery(parent: QWidget, services, take_call: Callable[[object], object]) -> int:
    """Offer each call left behind (Recover is the default): ``take_call(draft)`` opens the call
    screen with it. One call screen at a time: after one is recovered, the others wait for the next
    start. Returns how many were recovered."""
    from commdesk.core import timezones as tz
    from commdesk.services.settings import SettingsService
    from commdesk.ui.cases.call import CALL_DRAFTS
    from commdesk.ui.common.ask import ask, confirm

    store = CALL_DRAFTS.open(services.ctx)
    recover, later, discard = (
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Discard,
    )
    zone = services.get(SettingsService).time_zone()
    for rec in store.list():
        reply = ask(
            parent,
            "question",
            QCoreApplication.translate("CasesPane", "Recover an unsaved call"),
            QCoreApplication.translate(
                "CasesPane",
                "A hotline call “{label}” was not saved when commdesk stopped (copy from {time}). "
                "Recover it now?",
            ).format(label=rec.label or "—", time=tz.format_instant(rec.saved_at, zone)),
            recover | later | discard,
            default=recover,
            labels={
                recover: QCoreApplication.translate("CasesPane", "&Recover"),
                later: QCoreApplication.translate("CasesPane", "&Later"),
            },
        )
        if reply == recover:
            take_call(rec.value)
            return 1
        if reply == discard and confirm(
            parent,
            QCoreApplication.translate("CasesPane", "Discard the call"),
            QCoreApplication.translate("CasesPane", "Delete the unsaved call for good?"),
        ):
            store.discard(rec.key)
    return 0
