"""Small pieces the cases desk's administrators' tabs share: the line that says what went wrong (or
why the tab is read-only) in words, and the category choices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from commdesk.core.errors import CommdeskError, ValidationError
from commdesk.services.cases.admin import CaseCategory


class MessageLine(QLabel):
    """A sentence under a form: an error in red, a success or a note in the normal colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("message")
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet("color: #b00020;" if error else "")
        self.setText(text)
        self.setVisible(bool(text))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.say("\n".join(exc.errors.values()), error=True)
        elif isinstance(exc, CommdeskError):
            self.say(str(exc), error=True)
        else:
            raise exc


def category_label(category: CaseCategory, lang: str, parents: dict[int, CaseCategory]) -> str:
    """ "Service › Billing" for a sub-category, the name alone for a top-level one."""
    name = category.name(lang)
    parent = parents.get(category.parent_id) if category.parent_id is not None else None
    return f"{parent.name(lang)} › {name}" if parent is not None else name


def fill_categories(
    combo: QComboBox,
    categories: list[CaseCategory],
    lang: str,
    *,
    every: str | None = None,
    top_only: bool = False,
) -> None:
    """The categories (data: id) in ``combo``, with ``every`` (data: None) first when given."""
    keep = combo.currentData()
    combo.clear()
    if every is not None:
        combo.addItem(every, None)
    parents = {c.id: c for c in categories}
    for c in categories:
        if top_only and c.parent_id is not None:
            continue
        combo.addItem(category_label(c, lang, parents), c.id)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
