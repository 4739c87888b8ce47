"""The release editor: the Designer form (forms/releases/release_editor_form.ui) filled from and
read into a ``ReleaseEdit``; ``changed`` fires on every keystroke so the pane can autosave."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QListWidgetItem, QWidget

from commdesk.core import timezones as tz
from commdesk.core.releases.content import Quote, ReleaseContent
from commdesk.core.releases.embargo import default_embargo, embargo_is_past
from commdesk.core.releases.records import CHANNELS, ReleaseEdit
from commdesk.ui.generated.ui_release_editor_form import Ui_ReleaseEditorForm

#: Offered first in the embargo's time zone list; every other IANA zone follows, alphabetically.
ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "UTC",
)


def all_zones() -> list[str]:
    """The common zones, then every other zone this system knows (zoneinfo / tzdata)."""
    try:
        others = sorted(available_timezones() - set(ZONES))
    except (OSError, ValueError):  # no readable tz database: the common ones may still resolve
        others = []
    return [*ZONES, *(z for z in others if not z.startswith(("posix/", "right/")) and z != "localtime")]


def zone_error(name: str) -> str:
    """ "" when ``name`` is a time zone, else a sentence that names it."""
    name = name.strip()
    if name:
        try:
            ZoneInfo(name)
            return ""
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return QCoreApplication.translate(
        "ReleaseEditor",
        "\u201c{zone}\u201d is not a time zone; choose one from the list, such as "
        "Asia/Shanghai or Europe/Berlin.",
    ).format(zone=name)


def channel_names() -> dict[str, str]:
    from commdesk.core.documents.releases import channel_label

    return {c: channel_label(c) for c in CHANNELS}


class ReleaseEditor(QWidget):
    changed = Signal()
    open_linked = Signal(int)  # the linked release in the other language, to show it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ReleaseEditorForm()
        self.ui.setupUi(self)
        self._loading = False
        #: the organisation's zone (the pane sets it): a new embargo starts in it, and an empty
        #: dateline is today there, not in the process's zone
        self.zone: ZoneInfo | None = None
        # now (the pane sets the services' clock) and the organisation's working calendar: a new
        # embargo starts at 10:00 of the next working day in its zone, a past one is flagged
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.calendar = None
        self._embargo_unset = True  # the field holds no embargo of this release yet
        self._messages: dict[str, str] = {}
        self.ui.languageCombo.addItem("中文", "zh")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.ruleCombo.addItem(self.tr("Any one chosen reviewer approves"), "any")
        self.ui.ruleCombo.addItem(self.tr("Every chosen reviewer approves"), "all")
        zone = self.ui.zoneCombo
        zone.addItems(list(ZONES))
        zone.insertSeparator(len(ZONES))
        zone.addItems(all_zones()[len(ZONES) :])
        zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zone.setMaxVisibleItems(20)
        zone.setMinimumContentsLength(16)
        zone.setToolTip(self.tr("Time zone of the embargo: pick one or type a name such as Asia/Shanghai"))
        completer = QCompleter(all_zones(), zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone.setCompleter(completer)
        zone.currentTextChanged.connect(self._zone_changed)
        box = QHBoxLayout(self.ui.channelsBox)
        box.setContentsMargins(0, 0, 0, 0)
        self.channel_checks: dict[str, QCheckBox] = {}
        for key, label in channel_names().items():
            check = QCheckBox(label, self.ui.channelsBox)
            box.addWidget(check)
            self.channel_checks[key] = check
            check.toggled.connect(self._changed)
        box.addStretch(1)
        for w in (self.ui.titleEdit, self.ui.subtitleEdit, self.ui.cityEdit):
            w.textEdited.connect(self._changed)
        for w in (self.ui.bodyEdit, self.ui.quotesEdit, self.ui.boilerplateEdit, self.ui.contactEdit):
            w.textChanged.connect(self._changed)
        self.ui.dateEdit.dateChanged.connect(self._changed)
        self.ui.embargoEdit.dateTimeChanged.connect(self._changed)
        self.ui.embargoEdit.dateTimeChanged.connect(lambda _v: self.check_past())
        self.ui.embargoCheck.toggled.connect(self._embargo_toggled)
        self.ui.zoneCombo.currentTextChanged.connect(self._changed)
        for combo in (self.ui.languageCombo, self.ui.ruleCombo, self.ui.linkCombo):
            combo.currentIndexChanged.connect(self._changed)
        self._link_candidates: list[tuple[int, str, str]] = []
        self.ui.linkCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.linkCombo.setMinimumContentsLength(20)
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self._fill_links(self.linked_id()))
        self.ui.linkCombo.currentIndexChanged.connect(lambda _i: self._link_state())
        self.ui.openLinkedButton.clicked.connect(self._open_linked)
        self._fill_links(None)
        self.ui.reviewersList.itemChanged.connect(self._changed)
        self.ui.listsList.itemChanged.connect(self._changed)
        self._loading = True
        self._embargo_toggled(False)
        self._loading = False

    def _changed(self, *_):
        if not self._loading:
            self.changed.emit()

    def _embargo_toggled(self, on: bool) -> None:
        self.ui.embargoEdit.setEnabled(on)
        self.ui.zoneCombo.setEnabled(on)
        if on and not self._loading and self._embargo_unset:
            self._start_embargo()
        self.check_zone()
        self.check_past()
        self._changed()

    def _embargo_zone(self) -> str:
        """The zone chosen for the embargo, or the organisation's while the text is not a zone."""
        name = self.ui.zoneCombo.currentText().strip()
        if tz.is_valid_zone(name):
            return name
        return getattr(self.zone, "key", None) or tz.system_zone_name()

    def _start_embargo(self) -> None:
        """A new embargo: 10:00 of the next working day in its zone (never Qt's 2000-01-01)."""
        zone = self._embargo_zone()
        self.ui.embargoEdit.set_instant(default_embargo(self.clock(), zone, self.calendar), zone)
        self._embargo_unset = False

    def _zone_changed(self, _text: str) -> None:
        # the wall clock typed stays (10:00 stays 10:00 in the new zone); the instant follows the zone
        self.ui.embargoEdit.set_zone(self.ui.zoneCombo.currentText().strip())
        self.check_zone()
        self.check_past()

    def _set_message(self, key: str, text: str) -> None:
        """Show (or clear) one of the editor's own messages under the form, keeping the others."""
        previous = self._messages.get(key, "")
        if text or previous:
            lines = [
                line
                for line in self.ui.errorLabel.text().splitlines()
                if line and line not in (previous, text)
            ]
            if text:
                lines.insert(0, text)
            self.ui.errorLabel.setText("\n".join(lines))
        self._messages[key] = text

    def check_zone(self) -> str:
        """Name a wrong embargo time zone at once (under the form and on the field); "" when fine."""
        ui = self.ui
        error = zone_error(ui.zoneCombo.currentText()) if ui.embargoCheck.isChecked() else ""
        ui.zoneCombo.setStyleSheet("QComboBox { border: 1px solid #b3261e; }" if error else "")
        ui.zoneCombo.setProperty("invalid", bool(error))
        self._set_message("zone", error)
        return error

    def check_past(self) -> str:
        """Flag an embargo that is already over (on the field and under the form); "" when fine."""
        ui = self.ui
        text = ""
        # a read-only release (published, in review for someone else) is not flagged: nobody can change it
        if ui.embargoCheck.isChecked() and ui.embargoEdit.isEnabled() and not self._messages.get("zone"):
            zone = self._embargo_zone()
            shown = ui.embargoEdit.wall_clock()
            moment = tz.wall_clock(shown.date(), shown.time(), zone)
            if embargo_is_past(moment, self.clock()):
                text = self.tr(
                    "The embargo {time} is already past: the release would not be embargoed. "
                    "Choose a later time or untick \u201cEmbargo until\u201d."
                ).format(time=tz.format_instant(moment, zone))
        ui.embargoEdit.setStyleSheet("QDateTimeEdit { border: 1px solid #b3261e; }" if text else "")
        ui.embargoEdit.setProperty("past", bool(text))
        self._set_message("past", text)
        return text

    # -- choices ---------------------------------------------------------------------------------------
    def set_reviewer_choices(self, people: list[tuple[int, str]]) -> None:
        self._loading = True
        self.ui.reviewersList.clear()
        for pid, name in people:
            item = QListWidgetItem(name, self.ui.reviewersList)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._loading = False

    def set_list_choices(self, lists: list[tuple[int, str]]) -> None:
        self._loading = True
        self.ui.listsList.clear()
        for lid, name in lists:
            item = QListWidgetItem(name, self.ui.listsList)
            item.setData(Qt.ItemDataRole.UserRole, (lid, name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._loading = False

    def set_link_choices(self, releases: list[tuple[int, str, str]]) -> None:
        """Releases that may be linked as the other-language version: (id, label, language)."""
        self._link_candidates = list(releases)
        self._fill_links(self.linked_id())

    def linked_id(self) -> int | None:
        return self.ui.linkCombo.currentData()

    def _fill_links(self, chosen: int | None) -> None:
        """The releases in the other language than the one chosen (and the linked one, whatever it is)."""
        loading, self._loading = self._loading, True
        combo = self.ui.linkCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not linked)"), None)
        language = self.ui.languageCombo.currentData() or "zh"
        for rid, label, lang in self._link_candidates:
            if lang != language or rid == chosen:
                combo.addItem(f"{'中文' if lang == 'zh' else 'English'} \u00b7 {label}", rid)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._loading = loading
        self._link_state()

    def _link_state(self) -> None:
        self.ui.openLinkedButton.setEnabled(self.linked_id() is not None)

    def _open_linked(self) -> None:
        rid = self.linked_id()
        if rid is not None:
            self.open_linked.emit(rid)

    # -- load / read -----------------------------------------------------------------------------------
    def load(self, edit: ReleaseEdit) -> None:
        self._loading = True
        try:
            c = edit.content
            ui = self.ui
            ui.titleEdit.setText(c.title)
            ui.subtitleEdit.setText(c.subtitle)
            ui.cityEdit.setText(c.dateline_city)
            d = c.dateline_date or tz.today_in(self.zone or tz.system_zone_name(), self.clock)
            ui.dateEdit.setDate(QDate(d.year, d.month, d.day))
            ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(c.language)))
            ui.bodyEdit.setPlainText(c.body_markdown)
            ui.quotesEdit.setPlainText("\n".join(f"{q.text} | {q.attribution}" for q in c.quotes))
            ui.boilerplateEdit.setPlainText(c.boilerplate)
            ui.contactEdit.setPlainText(c.media_contact)
            zone = edit.embargo_tz or getattr(self.zone, "key", None) or tz.system_zone_name()
            ui.zoneCombo.setCurrentText(zone)
            ui.embargoCheck.setChecked(c.embargo is not None)
            ui.embargoEdit.set_zone(zone)
            self._embargo_unset = c.embargo is None
            if c.embargo is not None:
                ui.embargoEdit.set_instant(c.embargo, zone)
            for key, check in self.channel_checks.items():
                check.setChecked(key in edit.channels)
            for i in range(ui.reviewersList.count()):
                item = ui.reviewersList.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in edit.reviewer_ids
                    else Qt.CheckState.Unchecked
                )
            chosen = {lid for lid, _ in edit.lists}
            for i in range(ui.listsList.count()):
                item = ui.listsList.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole)[0] in chosen
                    else Qt.CheckState.Unchecked
                )
            ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(edit.review_rule)))
            self._fill_links(edit.linked_id)
            self._base = edit
            ui.errorLabel.clear()
            self._messages.clear()
            self._embargo_toggled(self.ui.embargoCheck.isChecked())
        finally:
            self._loading = False

    def edit(self) -> ReleaseEdit:
        ui = self.ui
        qd = ui.dateEdit.date()
        quotes = []
        for line in ui.quotesEdit.toPlainText().splitlines():
            if line.strip():
                text, _, who = line.rpartition("|") if "|" in line else (line, "", "")
                quotes.append(Quote(text.strip(), who.strip()))
        embargo = None
        zone = ui.zoneCombo.currentText().strip()
        if ui.embargoCheck.isChecked():
            # the wall clock as typed, in the chosen zone (a DST gap moves forward, as for meetings)
            shown = ui.embargoEdit.wall_clock()
            if tz.is_valid_zone(zone):
                embargo = tz.wall_clock(shown.date(), shown.time(), zone)
            else:  # the service names the bad zone
                embargo = shown.replace(tzinfo=UTC)
        content = ReleaseContent(
            title=ui.titleEdit.text(),
            subtitle=ui.subtitleEdit.text(),
            dateline_city=ui.cityEdit.text(),
            dateline_date=date(qd.year(), qd.month(), qd.day()),
            body_markdown=ui.bodyEdit.toPlainText(),
            quotes=tuple(quotes),
            boilerplate=ui.boilerplateEdit.toPlainText(),
            media_contact=ui.contactEdit.toPlainText(),
            language=ui.languageCombo.currentData() or "zh",
            embargo=embargo,
        )
        reviewers = tuple(
            ui.reviewersList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.reviewersList.count())
            if ui.reviewersList.item(i).checkState() == Qt.CheckState.Checked
        )
        lists = tuple(
            tuple(ui.listsList.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.listsList.count())
            if ui.listsList.item(i).checkState() == Qt.CheckState.Checked
        )
        base = getattr(self, "_base", None)
        return ReleaseEdit(
            content,
            zone if embargo else "",
            tuple(k for k, c in self.channel_checks.items() if c.isChecked()),
            lists,
            reviewers,
            ui.ruleCombo.currentData() or "any",
            base.owner_id if base else None,
            self.linked_id(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.ui.titleEdit, self.ui.subtitleEdit, self.ui.cityEdit):
            w.setReadOnly(read_only)
        for w in (self.ui.bodyEdit, self.ui.quotesEdit, self.ui.boilerplateEdit, self.ui.contactEdit):
            w.setReadOnly(read_only)
        for w in (
            self.ui.dateEdit,
            self.ui.languageCombo,
            self.ui.embargoCheck,
            self.ui.ruleCombo,
            self.ui.linkCombo,
            self.ui.reviewersList,
            self.ui.listsList,
            *self.channel_checks.values(),
        ):
            w.setEnabled(not read_only)
        self.ui.embargoEdit.setEnabled(not read_only and self.ui.embargoCheck.isChecked())
        self.ui.zoneCombo.setEnabled(not read_only and self.ui.embargoCheck.isChecked())
        self.check_past()

    def show_errors(self, errors: dict[str, str]) -> None:
        self._messages = {"zone": errors.get("embargo_tz", "")}  # cleared once the zone is corrected
        self.ui.errorLabel.setText("\n".join(errors.values()))
