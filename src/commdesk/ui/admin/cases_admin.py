"""The cases desk's settings for administrators, one tab each: categories and their clock targets,
managers, reply templates, intake rules and the feedback mailbox. Others see them read-only, with the
reason (the services refuse them the same)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from commdesk.ui.admin.cases_categories import CategoriesTab
from commdesk.ui.admin.cases_mailbox import MailboxTab
from commdesk.ui.admin.cases_managers import ManagersTab
from commdesk.ui.admin.cases_replies import RulesTab, TemplatesTab


class CasesAdminDialog(QDialog):
    def __init__(self, services, lang: str = "zh_CN", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cases desk settings"))
        self.tabs = QTabWidget(self)
        self.categories = CategoriesTab(services, lang, self)
        self.managers = ManagersTab(services, self)
        self.templates = TemplatesTab(services, lang, self)
        self.rules = RulesTab(services, lang, self)
        self.mailbox = MailboxTab(services, self)
        for tab, title in (
            (self.categories, self.tr("C&ategories and clocks")),
            (self.managers, self.tr("&Managers")),
            (self.templates, self.tr("R&eply templates")),
            (self.rules, self.tr("Inta&ke rules")),
            (self.mailbox, self.tr("&Feedback mailbox")),
        ):
            self.tabs.addTab(tab, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter in a form saves that form; it never closes the window
        self.tabs.currentChanged.connect(self._default_button)
        self._default_button()
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)
        self.resize(1060, 680)

    def _default_button(self) -> None:
        """Enter saves what the shown tab holds (its own Save button)."""
        button = getattr(self.tabs.currentWidget(), "save_button", None)
        if button is not None:
            button.setDefault(True)
