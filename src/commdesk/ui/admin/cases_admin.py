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
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)
        self.resize(1060, 680)
