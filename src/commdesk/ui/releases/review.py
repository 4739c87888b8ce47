"""The review panel: what changed (against the last approved version or the previous revision) and
the comments on the whole release or one paragraph, with answers and resolving."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.releases.content import paragraphs
from commdesk.core.releases.diff import ContentDiff, diff_summary
from commdesk.core.releases.records import Comment, Release, Revision
from commdesk.core.releases.workflow import format_moment


def diff_html(diff: ContentDiff | None, empty: str, current: str = "") -> str:
    """The diff as HTML for a QTextBrowser: insertions green and underlined, deletions red and struck.
    Without a diff: ``empty`` and the current body, paragraph by paragraph."""
    e = html.escape
    if diff is None:
        body = "".join(f"<p>{e(p.text)}</p>".replace("\n", "<br>") for p in paragraphs(current))
        return f"<p><i>{e(empty)}</i></p>{body}"

    def ops(items) -> str:
        out = []
        for op in items:
            if op.kind == "equal":
                out.append(e(op.new))
            else:
                if op.old:
                    out.append(
                        f'<span style="background:#fde2e1;color:#9b1c1c;text-decoration:line-through">'
                        f"{e(op.old)}</span>"
                    )
                if op.new:
                    out.append(
                        f'<span style="background:#dcfce7;color:#14532d;text-decoration:underline">'
                        f"{e(op.new)}</span>"
                    )
        return "".join(out).replace("\n", "<br>")

    parts = [f"<p><b>{e(diff_summary(diff))}</b></p>"]
    for f in diff.fields:
        if f.changed:
            parts.append(f"<p><b>{e(f.label)}:</b> {ops(f.ops)}</p>")
    for p in diff.body:
        style = "" if p.kind == "equal" else ' style="border-left:3px solid #b45309;padding-left:6px"'
        parts.append(f"<p{style}>{ops(p.ops)}</p>")
    return "".join(parts)


class ReviewPanel(QWidget):
    comment_requested = Signal(str, str, object)  # text, paragraph id ("" = whole), parent id or None
    resolve_requested = Signal(int, bool)
    diff_mode_changed = Signal(object)  # "approved" | "previous" | a revision number (int)
    restore_requested = Signal(int)  # revision number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone = tz.zone(tz.system_zone_name())  # the pane sets the organisation's zone
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare with:")))
        self.against = QComboBox()
        self.against.addItem(self.tr("the last approved version"), "approved")
        self.against.addItem(self.tr("the previous revision"), "previous")
        self.against.setToolTip(
            self.tr("Choose an earlier revision to see how it differs from the current one")
        )
        self.against.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.against.setMinimumContentsLength(22)
        self.against.currentIndexChanged.connect(self._mode_changed)
        top.addWidget(self.against, 1)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.setVisible(False)
        top.addWidget(self.restore_button)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        split.addWidget(self.diff_view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lower_layout.addWidget(self.note)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Comment"), self.tr("On"), self.tr("Who"), self.tr("When"), self.tr("Status")]
        )
        self.tree.setColumnWidth(0, 320)
        self.tree.itemSelectionChanged.connect(self._selection)
        lower_layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.paragraph = QComboBox()
        self.paragraph.setMinimumContentsLength(24)
        row.addWidget(QLabel(self.tr("On:")))
        row.addWidget(self.paragraph, 1)
        lower_layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write a comment, or select a comment and answer it"))
        self.text.setMaximumHeight(70)
        lower_layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Comment"))
        self.answer_button = QPushButton(self.tr("&Answer"))
        self.resolve_button = QPushButton(self.tr("Res&olve"))
        for b in (self.add_button, self.answer_button, self.resolve_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower_layout.addLayout(buttons)
        split.addWidget(lower)
        split.setSizes([300, 300])
        layout.addWidget(split)
        self.add_button.clicked.connect(self._add)
        self.answer_button.clicked.connect(self._answer)
        self.resolve_button.clicked.connect(self._resolve)
        self.comments: list[Comment] = []
        self._selection()

    def mode(self):
        """ "approved", "previous" or the number of the earlier revision chosen."""
        return self.against.currentData()

    def set_revisions(self, revisions: list[Revision], current: int, can_restore: bool) -> None:
        """Offer every earlier revision (newest first) beside the two standard comparisons."""
        chosen = self.mode()
        self.against.blockSignals(True)
        while self.against.count() > 2:
            self.against.removeItem(2)
        earlier = [r for r in revisions if r.number < current]
        if earlier:
            self.against.insertSeparator(2)
        for r in reversed(earlier):
            when = format_moment(tz.to_zone(r.at, self.zone))
            label = self.tr("v{n} \u00b7 {who} \u00b7 {when}").format(
                n=r.number, who=r.editor_name, when=when
            )
            if r.note:
                label += f" \u00b7 {r.note}"
            self.against.addItem(label, r.number)
            self.against.setItemData(self.against.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.against.findData(chosen)
        self.against.setCurrentIndex(max(index, 0))
        self.against.blockSignals(False)
        self._can_restore = can_restore
        self._update_restore()

    def _update_restore(self) -> None:
        number = self.mode()
        self.restore_button.setVisible(isinstance(number, int))
        can = getattr(self, "_can_restore", False)
        self.restore_button.setEnabled(isinstance(number, int) and can)
        self.restore_button.setToolTip(
            self.tr("Make the chosen revision's text the current text (a new revision)")
            if can
            else self.tr("Only an officer can restore a revision, and only before the release is published.")
        )
        if isinstance(number, int):
            self.restore_button.setText(self.tr("&Restore this revision (v{n})…").format(n=number))

    def _mode_changed(self, _index: int) -> None:
        self._update_restore()
        self.diff_mode_changed.emit(self.mode())

    def _restore(self) -> None:
        number = self.mode()
        if isinstance(number, int):
            self.restore_requested.emit(number)

    def show_release(
        self, release: Release, comments: list[Comment], diff: ContentDiff | None, returned=None
    ) -> None:
        """``returned``: the last "request changes" step (who, when, note) while changes are requested:
        the author reads the reviewer's note here, above every comment."""
        self.paragraph.clear()
        self.paragraph.addItem(self.tr("the whole release"), "")
        for p in paragraphs(release.content.body_markdown):
            snippet = " ".join(p.text.split())
            self.paragraph.addItem(f"\u00b6{p.index}  {snippet[:60]}", p.id)
        note = release.submit_note
        lines = []
        if returned is not None:
            lines.append(
                '<span style="color:#b3261e"><b>'
                + html.escape(
                    self.tr("Changes requested by {who} ({when}):").format(
                        who=returned.actor_name, when=format_moment(tz.to_zone(returned.at, self.zone))
                    )
                )
                + "</b> "
                + html.escape(returned.note or "")
                + "</span>"
            )
            open_count = sum(1 for c in comments if not c.resolved)
            if open_count:
                lines.append(html.escape(self.tr("%n open comment(s) below.", "", open_count)))
        if note:
            lines.append(html.escape(self.tr("Note for reviewers: {note}").format(note=note)))
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setText("<br>".join(lines))
        self._current = release.content.body_markdown
        self.show_diff(diff)
        self.comments = comments
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for c in comments:
            on = (
                self.tr("answer")
                if c.parent_id
                else (
                    f"\u00b6 {' '.join(c.paragraph_text.split())[:40]}"
                    if c.paragraph_id
                    else self.tr("whole release")
                )
            )
            if c.outdated and not c.parent_id:
                on += " " + self.tr("(changed since)")
            status = self.tr("resolved") if c.resolved else self.tr("open")
            item = QTreeWidgetItem(
                [c.text, on, c.author_name, format_moment(tz.to_zone(c.at, self.zone)), status]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(0, c.text)
            parent = items.get(c.parent_id) if c.parent_id else None
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            items[c.id] = item
        self.tree.expandAll()
        self._selection()

    def show_diff(self, diff: ContentDiff | None) -> None:
        mode = self.mode()
        if isinstance(mode, int):
            empty = self.tr("v{n} has the same text as the current revision:").format(n=mode)
        elif mode == "approved":
            empty = self.tr("Nothing has been approved yet. The current text:")
        else:
            empty = self.tr("This is the first version. The current text:")
        head = ""
        if isinstance(mode, int) and diff is not None:
            head = (
                "<p><i>"
                + html.escape(
                    self.tr(
                        "Changes from v{n} to the current text: struck out is only in v{n}, underlined only in the "
                        "current one."
                    ).format(n=mode)
                )
                + "</i></p>"
            )
        self.diff_view.setHtml(head + diff_html(diff, empty, getattr(self, "_current", "")))

    def selected_comment(self) -> Comment | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        cid = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.comments if c.id == cid), None)

    def _selection(self) -> None:
        c = self.selected_comment()
        self.answer_button.setEnabled(c is not None)
        self.resolve_button.setEnabled(c is not None)
        self.resolve_button.setText(
            self.tr("Re&open") if c is not None and c.resolved else self.tr("Res&olve")
        )

    def _add(self) -> None:
        if self.text.toPlainText().strip():
            self.comment_requested.emit(self.text.toPlainText(), self.paragraph.currentData() or "", None)

    def _answer(self) -> None:
        c = self.selected_comment()
        if c is not None and self.text.toPlainText().strip():
            self.comment_requested.emit(self.text.toPlainText(), "", c.parent_id or c.id)

    def _resolve(self) -> None:
        c = self.selected_comment()
        if c is not None:
            self.resolve_requested.emit(c.id, not c.resolved)
