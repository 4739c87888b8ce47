"""The Crisis pane (SM-5, EV-7): the issue and crisis log. On the left every crisis and drill (the
open ones first); on the right the chosen one: its facts, its playbook's checklist (tick a step by
checking it), the timeline assembled from the linked releases, posts, cases and coverage and the
log's notes, and the post-crisis review. Buttons open a crisis, draft the holding statement from
the crisis template (it is then reviewed in Releases like every release), add a note, record the
review, and export the timeline as PDF."""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk import translations
from commdesk.core.crisis import playbooks
from commdesk.core.errors import CommdeskError
from commdesk.core.timezones import format_instant, zone_label
from commdesk.services.crisis import Crisis, CrisisService
from commdesk.ui.common.ask import ask_text, show_error
from commdesk.ui.common.pane import Pane

CRISIS_TABLES = frozenset(
    {
        "crises",
        "crisis_checklist_items",
        "crisis_links",
        "crisis_notes",
        "releases",
        "release_steps",
        "release_coverage",
        "cases",
        "social_posts",
    }
)


class CrisisPane(Pane):
    tables: ClassVar[frozenset[str]] = CRISIS_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.crises = services.get(CrisisService)
        self.shown: Crisis | None = None
        self._filling = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Crises and drills"))
        self.list.setWordWrap(True)  # a long title goes on the next line
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show())
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        # never squeezed by the lists below: a word-wrapped label's hint is the least it needs
        self.facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("Playbook checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._ticked)
        self.timeline = QTextBrowser()
        self.timeline.setAccessibleName(self.tr("Timeline"))

        self.new_button = QPushButton(self.tr("&New crisis…"))
        self.new_button.clicked.connect(self.new_record)
        self.statement_button = QPushButton(self.tr("Holding &statement"))
        self.statement_button.setToolTip(
            self.tr("Draft the holding statement from the crisis template; it is reviewed in Releases")
        )
        self.statement_button.clicked.connect(self.statement)
        self.link_button = QPushButton(self.tr("&Link record…"))
        self.link_button.setToolTip(self.tr("Link a release, case, post, story or meeting to this crisis"))
        self.link_button.clicked.connect(self.link)
        self.note_button = QPushButton(self.tr("Add n&ote…"))
        self.note_button.clicked.connect(self.note)
        self.review_button = QPushButton(self.tr("Post-crisis &review…"))
        self.review_button.clicked.connect(self.review)
        self.pdf_button = QPushButton(self.tr("&Timeline PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.statement_button,
            self.link_button,
            self.note_button,
            self.review_button,
            self.pdf_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(QLabel(self.tr("Playbook checklist (tick what is done)")))
        right_layout.addWidget(self.checklist, 2)
        right_layout.addWidget(QLabel(self.tr("Timeline")))
        right_layout.addWidget(self.timeline, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.refresh()

    # ------------------------------------------------------------------------------ reading
    def refresh(self) -> None:
        keep = self.shown.id if self.shown else None
        self.list.blockSignals(True)
        self.list.clear()
        zone = self.crises.zone()
        for c in self.crises.list():
            state = (
                self.tr("closed {when}").format(when=format_instant(c.closed_at, zone, with_zone=False))
                if c.closed_at
                else self.tr("open")
            )
            drill = self.tr("Drill: ") if c.drill and not playbooks.says_drill(c.title) else ""
            item = QListWidgetItem(f"{drill}{c.title} — {c.severity_label} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
            if c.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show()

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self) -> None:
        chosen = self._chosen()
        self.shown = self.crises.get(chosen) if chosen is not None else None
        self._filling = True
        self.checklist.clear()
        self.timeline.clear()
        c = self.shown
        if c is None:
            self.facts.setText(self.tr("No crisis has been logged. New crisis… opens one, or a drill."))
        else:
            zone = self.crises.zone()
            rows = [
                (self.tr("Kind"), c.kind_label),
                (self.tr("Severity"), c.severity_label),
                (self.tr("Owner"), c.owner),
                (self.tr("Opened"), format_instant(c.opened_at, zone)),
                (self.tr("Closed"), format_instant(c.closed_at, zone) or self.tr("still open")),
            ]
            fact = self.tr("{label}: {value}")  # a Chinese label takes a full-width colon
            facts = "<br>".join(
                " · ".join(
                    fact.format(label=f"<b>{html.escape(k)}</b>", value=html.escape(v)) for k, v in part
                )
                for part in (rows[:3], rows[3:])
            )
            drill_words = self.tr("Drill: an exercise, not a real crisis")
            drill = f"<br><b>{html.escape(drill_words)}</b>" if c.drill else ""
            summary = f"<br>{html.escape(c.summary)}" if c.summary else ""
            self.facts.setText(
                f"<b style='font-size:large'>{html.escape(c.title)}</b><br>{facts}{drill}{summary}"
            )
            for i in c.checklist:
                text = self.tr("{step} ({rule})").format(step=i.text, rule=i.rule)
                if i.done_at:
                    text += f" — {format_instant(i.done_at, zone, with_zone=False)} {i.done_by}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i.step)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if i.done_at else Qt.CheckState.Unchecked)
                self.checklist.addItem(item)
            self._fill_timeline(c)
        self._filling = False
        self.refresh_permissions()

    def _fill_timeline(self, c: Crisis) -> None:
        try:
            t = self.crises.timeline(c.id)
        except CommdeskError as exc:
            self.timeline.setPlainText(str(exc))
            return
        # the zone named once, in a heading row, when every entry has the same offset (as the PDF
        # does); across a DST change each row keeps its own
        labels = {zone_label(e.instant, t.zone) for e in t.entries}
        label = next(iter(labels)) if len(labels) == 1 else None
        head = ""
        if label is not None:
            cells = (self.tr("When ({zone})").format(zone=label), self.tr("Record"), self.tr("Reference"), "")
            head = "<tr>" + "".join(f"<th align='left'>{html.escape(c)}&nbsp;</th>" for c in cells) + "</tr>"
        rows = head + "".join(
            f"<tr><td>{html.escape(e.when.removesuffix(f' ({label})') if label else e.when)}&nbsp;</td>"
            f"<td>{html.escape(e.source)}&nbsp;</td>"
            f"<td>{html.escape(e.reference)}&nbsp;</td><td>{html.escape(e.what)}</td></tr>"
            for e in t.entries
        )
        review = ""
        if c.review:
            heading = self.tr("Post-crisis review")
            review = f"<h4>{html.escape(heading)}</h4><p>{html.escape(c.review)}</p>"
        self.timeline.setHtml(f"<table cellspacing='2'>{rows}</table>{review}")

    # ------------------------------------------------------------------------------ permissions
    def refresh_permissions(self) -> None:
        why = self.crises.may_write()
        has = self.shown is not None
        self.new_button.setEnabled(not why)
        for b in (self.statement_button, self.link_button, self.note_button, self.review_button):
            b.setEnabled(not why and has)
            b.setToolTip(why)
        self.pdf_button.setEnabled(has)
        self.checklist.setEnabled(not why and has)

    def can_create(self) -> bool:
        return not self.crises.may_write()

    def can_export_pdf(self) -> bool:
        return self.shown is not None

    # ------------------------------------------------------------------------------ actions
    def _do(self, title: str, fn) -> None:
        try:
            fn()
        except CommdeskError as exc:
            show_error(self, title, exc)
        self.refresh()

    def new_record(self) -> None:
        from commdesk.ui.crisis.dialogs import OpenCrisisDialog

        dialog = OpenCrisisDialog(self)
        if dialog.exec() != OpenCrisisDialog.DialogCode.Accepted:
            return
        v = dialog.values()

        def open_it() -> None:
            c = self.crises.open(v["title"], v["kind"], v["severity"], summary=v["summary"], drill=v["drill"])
            self.shown = c

        self._do(self.tr("Open a crisis"), open_it)
        # the keyboard goes on with the crisis just opened (it went back to the navigation)
        self.checklist.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.checklist.count() and self.checklist.currentRow() < 0:
            self.checklist.setCurrentRow(0)

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling or self.shown is None:
            return
        crisis_id, step = self.shown.id, item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        self._do(self.tr("Tick a step"), lambda: self.crises.tick(crisis_id, step, done))

    def statement(self) -> None:
        if self.shown is None:
            return
        crisis_id = self.shown.id
        lang = "zh" if translations.current.get("lang") == "zh_CN" else "en"  # the interface's language
        self._do(self.tr("Holding statement"), lambda: self.crises.statement(crisis_id, lang))

    def link(self) -> None:
        if self.shown is None:
            return
        text = ask_text(
            self,
            self.tr("Link a record"),
            self.tr(
                "Reference (PR-2026-010, CD-2026-000298) or kind and number (post 12, coverage 7, meeting 3):"
            ),
        )
        if text:
            crisis_id = self.shown.id
            self._do(self.tr("Link a record"), lambda: self.crises.link_reference(crisis_id, text))

    def note(self) -> None:
        if self.shown is None:
            return
        text = ask_text(self, self.tr("Add a note"), self.tr("What happened?"))
        if text:
            crisis_id = self.shown.id
            self._do(self.tr("Add a note"), lambda: self.crises.note(crisis_id, text))

    def review(self) -> None:
        from commdesk.ui.crisis.dialogs import CrisisReviewDialog

        if self.shown is None:
            return
        dialog = CrisisReviewDialog(self.shown.title, self.shown.review, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.review():
            return
        crisis_id, version, text = self.shown.id, self.shown.version, dialog.review()
        self._do(
            self.tr("Post-crisis review"),
            lambda: self.crises.review(crisis_id, text, expected_version=version),
        )

    def export_pdf(self) -> None:
        if self.shown is None:
            return
        from commdesk.ui.common.export import export_pdf_interactively

        crisis_id = self.shown.id
        title = self.tr("Crisis timeline")
        export_pdf_interactively(
            self,
            self.services,
            title,
            f"crisis-{crisis_id}-timeline.pdf",
            lambda: self.crises.timeline_document(self.crises.timeline(crisis_id)),
        )
