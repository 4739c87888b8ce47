"""Dialogs that hold typed edits ask before throwing them away.

Esc, the Cancel button and the window's close button all end in ``QDialog.reject()`` (Qt's
closeEvent calls it), so that is the one place to ask. A dialog mixes ``AsksBeforeDiscarding`` in
before ``QDialog``, says what its edits are (``edit_state()``, any value comparable with ``==``) and
how to ask (``discard_question()``, translated in its own area), and calls ``mark_unchanged()`` once
its fields are filled. Nothing changed: it closes at once.
"""

from __future__ import annotations

from commdesk.ui.common.ask import confirm


class AsksBeforeDiscarding:
    def edit_state(self):
        """What the user has typed and chosen, comparable with ``==``."""
        raise NotImplementedError

    def discard_question(self) -> tuple[str, str]:
        """(title, text) of the question; Yes discards, No (also Enter) keeps editing."""
        raise NotImplementedError

    def mark_unchanged(self) -> None:
        self._unchanged_state = self.edit_state()

    def has_unsaved_edits(self) -> bool:
        return hasattr(self, "_unchanged_state") and self.edit_state() != self._unchanged_state

    def reject(self) -> None:
        if self.has_unsaved_edits() and not confirm(self, *self.discard_question()):
            return
        super().reject()
