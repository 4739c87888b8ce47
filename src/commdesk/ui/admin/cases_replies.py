"""Administrators' tabs of the cases desk: acknowledgement templates and canned responses per
category and language (a template's errors said in words on save, a preview filled in with a sample
case), and the intake rules that give a mailed-in case its category."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.cases.reference import format_reference
from commdesk.core.cases.replies import ACKNOWLEDGEMENT, CANNED, LANGUAGES, PLACEHOLDERS, render_reply
from commdesk.core.errors import ValidationError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.replies import RULE_FIELDS, CaseRepliesService, IntakeRule, ReplyTemplate
from commdesk.services.settings import SettingsService
from commdesk.ui.admin.cases_common import MessageLine, fill_categories


def _language_name(code: str) -> str:
    return {"zh_CN": "中文", "en": "English"}.get(code, code)


class TemplatesTab(QWidget):
    def __init__(self, services, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.lang = lang
        self.replies: CaseRepliesService = services.get(CaseRepliesService)
        self.admin: CaseAdminService = services.get(CaseAdminService)
        self.current: ReplyTemplate | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.new_button = QPushButton(self.tr("&New template"), self)
        self.new_button.clicked.connect(self.new_template)
        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.list)
        lbox.addWidget(self.new_button)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Acknowledgement (sent at once, FB-2)"), ACKNOWLEDGEMENT)
        self.kind.addItem(self.tr("Canned response"), CANNED)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(_language_name(code), code)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("how people pick a canned response"))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.active = QCheckBox(self.tr("In &use"), self)
        self.active.setChecked(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Kin&d:"), self.kind),
            (self.tr("Ca&tegory:"), self.category),
            (self.tr("&Language:"), self.language),
            (self.tr("T&itle:"), self.title),
            (self.tr("Su&bject:"), self.subject),
            (self.tr("Te&xt:"), self.body),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(self.active)
        hint = QLabel(
            self.tr("Placeholders: {names}").format(names=", ".join("{{ " + p + " }}" for p in PLACEHOLDERS)),
            self,
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(hint)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.preview_view = QTextBrowser(self)
        self.preview_view.setObjectName("preview")
        self.preview_view.setAccessibleName(self.tr("Preview with a sample case"))
        self.preview_view.setPlaceholderText(
            self.tr("The preview, filled in with a sample case, shows here.")
        )
        self.message = MessageLine(self)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(form, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        rbox.addLayout(buttons)
        rbox.addWidget(self.message)
        rbox.addWidget(self.preview_view, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(split)
        self.why_not = self.replies.may_keep()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        categories = self.admin.categories()
        self.names = {c.id: c.name(self.lang) for c in categories}
        fill_categories(self.category, categories, self.lang, every=self.tr("(every category)"))
        self.templates = self.replies.templates()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for t in self.templates:
            kind = self.tr("Acknowledgement") if t.kind == ACKNOWLEDGEMENT else self.tr("Canned")
            where = self.names.get(t.category_id, "") if t.category_id else self.tr("every category")
            text = f"{kind} · {where} · {_language_name(t.language)}" + (f" · {t.title}" if t.title else "")
            if not t.active:
                text += self.tr(" (not in use)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            if t.id == select:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show_current()
        may = not self.why_not
        for w in (self.kind, self.category, self.language, self.active, self.new_button, self.save_button):
            w.setEnabled(may)
        for w in (self.title, self.subject):
            w.setReadOnly(not may)
        self.body.setReadOnly(not may)
        self.save_button.setToolTip(self.why_not)
        if not may:
            self.message.say(self.why_not)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.current = next((t for t in self.templates if t.id == key), None)
        t = self.current
        self.kind.setCurrentIndex(max(0, self.kind.findData(t.kind if t else ACKNOWLEDGEMENT)))
        self.category.setCurrentIndex(max(0, self.category.findData(t.category_id if t else None)))
        self.language.setCurrentIndex(
            max(0, self.language.findData(t.language if t else self.replies.default_language()))
        )
        self.title.setText(t.title if t else "")
        self.subject.setText(t.subject if t else "")
        self.body.setPlainText(t.body if t else "")
        self.active.setChecked(t.active if t else True)
        self.preview_view.clear()
        self.message.say("" if not self.why_not else self.why_not)

    def new_template(self) -> None:
        self.list.setCurrentItem(None)
        self.current = None
        self._show_current()
        self.kind.setFocus()

    def sample_values(self) -> dict[str, str]:
        """A sample case for the preview: as the acknowledgement of a case received now would read."""
        settings = self.services.get(SettingsService)
        zone = settings.time_zone()
        now = settings.ctx.clock()
        calendar = settings.work_calendar()
        category_id = self.category.currentData()
        promised = calendar.add_working_time(now, self._first_response(category_id, calendar))
        language = self.language.currentData() or "zh_CN"
        category = ""
        if category_id is not None:
            category = self.admin.category(category_id).name(language)
        return {
            "reference": format_reference(tz.to_zone(now, zone).year, 123),
            "name": "王小红" if language.startswith("zh") else "Jane Doe",
            "subject": "关于账单的疑问" if language.startswith("zh") else "A question about my bill",
            "category": category,
            "department": "",
            "organisation": settings.organisation().name,
            "received": tz.format_instant(now, zone),
            "first_response_due": tz.format_instant(promised, zone),
            "resolution_due": "",
            "promised": tz.format_instant(promised, zone),
        }

    def _first_response(self, category_id, calendar):
        from commdesk.core.cases.clocks import ClockKind
        from commdesk.core.cases.workflow import Priority

        policy = self.admin.clock_policy((category_id,), Priority.NORMAL, calendar=calendar)
        return policy.target(ClockKind.FIRST_RESPONSE) or policy.target(ClockKind.RESOLUTION)

    def preview(self) -> bool:
        try:
            text = render_reply(self.subject.text(), self.body.toPlainText(), self.sample_values())
        except ValidationError as exc:
            self.message.failed(exc)
            self.preview_view.clear()
            return False
        self.preview_view.setPlainText(
            self.tr("Subject: {subject}").format(subject=text.subject) + "\n\n" + text.body
        )
        self.message.say(self.tr("Filled in with a sample case."))
        return True

    def save(self) -> None:
        t = self.current
        try:
            saved = self.replies.save_template(
                self.kind.currentData(),
                self.subject.text(),
                self.body.toPlainText(),
                language=self.language.currentData(),
                category_id=self.category.currentData(),
                title=self.title.text(),
                active=self.active.isChecked(),
                position=t.position if t else 0,
                template_id=t.id if t else None,
                expected_version=t.version if t else None,
            )
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        self.reload(select=saved.id)
        self.preview()
        self.message.say(self.tr("Saved."))


class RulesTab(QWidget):
    def __init__(self, services, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.lang = lang
        self.replies: CaseRepliesService = services.get(CaseRepliesService)
        self.admin: CaseAdminService = services.get(CaseAdminService)
        self.current: IntakeRule | None = None
        intro = QLabel(
            self.tr(
                "A message from the mailbox or a web form whose sender, subject or text contains the words "
                "becomes a case of the category. The first rule that matches, by position, wins."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("rules")
        self.list.setAccessibleName(self.tr("Intake rules"))
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.field = QComboBox(self)
        self.field.setObjectName("field")
        words = {"sender": self.tr("Sender"), "subject": self.tr("Subject"), "text": self.tr("Text")}
        for f in RULE_FIELDS:
            self.field.addItem(words[f], f)
        self.contains = QLineEdit(self)
        self.contains.setObjectName("contains")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.position = QSpinBox(self)
        self.position.setRange(0, 9999)
        self.active = QCheckBox(self.tr("In &use"), self)
        self.active.setChecked(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Looks at:"), self.field),
            (self.tr("C&ontains:"), self.contains),
            (self.tr("Ca&tegory:"), self.category),
            (self.tr("Pos&ition:"), self.position),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(self.active)
        self.new_button = QPushButton(self.tr("&New rule"), self)
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button = QPushButton(self.tr("&Delete rule"), self)
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save rule"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(self)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list, 1)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        box.addWidget(self.message)
        self.words = words
        self.why_not = self.replies.may_keep()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        categories = self.admin.categories()
        names = {c.id: c.name(self.lang) for c in categories}
        fill_categories(self.category, categories, self.lang, top_only=True)
        self.rules = self.replies.rules()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for r in self.rules:
            text = self.tr("{position}. {field} contains “{words}” → {category}").format(
                position=r.position,
                field=self.words.get(r.field, r.field),
                words=r.contains,
                category=names.get(r.category_id, ""),
            ) + ("" if r.active else self.tr(" (not in use)"))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == select:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show_current()
        may = not self.why_not
        for w in (
            self.field,
            self.category,
            self.position,
            self.active,
            self.new_button,
            self.delete_button,
            self.save_button,
        ):
            w.setEnabled(may)
        self.contains.setReadOnly(not may)
        self.save_button.setToolTip(self.why_not)
        if not may:
            self.message.say(self.why_not)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.current = next((r for r in self.rules if r.id == key), None)
        r = self.current
        self.field.setCurrentIndex(max(0, self.field.findData(r.field if r else "subject")))
        self.contains.setText(r.contains if r else "")
        self.category.setCurrentIndex(max(0, self.category.findData(r.category_id if r else None)))
        self.position.setValue(r.position if r else len(self.rules) + 1)
        self.active.setChecked(r.active if r else True)

    def new_rule(self) -> None:
        self.list.setCurrentItem(None)
        self.current = None
        self._show_current()
        self.contains.setFocus()

    def save(self) -> None:
        r = self.current
        if self.category.currentData() is None:
            self.message.say(self.tr("Add a category first, then the rules that lead to it."), error=True)
            return
        try:
            saved = self.replies.save_rule(
                self.field.currentData(),
                self.contains.text(),
                self.category.currentData(),
                position=self.position.value(),
                active=self.active.isChecked(),
                rule_id=r.id if r else None,
                expected_version=r.version if r else None,
            )
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        self.reload(select=saved.id)
        self.message.say(self.tr("Saved."))

    def delete(self) -> None:
        if self.current is None:
            return
        try:
            self.replies.delete_rule(self.current.id)
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        self.reload()
        self.message.say(self.tr("Deleted."))
