"""The new/edit post dialog: account, kind (SM-4), planned time in the organisation's zone, campaign,
the release it promotes, title and text with the live length counter of the chosen platform (and
how every other platform would count it), files from the asset library with their rights warnings,
and the "which channel?" guide (P-4, IM-2) in both languages."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.core.publishing.channels import GUIDE
from commdesk.core.publishing.drafts import POST_DRAFTS, PostDraft
from commdesk.services.publishing.accounts import Account, AccountService
from commdesk.services.publishing.assets import AssetService
from commdesk.services.publishing.posts import POST_KINDS, Post, PostEdit, PostService, kind_label
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.publishing.widgets import labelled


def guide_html() -> str:
    """The channel guide as the dialog shows it: each channel, its rules, both languages."""
    parts = []
    for c in GUIDE:
        parts.append(
            f"<p><b>{escape(c.name_zh)}</b> / <b>{escape(c.name_en)}</b> "
            f"<span style='color:#777'>({escape(c.rules)})</span><br>"
            f"{escape(c.for_zh)}<br><i>{escape(c.for_en)}</i></p>"
        )
    return "".join(parts)


def to_qdatetime(instant: datetime, zone: str) -> QDateTime:
    local = tz.to_zone(instant, zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, zone: str) -> datetime:
    d, t = value.date(), value.time()
    return tz.wall_clock(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), zone)


class PostDialog(AsksBeforeDiscarding, QDialog):
    #: How often what is typed is copied to the drafts store (milliseconds).
    AUTOSAVE_MS = 3000

    def __init__(
        self,
        services,
        post: Post | None = None,
        parent=None,
        *,
        planned: datetime | None = None,
        draft: PostDraft | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.post = post
        self.saved: Post | None = None
        self.zone = services.get(SettingsService).time_zone()
        self.accounts: list[Account] = services.get(AccountService).accounts()
        self.setWindowTitle(self.tr("Edit post") if post else self.tr("New post"))

        form = QFormLayout()
        self.account = QComboBox()
        for a in self.accounts:
            self.account.addItem(a.label(), a.id)
        form.addRow(labelled(self.tr("&Account:"), self.account), self.account)
        self.kind = QComboBox()
        for k in POST_KINDS:
            self.kind.addItem(kind_label(k), k)
        form.addRow(labelled(self.tr("&Kind:"), self.kind), self.kind)
        self.planned = QDateTimeEdit()
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(
            labelled(
                self.tr("&Planned (%1):").replace("%1", tz.zone_label(self.services.ctx.clock(), self.zone)),
                self.planned,
            ),
            self.planned,
        )
        self.campaign = QComboBox()
        self.campaign.setEditable(True)
        self.campaign.addItem("")
        self.campaign.addItems(services.get(PostService).campaigns())
        form.addRow(labelled(self.tr("Ca&mpaign or topic:"), self.campaign), self.campaign)
        self.release = QComboBox()
        self.release.addItem(self.tr("(none)"), None)
        for rid, reference, title, _lang in self._releases():
            self.release.addItem(f"{reference} {title}", rid)
        form.addRow(labelled(self.tr("Promotes &release:"), self.release), self.release)
        self.title_edit = QLineEdit()
        self.title_label = labelled(self.tr("&Title:"), self.title_edit)
        form.addRow(self.title_label, self.title_edit)

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(160)
        self.counter = QLabel()
        self.counter.setObjectName("lengthCounter")
        self.others = QLabel()
        self.others.setWordWrap(True)
        self.others.setObjectName("otherPlatforms")

        self.files = QListWidget()
        self.files.setMaximumHeight(80)
        self.add_files = QPushButton(self.tr("Add &files…"))
        self.add_files.clicked.connect(self.pick_files)
        self.remove_file = QPushButton(self.tr("Remo&ve file"))
        self.remove_file.clicked.connect(self.drop_file)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b35900")

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(labelled(self.tr("Te&xt:"), self.text))
        lv.addWidget(self.text, 1)
        lv.addWidget(self.counter)
        lv.addWidget(self.others)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.remove_file)
        buttons.addStretch(1)
        files_row.addLayout(buttons)
        files_box = QGroupBox(self.tr("Images and videos"))
        files_box.setLayout(files_row)
        lv.addWidget(files_box)
        lv.addWidget(self.warnings)

        guide = QGroupBox(self.tr("Which channel? (P-4, IM-2)"))
        gv = QVBoxLayout(guide)
        self.guide = QTextBrowser()
        self.guide.setObjectName("channelGuide")
        self.guide.setHtml(guide_html())
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        gv.addWidget(self.purpose)
        gv.addWidget(self.guide)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(guide)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.box)

        self.asset_ids: list[int] = []
        self._fill(post, planned)
        self.account.currentIndexChanged.connect(self.update_counter)
        self.text.textChanged.connect(self.update_counter)
        self.title_edit.textChanged.connect(self.update_counter)
        self.planned.dateTimeChanged.connect(self.update_warnings)
        self.update_counter()
        self.update_warnings()
        self.resize(980, 640)
        self.mark_unchanged()
        self.store = POST_DRAFTS.open(services.ctx)
        if draft is not None:  # a copy left by a crash: shown as typed, so it counts as unsaved
            self._fill_draft(draft)
        self.autosave = QTimer(self)
        self.autosave.setInterval(self.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_draft)
        self.autosave.start()
        self.rejected.connect(self.discard_draft)  # Cancel, asked first when something was typed

    def _releases(self):
        try:
            from commdesk.services.releases.service import ReleaseService

            return self.services.get(ReleaseService).link_choices()
        except CommdeskError:
            return []

    def _fill(self, post: Post | None, planned: datetime | None) -> None:
        if post is None:
            tomorrow = tz.today_in(self.zone, self.services.ctx.clock) + timedelta(days=1)
            start = planned or tz.wall_clock(tomorrow, time(10, 0), self.zone)  # office hours, not 00:00
            self.planned.setDateTime(to_qdatetime(start, self.zone))
            return
        self.account.setCurrentIndex(max(0, self.account.findData(post.account_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(post.kind)))
        self.planned.setDateTime(to_qdatetime(post.planned_at, self.zone))
        self.campaign.setCurrentText(post.campaign)
        self.release.setCurrentIndex(max(0, self.release.findData(post.release_id)))
        self.title_edit.setText(post.title)
        self.text.setPlainText(post.text)
        self.asset_ids = list(post.asset_ids)
        self._show_files()

    def current_account(self) -> Account | None:
        aid = self.account.currentData()
        return next((a for a in self.accounts if a.id == aid), None)

    def update_counter(self) -> None:
        account = self.current_account()
        if account is None:
            self.counter.setText(self.tr("Add an account first (Accounts…)."))
            return
        plat = account.platform
        check = plat.check(self.text.toPlainText(), self.title_edit.text())
        has_title = plat.title_limit is not None
        self.title_edit.setEnabled(has_title)
        self.title_label.setEnabled(has_title)
        text = self.tr("%1: %2 of %3").replace("%1", plat.name()).replace("%2", str(check.text_length))
        text = text.replace("%3", str(check.text_limit))
        if has_title:
            text += "  " + self.tr("title %1 of %2").replace("%1", str(check.title_length)).replace(
                "%2", str(check.title_limit)
            )
        if not check.fits:
            over = check.text_over or check.title_over
            text += "  " + self.tr("(%1 too long)").replace("%1", str(over))
        self.counter.setText(text)
        self.counter.setStyleSheet("" if check.fits else "color: #c00000; font-weight: bold")
        others = []
        seen = set()
        for a in self.accounts:
            p = a.platform
            if p.id == plat.id or p.id in seen:
                continue
            seen.add(p.id)
            c = p.check(self.text.toPlainText())
            others.append(f"{p.name()} {c.text_length}/{c.text_limit}" + (" ✗" if c.text_over else ""))
        self.others.setText(
            self.tr("On other platforms: %1").replace("%1", " · ".join(others)) if others else ""
        )
        self.purpose.setText(
            f"<b>{escape(plat.name())}</b><br>{escape(plat.purpose_zh)}<br><i>{escape(plat.purpose_en)}</i>"
            if plat.purpose_zh or plat.purpose_en
            else ""
        )

    def _show_files(self) -> None:
        self.files.clear()
        if not self.asset_ids:
            return
        assets = {a.id: a for a in self.services.get(AssetService).list()}
        for aid in self.asset_ids:
            a = assets.get(aid)
            item = QListWidgetItem(a.file_name if a else f"#{aid}")
            item.setData(Qt.ItemDataRole.UserRole, aid)
            self.files.addItem(item)

    def pick_files(self) -> None:
        from commdesk.ui.publishing.assets_dialog import AssetLibraryDialog

        dlg = AssetLibraryDialog(self.services, self, pick=True)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            for aid in dlg.picked:
                if aid not in self.asset_ids:
                    self.asset_ids.append(aid)
            self._show_files()
            self.update_warnings()

    def drop_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.asset_ids):
            del self.asset_ids[row]
            self._show_files()
            self.update_warnings()

    def update_warnings(self) -> None:
        if not self.asset_ids:
            self.warnings.setText("")
            return
        found = self.services.get(AssetService).warnings(
            self.asset_ids, from_qdatetime(self.planned.dateTime(), self.zone), self.zone
        )
        self.warnings.setText("\n".join(found))

    def edit(self) -> PostEdit:
        return PostEdit(
            account_id=self.account.currentData() or 0,
            text=self.text.toPlainText(),
            planned_at=from_qdatetime(self.planned.dateTime(), self.zone),
            title=self.title_edit.text() if self.title_edit.isEnabled() else "",
            kind=self.kind.currentData(),
            campaign=self.campaign.currentText(),
            release_id=self.release.currentData(),
            asset_ids=tuple(self.asset_ids),
        )

    def edit_state(self):
        return self.edit()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the post?"), self.tr("What you typed in this post is not saved. Discard it?")

    def save(self) -> None:
        """Save; when someone else saved the post meanwhile, both versions are shown side by side:
        keep mine (saved over theirs, an approval is voided as by any edit), take theirs (what was
        typed here is replaced), or cancel (what was typed stays in the dialog)."""
        svc = self.services.get(PostService)
        expected = self.post.version if self.post else None
        while True:
            try:
                self.saved = svc.save(self.edit(), self.post.id if self.post else None, expected)
                break
            except ConflictError as exc:
                choice = resolve_conflict(self, exc)
                if choice == "cancel" or self.post is None:
                    return
                try:
                    stored = svc.get(self.post.id)
                except CommdeskError as gone:
                    show_error(self, self.tr("The post cannot be saved"), gone)
                    return
                if choice == "theirs":
                    self.post = stored
                    self._fill(stored, None)
                    self.mark_unchanged()
                    return
                if exc.theirs is not None and svc.shown(stored.as_edit()) != exc.theirs:
                    continue  # saved again since it was shown: the stale copy meets the newer one
                expected = stored.version  # keep mine over exactly what was shown
                self.post = stored
            except CommdeskError as exc:
                show_error(self, self.tr("The post cannot be saved"), exc)
                return
        self.mark_unchanged()
        self.discard_draft()
        self.accept()

    # ------------------------------------------------------------------------------ drafts
    def draft(self) -> PostDraft:
        e = self.edit()
        return PostDraft(
            e.account_id or None, e.text, e.planned_at, e.title, e.kind, e.campaign, e.release_id, e.asset_ids
        )

    def _draft_key(self) -> int | None:
        return self.post.id if self.post is not None else None

    def write_draft(self) -> None:
        """Copy what is typed to the drafts store, when it differs from what is saved."""
        if not self.has_unsaved_edits():
            return
        d = self.draft()
        label = (d.title or d.text).strip().splitlines()[0][:60] if (d.title or d.text).strip() else ""
        self.store.save(
            self._draft_key(),
            d,
            saved_at=self.services.ctx.clock(),
            label=label,
            person_id=self.services.person().id,
            base_version=self.post.version if self.post is not None else None,
        )

    def discard_draft(self) -> None:
        self.store.discard(self._draft_key())

    def _fill_draft(self, d: PostDraft) -> None:
        if d.account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(d.account_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.planned.setDateTime(to_qdatetime(d.planned_at, self.zone))
        self.campaign.setCurrentText(d.campaign)
        self.release.setCurrentIndex(max(0, self.release.findData(d.release_id)))
        self.title_edit.setText(d.title)
        self.text.setPlainText(d.text)
        self.asset_ids = list(d.asset_ids)
        self._show_files()
