"""Dialogs of the contacts pane: edit a contact (per-field messages, likely duplicates while
typing, conflict choice), log an interaction (media inquiry deadline / liaison / answered),
set do-not-contact, pick one of several items (mockable through ``ui.common.ask``)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.contacts.labels import entry_code, entry_label
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier
from commdesk.core.errors import CommdeskError, ConflictError, ValidationError
from commdesk.ui.common import ask as ask_mod
from commdesk.ui.common import conflict
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.contacts.models import channel_label, person_name
from commdesk.ui.generated.ui_contact_form import Ui_ContactForm
from commdesk.ui.generated.ui_contact_interaction_form import Ui_ContactInteractionForm

CHANNELS = ("email", "phone", "mail")
INTERACTION_KINDS = (
    "pitch",
    "interview",
    "inquiry",
    "event_invitation",
    "call",
    "meeting",
    "coverage",
    "note",
    "mailing",
)


def kind_label(kind: str) -> str:
    """An interaction's kind in words (the contacts' one list of labels, ``core.contacts.labels``)."""
    from commdesk.core.contacts.labels import kind_label as label

    return label(kind)


def _set_coded(combo, value: str, label) -> None:
    """Show a stored value in an editable combo of (label, code) items: the item of that code or
    label, else the value as typed."""
    i = combo.findData(value)
    if i < 0:
        i = combo.findText(label(value))
    if i >= 0:
        combo.setCurrentIndex(i)
    else:
        combo.setCurrentText(value)


def _coded(combo) -> str:
    """The code of the chosen item, or the text typed when it is none of the items' labels."""
    text = combo.currentText().strip()
    i = combo.findText(text)
    return str(combo.itemData(i) or "") if i >= 0 else text


def owner_items(owners) -> list[tuple[int, str]]:
    """(id, name) pairs from what ``ContactService.owners()`` returns (pairs or Person-like)."""
    out = []
    for o in owners or ():
        if isinstance(o, tuple):
            out.append((o[0], str(o[1])))
        else:
            out.append((o.id, person_name(o)))
    return out


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """The index of the chosen item, or None. Tests answer through ``answer.text`` (the item's text)."""
    if not items:
        return None
    if ask_mod.answerer is not None:
        text = ask_mod.answerer("text", title, label, None)
        return items.index(text) if text in items else None
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok and text in items else None


# ------------------------------------------------------------------------------ text <-> lists
_LABELLED = re.compile(r"^\s*([^:：@+\d]{1,30})[:：]\s*(.+)$")


def parse_labelled_lines(text: str) -> list[tuple[str, str]]:
    """ "work: a@b.org" -> ("work", "a@b.org"); "a@b.org" -> ("", "a@b.org"); blank lines skipped."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _LABELLED.match(line)
        if m and not m[1].strip().lower().startswith(("mailto", "tel")):
            out.append((entry_code(m[1].strip()), m[2].strip()))
        else:
            out.append(("", line.strip()))
    return out


def labelled_lines(items) -> str:
    ordered = sorted(items, key=lambda x: not x.primary)
    return "\n".join(f"{entry_label(x.label)}: {x[1]}" if x.label else x[1] for x in ordered)


def split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,，、;；]", text) if p.strip()]


# ------------------------------------------------------------------------------ edit contact
class ContactDialog(AsksBeforeDiscarding, QDialog):
    """New or existing contact. ``saved_id`` holds the id after a successful save."""

    FIELD_ERRORS: ClassVar[dict[str, str]] = {
        "full_name": "fullNameError",
        "family_name": "fullNameError",
        "given_name": "fullNameError",
        "pinyin": "pinyinError",
        "outlet": "outletError",
        "outlets": "outletError",
        "beats": "beatsError",
        "emails": "emailsError",
        "phones": "phonesError",
        "address": "addressError",
    }

    def __init__(
        self, services, contact_id=None, read_only: bool | None = None, parent: QWidget | None = None
    ):
        """``read_only=None``: read only unless the person may correct this contact (service's say)."""
        super().__init__(parent)
        from commdesk.services.contacts.service import ContactService

        self.services = services
        self.contacts = services.get(ContactService)
        self.contact_id = contact_id
        self.version = None
        self.saved_id = None
        self.read_only = read_only
        self._tried = False
        self.form = QWidget(self)
        self.ui = ui = Ui_ContactForm()
        ui.setupUi(self.form)
        for tier in Tier:
            ui.tierCombo.addItem(tier.label, tier)
        ui.tierCombo.insertItem(0, self.tr("(none)"), None)
        for status in Status:
            ui.statusCombo.addItem(status.label, status)
        ui.ownerCombo.addItem(self.tr("(nobody)"), None)
        for pid, name in owner_items(self._people()):
            ui.ownerCombo.addItem(name, pid)
        from commdesk.core.contacts.labels import language_label

        for value in ("", "email", "phone", "wechat", "in_person"):
            ui.preferredChannelCombo.addItem(channel_label(value) if value else "", value)
        for value in ("", "zh", "en", "zh / en"):
            ui.languageCombo.addItem(language_label(value), value)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        if contact_id is None:
            self.setWindowTitle(self.tr("New contact"))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(Status.ACTIVE))
            me = services.person()
            if me.id is not None and ui.ownerCombo.findData(me.id) >= 0:
                ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData(me.id))
            if read_only is None:
                self.read_only = read_only = not self.contacts.may_edit(services.person())
        else:
            detail = self.contacts.get(contact_id)
            self.load(detail)
            if read_only is None:
                self.read_only = read_only = not self.contacts.may_edit_contact(detail, services.person())
            if not read_only and not self.contacts.may_edit(services.person()):
                ui.ownerCombo.setEnabled(False)  # an officer correcting their own contact keeps it
                ui.ownerCombo.setToolTip(self.tr("Only administrators give a contact to another owner."))
        if read_only:
            self._make_read_only()
        else:
            save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
            save.activated.connect(self.save)
        self.check_timer = QTimer(self, singleShot=True, interval=300)
        self.check_timer.timeout.connect(self.check)
        for w in self.form.findChildren(QLineEdit) + self.form.findChildren(QPlainTextEdit):
            w.textChanged.connect(self.check_timer.start)
        for w in self.form.findChildren(QComboBox):
            w.currentIndexChanged.connect(self.check_timer.start)
        from PySide6.QtWidgets import QSizePolicy

        for combo in (ui.outletEdit, ui.preferredChannelCombo, ui.languageCombo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if self.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        else:
            ui.fullNameEdit.setFocus()
        self.resize(620, 600)
        self.mark_unchanged()

    def edit_state(self):
        return self.record(), self.owner_id()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes?"), self.tr(
            "You have changed this contact. Close without saving and lose the changes?"
        )

    def _make_read_only(self) -> None:
        """Looks read only: flat fields without frames, no Save, one Close button (Esc closes too)."""
        self.setWindowTitle(self.tr("Contact {name} (read only)").format(name=self.ui.fullNameEdit.text()))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        for w in self.form.findChildren(QLineEdit) + self.form.findChildren(QPlainTextEdit):
            w.setReadOnly(True)
            w.setProperty("readOnlyView", True)
            w.setPlaceholderText("")  # hints on how to type are no use where nothing can be typed
        for w in self.form.findChildren(QComboBox):
            w.setEnabled(False)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.form.setStyleSheet(
            'QLineEdit[readOnlyView="true"], QPlainTextEdit[readOnlyView="true"] '
            "{ background: transparent; border: none; }"
            "QComboBox:disabled { color: palette(window-text); background: transparent; border: none; "
            "padding-left: 1px; }"
            "QComboBox::drop-down:disabled { width: 0px; border: none; }"
            "QComboBox::down-arrow:disabled { image: none; }"
        )
        for name in set(self.FIELD_ERRORS.values()) | {"errorLabel", "duplicatesLabel"}:
            getattr(self.ui, name).hide()

    def _people(self):
        try:
            return self.contacts.owners()
        except CommdeskError:
            return ()

    # -------------------------------------------------------------- form <-> record
    def load(self, detail) -> None:
        ui, r = self.ui, detail.record
        self.version = detail.version
        self.setWindowTitle(self.tr("Edit {name}").format(name=r.display_name))
        ui.fullNameEdit.setText(r.full_name)
        ui.familyNameEdit.setText(r.family_name)
        ui.givenNameEdit.setText(r.given_name)
        ui.pinyinEdit.setText(r.pinyin)
        ui.titleEdit.setText(r.title)
        ui.outletEdit.setCurrentText(r.outlet)
        ui.outletsEdit.setText(", ".join(o for o in r.outlets if o != r.outlet))
        ui.beatsEdit.setText(", ".join(r.beats))
        ui.emailsEdit.setPlainText(labelled_lines(r.emails))
        ui.phonesEdit.setPlainText(labelled_lines(r.phones))
        for name in ("wechat", "weibo", "linkedin", "x"):
            getattr(ui, f"{name}Edit").setText(getattr(r, name))
        ui.addressEdit.setPlainText(r.address)
        _set_coded(ui.preferredChannelCombo, r.preferred_channel, channel_label)
        from commdesk.core.contacts.labels import language_label

        _set_coded(ui.languageCombo, r.language, language_label)
        ui.contactTimeEdit.setText(r.contact_time)
        ui.notesEdit.setPlainText(r.notes)
        ui.sourceEdit.setText(r.source)
        ui.tierCombo.setCurrentIndex(max(0, ui.tierCombo.findData(r.tier)))
        if r.status is not None:
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(r.status)))
        owner = getattr(detail, "owner_id", None)
        ui.ownerCombo.setCurrentIndex(max(0, ui.ownerCombo.findData(owner)))

    def record(self) -> ContactRecord:
        ui = self.ui
        emails = [
            Email(label, value, i == 0)
            for i, (label, value) in enumerate(parse_labelled_lines(ui.emailsEdit.toPlainText()))
        ]
        phones = [
            Phone(label, value, i == 0)
            for i, (label, value) in enumerate(parse_labelled_lines(ui.phonesEdit.toPlainText()))
        ]
        outlet = ui.outletEdit.currentText().strip()
        return ContactRecord(
            full_name=ui.fullNameEdit.text().strip(),
            family_name=ui.familyNameEdit.text().strip(),
            given_name=ui.givenNameEdit.text().strip(),
            pinyin=ui.pinyinEdit.text().strip(),
            title=ui.titleEdit.text().strip(),
            outlet=outlet,
            outlets=[o for o in split_list(ui.outletsEdit.text()) if o != outlet],
            beats=split_list(ui.beatsEdit.text()),
            emails=emails,
            phones=phones,
            wechat=ui.wechatEdit.text().strip(),
            weibo=ui.weiboEdit.text().strip(),
            linkedin=ui.linkedinEdit.text().strip(),
            x=ui.xEdit.text().strip(),
            address=ui.addressEdit.toPlainText().strip(),
            preferred_channel=_coded(ui.preferredChannelCombo),
            language=_coded(ui.languageCombo),
            contact_time=ui.contactTimeEdit.text().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            tier=ui.tierCombo.currentData(),
            status=ui.statusCombo.currentData(),
            source=ui.sourceEdit.text().strip(),
        )

    def owner_id(self):
        return self.ui.ownerCombo.currentData()

    # -------------------------------------------------------------- live checks
    def _field_has_text(self, field: str) -> bool:
        r = self.record()
        if field in ("full_name", "family_name", "given_name"):
            return bool(r.full_name or r.family_name or r.given_name)
        if field == "emails":
            return bool(self.ui.emailsEdit.toPlainText().strip())
        if field == "phones":
            return bool(self.ui.phonesEdit.toPlainText().strip())
        value = getattr(r, field, "")
        return bool(value)

    def show_errors(self, errors: dict[str, str], everything: bool) -> None:
        ui = self.ui
        shown: dict[str, list[str]] = {}
        general = []
        for field, message in errors.items():
            if not everything and not self._field_has_text(field):
                continue
            target = self.FIELD_ERRORS.get(field)
            if target:
                shown.setdefault(target, []).append(message)
            else:
                general.append(message)
        for name in set(self.FIELD_ERRORS.values()):
            label: QLabel = getattr(ui, name)
            label.setText("\n".join(shown.get(name, ())))
            label.setVisible(name in shown)
        # a tab holding a message says so, in case it is not the one shown
        if not hasattr(self, "_tab_titles"):
            self._tab_titles = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
        for i, title in enumerate(self._tab_titles):
            page = ui.tabs.widget(i)
            bad = any(getattr(ui, n).parent() is page for n in shown)
            ui.tabs.setTabText(i, f"{title} ⚠" if bad else title)
        if everything and errors:
            # A message on another tab must not go unseen: list every one below the tabs too.
            ui.errorLabel.setText("\n".join(errors.values()))
            first = next(iter(errors))
            ui.tabs.setCurrentIndex(
                1 if first in ("emails", "phones", "address", "wechat", "weibo", "linkedin", "x") else 0
            )
        else:
            ui.errorLabel.setText("\n".join(general))

    def check(self) -> None:
        if self.read_only:
            return
        record = self.record()
        try:
            errors = self.contacts.validate(record)
        except CommdeskError:
            errors = {}
        self.show_errors(errors, self._tried)
        self.show_duplicates(record)

    def show_duplicates(self, record: ContactRecord) -> None:
        label = self.ui.duplicatesLabel
        if not (record.display_name or record.emails or record.phones):
            label.hide()
            self.duplicates = []
            return
        try:
            self.duplicates = list(self.contacts.likely_duplicates(record, exclude_id=self.contact_id))
        except CommdeskError:
            self.duplicates = []
        if not self.duplicates:
            label.hide()
            return
        items = [
            f"<b>{html.escape(d.name)}</b>"
            + (f" ({html.escape(d.outlet)})" if d.outlet else "")
            + (f" {html.escape(d.email)}" if d.email else "")
            for d in self.duplicates[:5]
        ]
        more = len(self.duplicates) - 5
        text = self.tr("Possibly the same person as: {people}").format(people="; ".join(items))
        if more > 0:
            text += " " + self.tr("and %n more", "", more)
        label.setText(text)
        label.show()

    # -------------------------------------------------------------- save
    def save(self) -> None:
        self._tried = True
        record = self.record()
        try:
            if self.contact_id is None:
                created = self.contacts.create(record, owner_id=self.owner_id())
                self.saved_id = getattr(created, "id", created)
            else:
                self._update(record, self.version)
        except ValidationError as exc:
            self.show_errors(exc.errors, True)
            return
        except ConflictError as exc:
            choice = conflict.resolve_conflict(self, exc)
            if choice == "cancel":
                return
            if choice == "theirs":
                self.saved_id = self.contact_id
                self.accept()
                return
            try:
                self._update(record, getattr(exc.theirs, "version", None))
            except CommdeskError as again:
                show_error(self, self.tr("The contact was not saved"), again)
                return
        except CommdeskError as exc:
            show_error(self, self.tr("The contact was not saved"), exc)
            return
        self.accept()

    def _update(self, record, version) -> None:
        self.contacts.update(self.contact_id, record, expected_version=version, owner_id=self.owner_id())
        self.saved_id = self.contact_id


# ------------------------------------------------------------------------------ log interaction
def _zoned_field(old: QWidget, zone: str, at: datetime) -> QWidget:
    """Put a date-time field working in ``zone`` (and naming it) where the form's editor ``old`` is;
    its label and the tab order follow."""
    from commdesk.ui.meetings.zoned import ZonedDateTimeField

    parent = old.parentWidget()
    field = ZonedDateTimeField(zone, parent)
    field.set_instant(at)
    field.setEnabled(old.isEnabled())
    for label in parent.findChildren(QLabel):
        if label.buddy() is old:
            label.setBuddy(field.edit)
    parent.layout().replaceWidget(old, field)
    QWidget.setTabOrder(old, field.edit)
    old.hide()
    old.deleteLater()
    return field


class InteractionDialog(AsksBeforeDiscarding, QDialog):
    """Quick "Log interaction" (Ctrl+L) for one contact."""

    def __init__(
        self, services, contact_id, contact_name: str, parent: QWidget | None = None, kind: str = "call"
    ):
        super().__init__(parent)
        from commdesk.services.contacts.service import ContactService
        from commdesk.services.people import PeopleService

        self.services = services
        self.contacts = services.get(ContactService)
        self.contact_id = contact_id
        self.logged = None
        self.setWindowTitle(self.tr("Log interaction with {name}").format(name=contact_name))
        self.form = QWidget(self)
        self.ui = ui = Ui_ContactInteractionForm()
        ui.setupUi(self.form)
        for k in INTERACTION_KINDS:
            ui.kindCombo.addItem(kind_label(k), k)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind)))
        for ch in ("email", "phone", "wechat", "in_person", "event", "mail"):
            ui.channelCombo.addItem(channel_label(ch), ch)
        # times are typed and shown in the organisation's zone, which each field names
        self.zone = self.contacts.zone_name()
        now = datetime.now(UTC)
        for name, at in (
            ("whenEdit", now),
            ("deadlineEdit", now + timedelta(hours=4)),
            ("answeredEdit", now),
        ):
            setattr(ui, name, _zoned_field(getattr(ui, name), self.zone, at))
        ui.answeredCheck.toggled.connect(ui.answeredEdit.setEnabled)
        me = services.person()
        for p in services.get(PeopleService).list():
            ui.liaisonCombo.addItem(p.name, p.name)
        ui.liaisonCombo.setCurrentIndex(max(0, ui.liaisonCombo.findData(me.name)))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.channelCombo.currentIndexChanged.connect(self._check_dnc)
        self._kind_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        ui.summaryEdit.setFocus()
        self.mark_unchanged()

    def edit_state(self):
        ui = self.ui
        return (
            ui.kindCombo.currentData(),
            self._channel(),
            ui.whenEdit.instant(),
            ui.summaryEdit.toPlainText(),
            ui.deadlineEdit.instant(),
            ui.liaisonCombo.currentData(),
            ui.answeredCheck.isChecked(),
            ui.answeredEdit.instant(),
        )

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard this interaction?"), self.tr(
            "You have typed an interaction that is not logged yet. Close without logging it?"
        )

    def _kind_changed(self) -> None:
        """The channel follows the kind (a call is by phone, a mailing by e-mail); it can still be changed."""
        from commdesk.core.contacts.consent import default_channel

        ui = self.ui
        kind = ui.kindCombo.currentData()
        ui.inquiryBox.setVisible(kind == "inquiry")
        channel = default_channel(kind)
        if channel and (i := ui.channelCombo.findData(channel)) >= 0:
            ui.channelCombo.setCurrentIndex(i)  # also checks do-not-contact again
        self._check_dnc()

    def _channel(self) -> str:
        ui = self.ui
        i = ui.channelCombo.findText(ui.channelCombo.currentText())
        return ui.channelCombo.itemData(i) if i >= 0 else ui.channelCombo.currentText().strip()

    def _check_dnc(self) -> None:
        """Say at once when the kind and channel chosen reach the person on a do-not-contact channel."""
        try:
            findings = self.contacts.interaction_findings(
                self.contact_id, self.ui.kindCombo.currentData(), self._channel()
            )
        except CommdeskError:
            findings = []
        self.dnc_warning = " ".join(f.message for f in findings)
        self.ui.errorLabel.setText(self.dnc_warning)
        if self.dnc_warning and self.isVisible():
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # the whole warning shows

    def save(self) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        channel = self._channel()
        extra = {}
        if kind == "inquiry":
            extra = {
                "deadline": ui.deadlineEdit.instant(),
                "liaison": ui.liaisonCombo.currentData(),
                "answered_at": ui.answeredEdit.instant() if ui.answeredCheck.isChecked() else None,
            }
        from commdesk.services.contacts.service import DoNotContactWarning

        when, summary = ui.whenEdit.instant(), ui.summaryEdit.toPlainText().strip()
        try:
            try:
                self.logged = self.contacts.log_interaction(
                    self.contact_id, kind, when, channel, summary, **extra
                )
            except DoNotContactWarning as warning:
                reason = ask_mod.ask_text(
                    self,
                    self.tr("Do not contact"),
                    str(warning) + "\n\n" + self.tr("Reason for logging it anyway (kept in the history):"),
                )
                if reason is None or not reason.strip():
                    ui.errorLabel.setText(str(warning))
                    return
                self.logged = self.contacts.log_interaction(
                    self.contact_id, kind, when, channel, summary, override=reason.strip(), **extra
                )
        except ValidationError as exc:
            ui.summaryError.setVisible("summary" in exc.errors)
            ui.summaryError.setText(exc.errors.get("summary", ""))
            ui.errorLabel.setText("\n".join(m for f, m in exc.errors.items() if f != "summary"))
            return
        except CommdeskError as exc:
            show_error(self, self.tr("The interaction was not logged"), exc)
            return
        self.accept()


# ------------------------------------------------------------------------------ do-not-contact
class DoNotContactDialog(AsksBeforeDiscarding, QDialog):
    """Set do-not-contact for one channel, with a reason and an optional expiry (anyone may)."""

    def __init__(self, services, contact_id, contact_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        from commdesk.services.contacts.service import ContactService

        self.contacts = services.get(ContactService)
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Do not contact {name}").format(name=contact_name))
        self.channel = QComboBox()
        for ch in CHANNELS:
            self.channel.addItem(channel_label(ch), ch)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. asked by phone on 3 May not to get press releases"))
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setSpecialValueText(self.tr("never"))
        self.expires.setMinimumDate(self.expires.minimumDate())
        self.expires.setDate(self.expires.minimumDate())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Expires:"), self.expires)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mark_unchanged()

    def edit_state(self):
        return self.channel.currentData(), self.reason.text(), self.expires.date()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard this do-not-contact?"), self.tr(
            "You have typed a do-not-contact that is not set yet. Close without setting it?"
        )

    def save(self) -> None:
        expires = (
            None if self.expires.date() == self.expires.minimumDate() else self.expires.date().toPython()
        )
        try:
            self.contacts.set_do_not_contact(
                self.contact_id, self.channel.currentData(), self.reason.text().strip(), expires=expires
            )
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        except CommdeskError as exc:
            show_error(self, self.tr("Do-not-contact was not set"), exc)
            return
        self.accept()
