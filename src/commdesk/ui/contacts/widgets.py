"""Parts of the contacts pane: the filter bar, the detail panel (history timeline, do-not-contact
with reasons) and the distribution lists panel with its members dialog."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.contacts.records import OutletKind, Tier
from commdesk.ui.contacts.dialogs import kind_label, owner_items
from commdesk.ui.contacts.models import channel_label, date_text, datetime_text, label_of, person_name

INQUIRY_COL, SUMMARY_COL = 4, 5


def coverage_entries(coverage_service, contact_id: int, zone: str = "UTC") -> list:
    """The journalist's pick-ups (MD-6) as timeline entries (kind "coverage"), to show beside the
    logged interactions; negative ids keep them apart from interactions. A pick-up's day begins in
    ``zone`` (the organisation's)."""
    from commdesk.core import timezones as tz
    from commdesk.services.contacts.service import Interaction

    zone = tz.zone(zone)
    out = []
    for c in coverage_service.for_journalist(contact_id):
        text = " · ".join(x for x in (c.release_reference, c.outlet, c.headline, c.url) if x)
        out.append(
            Interaction(
                -(c.id or 0),
                contact_id,
                "coverage",
                datetime.combine(c.day, datetime.min.time(), zone),
                "",
                text,
                "",
                c.release_id,
                None,
                None,
                "",
                None,
            )
        )
    return out


def timeline(interactions, coverage) -> list:
    """Interactions and coverage together, newest first."""
    return sorted([*interactions, *coverage], key=lambda it: it.when, reverse=True)


def _combo(first: str) -> QComboBox:
    c = QComboBox()
    c.addItem(first, None)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return c


class FilterBar(QWidget):
    """Combos for outlet kind, beat, region, tier, owner, list, do-not-contact, not contacted since."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = _combo(self.tr("Any outlet kind"))
        for k in OutletKind:
            self.kind.addItem(k.label, k)
        self.beat = _combo(self.tr("Any beat"))
        self.region = _combo(self.tr("Any region"))
        self.tier = _combo(self.tr("Any tier"))
        for t in Tier:
            self.tier.addItem(t.label, t)
        self.owner = _combo(self.tr("Any owner"))
        self.list = _combo(self.tr("Any list"))
        self.dnc = _combo(self.tr("Do-not-contact: either"))
        self.dnc.addItem(self.tr("Do-not-contact only"), True)
        self.dnc.addItem(self.tr("Contactable only"), False)
        self.since = _combo(self.tr("Contacted any time"))
        for days, text in (
            (30, self.tr("Not contacted for 30 days")),
            (90, self.tr("Not contacted for 90 days")),
            (182, self.tr("Not contacted for 6 months")),
            (365, self.tr("Not contacted for a year")),
        ):
            self.since.addItem(text, days)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        # Two rows of four, so the pane fits 1280x800 beside the navigation in both languages.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos = (
            self.kind,
            self.beat,
            self.region,
            self.tier,
            self.owner,
            self.list,
            self.dnc,
            self.since,
        )
        for i, c in enumerate(self.combos):
            c.currentIndexChanged.connect(self.changed)
            layout.addWidget(c, i // 4, i % 4)
        layout.addWidget(self.clear_button, 1, 4)
        layout.setColumnStretch(5, 1)

    def set_choices(self, beats, regions, owners, lists) -> None:
        """Fill the combos that come from the data, keeping the current choices."""
        for combo, items in (
            (self.beat, [(b, b) for b in beats]),
            (self.region, [(r, r) for r in regions]),
            (self.owner, [(pid, name) for pid, name in owner_items(owners)]),
            (self.list, [(lst.id, lst.name) for lst in lists]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def set_list(self, list_id) -> None:
        self.list.setCurrentIndex(max(0, self.list.findData(list_id)) if list_id is not None else 0)

    def clear(self) -> None:
        for c in self.combos:
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        self.changed.emit()

    def active(self) -> bool:
        return any(c.currentIndex() > 0 for c in self.combos)

    def query_fields(self) -> dict:
        days = self.since.currentData()
        return {
            "outlet_kind": self.kind.currentData(),
            "beat": self.beat.currentData(),
            "region": self.region.currentData(),
            "tier": self.tier.currentData(),
            "owner_id": self.owner.currentData(),
            "list_id": self.list.currentData(),
            "do_not_contact": self.dnc.currentData(),
            "not_contacted_days": days or None,
        }


class DetailPanel(QWidget):
    """One contact: how to reach them, do-not-contact per channel with reasons, the history timeline."""

    log_requested = Signal()
    dnc_requested = Signal()
    lift_requested = Signal(str)  # channel
    history_requested = Signal()
    edit_requested = Signal()
    answer_requested = Signal(object)  # interaction id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = None
        self.interactions: list = []
        self.zone = "UTC"  # the organisation's zone, set by the pane: times are shown there
        self.info = QTextBrowser()
        self.info.setOpenLinks(False)
        self.info.anchorClicked.connect(self._anchor)
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.dnc_button = QPushButton(self.tr("&Do not contact…"))
        self.lift_button = QPushButton(self.tr("Lift do-not-&contact"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.answer_button = QPushButton(self.tr("Inquiry &answered"))
        self.log_button.clicked.connect(self.log_requested)
        self.dnc_button.clicked.connect(self.dnc_requested)
        self.lift_button.clicked.connect(self._lift)
        self.history_button.clicked.connect(self.history_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.answer_button.clicked.connect(self._answer)
        buttons = QGridLayout()  # two rows: the panel shares the width with the list and the table
        for i, b in enumerate(
            (self.edit_button, self.log_button, self.history_button, self.dnc_button, self.lift_button)
        ):
            buttons.addWidget(b, i // 3, i % 3)
        buttons.setColumnStretch(3, 1)
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Channel"),
                self.tr("Logged by"),
                self.tr("Inquiry"),
                self.tr("Summary"),
            ]
        )
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(INQUIRY_COL, QHeaderView.ResizeMode.Interactive)
        self.timeline.header().resizeSection(INQUIRY_COL, 150)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.currentItemChanged.connect(self._timeline_changed)
        tl_head = QHBoxLayout()
        tl_label = QLabel(self.tr("<b>Cooperation history</b>"))
        tl_head.addWidget(tl_label)
        tl_head.addStretch(1)
        tl_head.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info, 3)
        layout.addLayout(buttons)
        layout.addLayout(tl_head)
        layout.addWidget(self.timeline, 2)
        self.may_lift = False
        self.mark_refused = ""  # why the acting person may not mark do-not-contact ("" : they may)
        self.show_contact(None, [])

    # ------------------------------------------------------------------ content
    def set_zone(self, zone: str) -> None:
        """Show times in ``zone``; the "When" column names it."""
        from commdesk.core import timezones as tz

        self.zone = zone
        self.timeline.headerItem().setText(0, self.tr("When ({zone})").format(zone=tz.zone_label(None, zone)))

    def show_contact(self, detail, interactions) -> None:
        self.detail = detail
        self.interactions = list(interactions)
        has = detail is not None
        for b in (self.log_button, self.history_button, self.edit_button):
            b.setEnabled(has)
        self._update_mark()
        self.info.setHtml(
            self._html(detail)
            if has
            else "<p style='color:#777'>"
            + html.escape(self.tr("Choose a contact to see the details."))
            + "</p>"
        )
        self.timeline.clear()
        for it in self.interactions:
            inquiry = ""
            if it.kind == "inquiry":
                if it.answered_at:
                    inquiry = self.tr("answered {when}").format(when=datetime_text(it.answered_at, self.zone))
                elif it.deadline:
                    inquiry = self.tr("open, deadline {when}").format(
                        when=datetime_text(it.deadline, self.zone)
                    )
                else:
                    inquiry = self.tr("open")
            row = QTreeWidgetItem(
                [
                    datetime_text(it.when, self.zone),
                    kind_label(it.kind),
                    channel_label(it.channel or ""),
                    person_name(it.logged_by),
                    inquiry,
                    (it.summary or "").replace("\n", " "),
                ]
            )
            row.setToolTip(SUMMARY_COL, it.summary or "")
            row.setToolTip(INQUIRY_COL, inquiry + (f" — {it.liaison}" if getattr(it, "liaison", "") else ""))
            row.setData(0, Qt.ItemDataRole.UserRole, it)
            self.timeline.addTopLevelItem(row)
        self._update_lift()
        self._timeline_changed()

    def dnc_channels(self) -> list[str]:
        if self.detail is None:
            return []
        return [str(getattr(c.channel, "value", c.channel)) for c in self.detail.consents if c.do_not_contact]

    def set_permissions(self, mark_refused: str, may_lift: bool) -> None:
        """What the acting person may do here: ``mark_refused`` is "" when they may mark do-not-contact,
        else why not (the service's words, e.g. a read-only database); lifting is for administrators."""
        self.mark_refused, self.may_lift = mark_refused, may_lift and not mark_refused
        self._update_mark()
        self._update_lift()

    def _update_mark(self) -> None:
        why = self.mark_refused or ("" if self.detail is not None else self.tr("Choose a contact first."))
        self.dnc_button.setEnabled(not why)
        self.dnc_button.setToolTip(why)

    def _update_lift(self) -> None:
        active = bool(self.dnc_channels())
        self.lift_button.setEnabled(active and self.may_lift)
        self.lift_button.setToolTip(
            ""
            if self.may_lift
            else self.mark_refused or self.tr("Only administrators may lift do-not-contact.")
        )

    def _html(self, d) -> str:
        r = d.record
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(r.display_name)}"
            + (f" <span style='color:#666;font-weight:normal'>{e(r.pinyin)}</span>" if r.pinyin else "")
            + "</h3>"
        ]
        sub = " · ".join(x for x in (r.title, r.outlet) if x)
        if sub:
            parts.append(f"<p style='margin:2px 0'>{e(sub)}</p>")
        if d.deleted:
            in_trash = self.tr("In the trash")
            parts.append(f"<p style='color:#b3261e'><b>{e(in_trash)}</b></p>")
        dnc = [c for c in d.consents if c.do_not_contact]
        if dnc:
            rows = []
            for c in dnc:
                line = self.tr("Do not contact by {channel}: {reason}").format(
                    channel=channel_label(c.channel), reason=c.reason or self.tr("no reason given")
                )
                who = self.tr("set by {person} on {date}").format(
                    person=person_name(c.set_by), date=date_text(c.set_at, self.zone)
                )
                if c.expires:
                    who += ", " + self.tr("until {date}").format(date=date_text(c.expires))
                rows.append(f"<li><b>{e(line)}</b><br><span style='color:#555'>{e(who)}</span></li>")
            parts.append(
                "<div style='background:#fde7e9;color:#6b0f16;padding:4px'><ul style='margin:0'>"
                + "".join(rows)
                + "</ul></div>"
            )
        from commdesk.core.contacts.labels import entry_label, language_label, source_label

        facts = []
        for em in sorted(r.emails, key=lambda x: not x.primary):
            facts.append(
                (
                    self.tr("E-mail"),
                    f"<a href='mailto:{e(em.address)}'>{e(em.address)}</a>"
                    + (f" ({e(entry_label(em.label))})" if em.label else ""),
                )
            )
        from commdesk.core.contacts.validation import format_phone

        for ph in sorted(r.phones, key=lambda x: not x.primary):
            facts.append(
                (
                    self.tr("Phone"),
                    e(format_phone(ph.number)) + (f" ({e(entry_label(ph.label))})" if ph.label else ""),
                )
            )
        for label, value in (
            (self.tr("WeChat"), r.wechat),
            (self.tr("Weibo"), r.weibo),
            (self.tr("LinkedIn"), r.linkedin),
            (self.tr("X"), r.x),
            (self.tr("Beats"), ", ".join(r.beats)),
            (self.tr("Other outlets"), ", ".join(o for o in r.outlets if o != r.outlet)),
            (self.tr("Tier"), label_of(r.tier)),
            (self.tr("Status"), label_of(r.status)),
            (self.tr("Owner"), person_name(d.owner)),
            (self.tr("Lists"), ", ".join(n for _, n in d.lists)),
            (self.tr("Preferred channel"), channel_label(r.preferred_channel) if r.preferred_channel else ""),
            (self.tr("Language"), language_label(r.language)),
            (self.tr("Time to contact"), r.contact_time),
            (self.tr("Address"), r.address),
            (
                self.tr("Source"),
                " ".join(x for x in (source_label(d.source or r.source), date_text(d.source_date)) if x),
            ),
        ):
            if value:
                facts.append((label, e(value).replace("\n", "<br>")))
        parts.append(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{v}</td></tr>" for k, v in facts
            )
            + "</table>"
        )
        if r.notes:
            notes = self.tr("Notes")
            parts.append(f"<p><b>{e(notes)}</b><br>{e(r.notes).replace(chr(10), '<br>')}</p>")
        return "".join(parts)

    # ------------------------------------------------------------------ actions
    def _anchor(self, url) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)

    def _lift(self) -> None:
        channels = self.dnc_channels()
        if len(channels) == 1:
            self.lift_requested.emit(channels[0])
        elif channels:
            from commdesk.ui.contacts.dialogs import choose_item

            labels = [channel_label(c) for c in channels]
            i = choose_item(self, self.tr("Lift do-not-contact"), self.tr("Channel:"), labels)
            if i is not None:
                self.lift_requested.emit(channels[i])

    def current_interaction(self):
        item = self.timeline.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _timeline_changed(self, *args) -> None:
        it = self.current_interaction()
        self.answer_button.setVisible(bool(it is not None and it.kind == "inquiry" and not it.answered_at))

    def _answer(self) -> None:
        it = self.current_interaction()
        if it is not None:
            self.answer_requested.emit(it.id)


class ListsPanel(QWidget):
    """Distribution lists: static and smart; choosing one filters the table."""

    list_chosen = Signal(object)  # list id or None
    new_requested = Signal()
    save_search_requested = Signal()
    members_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lists = QListWidget()
        self.lists.currentItemChanged.connect(self._changed)
        self.new_button = QPushButton(self.tr("New list…"))
        self.smart_button = QPushButton(self.tr("Save search as list…"))
        self.members_button = QPushButton(self.tr("Members…"))
        self.delete_button = QPushButton(self.tr("Delete list"))
        self.new_button.clicked.connect(self.new_requested)
        self.smart_button.clicked.connect(self.save_search_requested)
        self.members_button.clicked.connect(lambda: self.members_requested.emit(self.current_id()))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.current_id()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Distribution lists</b>"))
        layout.addWidget(title)
        layout.addWidget(self.lists, 1)
        for b in (self.new_button, self.smart_button, self.members_button, self.delete_button):
            layout.addWidget(b)
        self._changed()

    def set_lists(self, lists) -> None:
        current = self.current_id()
        self.lists.blockSignals(True)
        self.lists.clear()
        everyone = QListWidgetItem(self.tr("All contacts"))
        everyone.setData(Qt.ItemDataRole.UserRole, None)
        self.lists.addItem(everyone)
        for lst in lists:
            mark = self.tr("smart") if lst.smart else self.tr("static")
            item = QListWidgetItem(f"{lst.name}  ({lst.count})")
            item.setToolTip(self.tr("{kind} list, {n} contacts").format(kind=mark, n=lst.count))
            if lst.smart:
                item.setText(f"⚲ {lst.name}  ({lst.count})")
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, lst)
            self.lists.addItem(item)
        row = next(
            (
                i
                for i in range(self.lists.count())
                if self.lists.item(i).data(Qt.ItemDataRole.UserRole) == current
            ),
            0,
        )
        self.lists.setCurrentRow(row)
        self.lists.blockSignals(False)
        self._changed(emit=False)

    def select(self, list_id) -> None:
        for i in range(self.lists.count()):
            if self.lists.item(i).data(Qt.ItemDataRole.UserRole) == list_id:
                self.lists.blockSignals(True)
                self.lists.setCurrentRow(i)
                self.lists.blockSignals(False)
                self._changed(emit=False)
                return

    def current_id(self):
        item = self.lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_list(self):
        item = self.lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None

    def _changed(self, *args, emit: bool = True) -> None:
        has = self.current_id() is not None
        self.members_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if emit and args:
            self.list_chosen.emit(self.current_id())


class MembersDialog(QDialog):
    """Who a mailing to this list reaches, and who is left out and why (MD-2)."""

    def __init__(self, list_name: str, members, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Members of {name}").format(name=list_name))
        sendable = list(members.sendable)
        left = list(members.left_out)
        self.summary = QLabel(
            self.tr("{n} contacts will receive mailings to this list; {m} are left out.").format(
                n=len(sendable), m=len(left)
            )
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Outlet"), self.tr("E-mail"), self.tr("Left out because")]
        )
        self.tree.setRootIsDecorated(True)
        left_root = QTreeWidgetItem([self.tr("Left out (%n)", "", len(left))])
        for s, reason in left:
            QTreeWidgetItem(left_root, [s.name, s.outlet or "", s.email or "", str(reason)])
        send_root = QTreeWidgetItem([self.tr("Will receive (%n)", "", len(sendable))])
        for s in sendable:
            QTreeWidgetItem(send_root, [s.name, s.outlet or "", s.email or "", ""])
        self.tree.addTopLevelItems([left_root, send_root])
        left_root.setExpanded(True)
        send_root.setExpanded(len(sendable) <= 200)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(720, 480)
