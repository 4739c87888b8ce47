"""Files a user gets from a release: PDF, review record PDF, plain text, HTML, coverage report, and
per-recipient ``.eml`` files for mailing to lists.

Text, HTML and ``.eml`` go to newsrooms: they leave the organisation and pass the release gate
(``ReleaseGate``, rule in ``core.releases.gate``). The PDF (watermarked and bannered until
publication), the review record and the coverage report are internal and open in every state."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from commdesk.core.errors import ValidationError
from commdesk.core.files import write_atomically
from commdesk.core.i18n import translate
from commdesk.core.releases.export_text import to_html, to_plain_text
from commdesk.core.releases.gate import Path as GatePath
from commdesk.core.releases.workflow import State
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService

FORMATS = ("pdf", "txt", "html", "review", "coverage")


def _write_text(path: Path, text: str) -> Path:
    """Text for a newsroom, written atomically and owner-only like every file commdesk makes."""
    return write_atomically(path, text.encode("utf-8"))


class ReleaseExportService:
    def __init__(self, ctx):
        self.ctx = ctx

    def _org(self):
        from commdesk.core.documents.releases import Org

        s = self.ctx.service(SettingsService).organisation()
        from commdesk.core.timezones import org_zone

        return Org(s.name, s.logo_png, org_zone(s))

    def release_pdf(self, release) -> bytes:
        """The release PDF as it goes out attached to mail and .eml files (watermarked until approved)."""
        from commdesk.core.documents import releases as docs
        from commdesk.core.documents.rendering import render_bytes

        return render_bytes(*docs.release_document(release, self._org(), self.ctx.current().name))

    def export(
        self,
        release_id: int,
        path: str | os.PathLike,
        fmt: str = "pdf",
        progress: Callable[[int, int], None] | None = None,
        cancel=None,
    ) -> Path:
        if fmt not in FORMATS:
            raise ValidationError(
                {
                    "format": translate(
                        "Releases",
                        "Unknown format \u201c{fmt}\u201d; use pdf, txt, html, review or coverage.",
                    ).format(fmt=fmt)
                }
            )
        path = Path(path)
        if not path.parent.is_dir():
            raise ValidationError(
                {
                    "file": translate("Releases", "The folder {folder} does not exist.").format(
                        folder=path.parent
                    )
                }
            )
        from commdesk.services.releases.gate import ReleaseGate

        release = self.ctx.service(ReleaseGate).check_id(release_id, GatePath(fmt))
        published = release.state in (State.PUBLISHED, State.ARCHIVED)
        if fmt == "txt":
            return _write_text(path, to_plain_text(release.content, published=published))
        if fmt == "html":
            return _write_text(path, to_html(release.content, published=published))
        from commdesk.core.documents import releases as docs
        from commdesk.core.documents.rendering import render

        author = self.ctx.current().name
        if fmt == "pdf":
            doc, blocks = docs.release_document(release, self._org(), author)
        elif fmt == "review":
            record = self.ctx.service(ReleaseReviewService).review_record(release_id)
            doc, blocks = docs.review_document(record, self._org(), author)
        else:
            summary = self.ctx.service(ReleaseCoverageService).summary(release_id)
            doc, blocks = docs.coverage_document(
                summary, self._org(), release.content.title, release.label, author
            )
        return render(doc, blocks, path, progress=progress, cancel=cancel)

    def coverage_report(
        self,
        path: str | os.PathLike,
        start: date | None = None,
        end: date | None = None,
        progress=None,
        cancel=None,
    ) -> Path:
        from commdesk.core.documents import releases as docs
        from commdesk.core.documents.rendering import render

        summary = self.ctx.service(ReleaseCoverageService).summary(None, start, end)
        title = translate("Releases", "all releases")
        doc, blocks = docs.coverage_document(
            summary, self._org(), title, "", self.ctx.current().name, (start, end)
        )
        return render(doc, blocks, path, progress=progress, cancel=cancel)

    def list_recipients(self, release_id: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Who a mailing to the release's distribution lists reaches (name, address), once each, and
        who is left out with the reason (do not contact, no address ...), from the contacts area."""
        from commdesk.services.contacts.lists import ContactListService

        release = self.ctx.service(ReleaseService).get(release_id)
        seen: set[str] = set()
        reach: list[tuple[str, str]] = []
        left: list[tuple[str, str]] = []
        for list_id, _name in release.lists:
            members = self.ctx.service(ContactListService).members(list_id)
            for c in members.sendable:
                key = c.email.strip().lower()
                if key and key not in seen:
                    seen.add(key)
                    reach.append((c.name, c.email.strip()))
            left.extend((c.name, why) for c, why in members.left_out)
        return reach, left

    def export_eml(
        self, release_id: int, folder: str | os.PathLike, recipients: list[tuple[str, str]] | None = None
    ) -> list[Path]:
        """One unsent ``.eml`` per recipient (name, address), with the embargo notice before
        publication and the release PDF attached; for mailing until the outbox takes over."""
        from commdesk.core.mail.account import SmtpAccount
        from commdesk.core.mail.attachment import Attachment
        from commdesk.core.mail.compose import Delivery, Draft, Recipient, compose, to_eml_bytes
        from commdesk.services.releases.gate import ReleaseGate

        release = self.ctx.service(ReleaseGate).check_id(release_id, GatePath.EML)  # before anything else
        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError(
                {"folder": translate("Releases", "The folder {folder} does not exist.").format(folder=folder)}
            )
        if recipients is None:
            recipients = self.list_recipients(release_id)[0]
        if not recipients:
            raise ValidationError(
                {
                    "recipients": translate(
                        "Releases",
                        "Choose at least one recipient, or distribution lists with members who have an "
                        "e-mail address.",
                    )
                }
            )
        published = release.state in (State.PUBLISHED, State.ARCHIVED)
        pdf = self.release_pdf(release)
        me = self.ctx.current()
        account = SmtpAccount(
            host="localhost", sender_address=me.email or "press@example.org", sender_name=me.name
        )
        body = to_plain_text(release.content, published=published)  # carries the embargo notice
        attachment = Attachment(f"{release.reference}.pdf", pdf, "application/pdf")
        out = []
        for n, (name, address) in enumerate(recipients):
            draft = Draft(
                subject=release.content.title,
                body=body,
                delivery=Delivery.DIRECT,
                recipients=[Recipient(address=address, name=name, key=n)],
                attachments=[attachment],
                literal=True,  # the release's words as approved: braces in them are text
            )
            mail = compose(draft, account, now=self.ctx.service(OutboxService).now_here())[0]
            safe = re.sub(r"[^A-Za-z0-9@._-]+", "_", address)
            target = folder / f"{release.reference}-{n + 1:03d}-{safe}.eml"
            out.append(write_atomically(target, to_eml_bytes(mail.message, unsent=True)))
        return out
