"""The selected post below the calendar: what it is and says, what changed since its last approval
(the review engine's diff, shown as releases show theirs) and the review's comments (what a returned
post's author must change)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTabWidget, QTextBrowser

from commdesk.core import timezones as tz
from commdesk.core.review.kinds import Kind
from commdesk.services.publishing.posts import Post, kind_label
from commdesk.services.review.service import ReviewService


class PostView(QTabWidget):
    def __init__(self, services, zone: str, parent=None):
        super().__init__(parent)
        self.review_svc = services.get(ReviewService)
        self.zone = zone
        self.detail = QTextBrowser()
        self.detail.setObjectName("postDetail")
        self.changes = QTextBrowser()
        self.changes.setObjectName("changesSinceApproval")
        self.comments = QTextBrowser()
        self.comments.setObjectName("reviewComments")
        self.addTab(self.detail, self.tr("Post"))
        self.addTab(self.changes, self.tr("Changes since approval"))
        self.addTab(self.comments, self.tr("Review comments"))
        self.show_post(None)

    def show_post(self, p: Post | None) -> None:
        if p is None:
            self.changes.setHtml("")
            self.comments.setHtml("")
            self.detail.setHtml(
                escape(
                    self.tr(
                        "Select a post in the calendar, or double-click a day's date to plan one. "
                        "Re-plan a post by dragging it to another day, or with Alt+Left/Right (a day) "
                        "and Alt+Up/Down (an hour)."
                    )
                )
            )
            return
        lines = [
            (
                f"<b>{escape(p.account)}</b> · {escape(kind_label(p.kind))} · "
                f"{escape(p.state.label if p.state else '')}"
            ),
            escape(self.tr("Planned: %1").replace("%1", tz.format_instant(p.planned_at, self.zone))),
        ]
        if p.author_name:
            lines.append(escape(self.tr("Written by: %1").replace("%1", p.author_name)))
        if p.published_at:
            lines.append(
                escape(
                    self.tr("Published: %1 %2")
                    .replace("%1", tz.format_instant(p.published_at, self.zone))
                    .replace("%2", p.published_url)
                )
            )
        if p.length is not None:
            lines.append(
                escape(
                    self.tr("Length: %1 of %2")
                    .replace("%1", str(p.length.text_length))
                    .replace("%2", str(p.length.text_limit))
                )
            )
        if p.review is not None and p.review.approvers:
            lines.append(escape(self.tr("Approved by: %1").replace("%1", ", ".join(p.review.approvers))))
        if p.campaign:
            lines.append(escape(self.tr("Campaign: %1").replace("%1", p.campaign)))
        body = f"<p><b>{escape(p.title)}</b></p>" if p.title else ""
        body += "<p>" + escape(p.text).replace("\n", "<br>") + "</p>"
        self.detail.setHtml("<br>".join(lines) + body)
        self._review(p)

    def _review(self, p: Post) -> None:
        """What changed since the last approval (what the reviewer checks) and the review's comments
        (what a returned post's author must change)."""
        from commdesk.ui.releases.review import diff_html

        if p.review is None:
            self.changes.setHtml("")
            self.comments.setHtml("")
            return
        diff = self.review_svc.diff_against_approved(Kind.POST, p.id)
        self.changes.setHtml(
            diff_html(diff, "")
            if p.review.approved_revision
            else "<p><i>" + escape(self.tr("Not approved yet: everything in the post is new.")) + "</i></p>"
        )
        notes = self.review_svc.comments(Kind.POST, p.id)
        self.comments.setHtml(
            "".join(
                f"<p><b>{escape(c.author_name)}</b> · "
                f"{escape(tz.format_instant(c.at, self.zone))}<br>"
                f"{escape(c.text).replace(chr(10), '<br>')}</p>"
                for c in reversed(notes)
            )
            or "<p><i>" + escape(self.tr("No comments.")) + "</i></p>"
        )
        self.setTabText(
            2,
            self.tr("Review comments (%1)").replace("%1", str(len(notes)))
            if notes
            else self.tr("Review comments"),
        )
