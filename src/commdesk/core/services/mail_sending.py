"""What the office sends through the outbox: meeting invitations (updates, cancellations), minutes,
and press releases to distribution lists.

Only the other areas' public service methods are used. Invitations carry the ``.ics`` as a
``text/calendar; method=...`` part and as an attachment, plus the agenda PDF; minutes carry the
minutes PDF and, once every message went out, the minutes count as distributed (PC-5).

Releases (``ReleaseMailer``) go to the release's distribution lists: one personalised message per
contact (salutation in the contact's language), or one message with everyone in Bcc (EM-2), the
release as text with the embargo notice on top while it is not published, and the release PDF.
Who is left out (do not contact by e-mail, bounced, no address) comes from the contacts area and is
shown before anything is queued.

Decision: the ``mailing`` entry in a contact's cooperation history is written when the server has
accepted the message (an outbox sent hook), not when it is queued: a queued message may still be
cancelled or fail for good, and the history should say what reached the journalist. A message that
was interrupted and later confirmed delivered by hand (``OutboxService.confirm_delivered``) does not
run the hook; the outbox keeps that message with the release either way (``for_record``).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..i18n import translate
from ..mail import Attachment, CalendarInvite, Delivery, Draft, Recipient
from ..mail.subject import build_subject, clean_line
from ..rules import Finding, Level
from .context import ServiceContext
from .mail import OutboxItem, OutboxService

log = logging.getLogger(__name__)


class MeetingMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    def invitation_draft(self, meeting_id: int) -> Draft:
        from .meetings import MeetingService

        meetings = self.ctx.service(MeetingService)
        meeting = meetings.get(meeting_id)
        files = meetings.invitation_files(meeting_id)
        when = meeting.start.astimezone() if meeting.start else None
        what = translate("Mail", "Cancelled: {title}").format(title=meeting.topic) if files.method == "CANCEL" \
            else translate("Mail", "Meeting invitation: {title}").format(title=meeting.topic)
        body = translate("Mail", "Hello,\n\nattached are the invitation (calendar file) and the agenda (PDF) for "
                         "'{title}'.").format(title=meeting.topic) if files.method != "CANCEL" else translate(
            "Mail", "Hello,\n\nthe meeting '{title}' is cancelled; the attached calendar file removes it from "
            "your calendar.").format(title=meeting.topic)
        attachments = [Attachment(files.filename + "-agenda.pdf", files.pdf, "application/pdf")] \
            if files.method != "CANCEL" else []
        return Draft(build_subject("", what, when.date() if when else None), body,
                     [Recipient(email, name) for name, email in files.recipients], Delivery.DIRECT,
                     attachments=attachments,
                     invite=CalendarInvite(files.ics, files.filename + ".ics"))

    def send_invitation(self, meeting_id: int, reasons: dict[str, str] | None = None,
                        override: str | None = None) -> list[int]:
        """Record the invitation (meetings' own checks and overrides) and queue it to every participant."""
        from .mail import NeedsOverride
        from .meetings import MeetingService

        # the mail's own warnings (EM-1 ...) first: an invitation is recorded only when it can be queued
        warnings = [f for f in self.outbox.check(self.invitation_draft(meeting_id)) if f.level is Level.WARN]
        if warnings and not (override or "").strip():
            raise NeedsOverride(warnings)
        self.ctx.service(MeetingService).issue_invitation(meeting_id, reasons)
        return self.outbox.queue(self.invitation_draft(meeting_id), "meetings", meeting_id, kind="invitation",
                                 override=override)

    def minutes_draft(self, meeting_id: int, extra: list[tuple[str, str]] = ()) -> Draft:
        from .meetings import MeetingService
        from .meetings_minutes import MinutesService

        meeting = self.ctx.service(MeetingService).get(meeting_id)
        pdf = self.ctx.service(MinutesService).minutes_pdf(meeting_id)
        people = [(p.name, p.email) for p in meeting.participants if p.email.strip()] + list(extra)
        date = meeting.start.astimezone().date() if meeting.start else None
        subject = build_subject("", translate("Mail", "Minutes: {title}").format(title=meeting.topic), date)
        body = translate("Mail", "Hello,\n\nattached are the minutes of '{title}' (PDF).").format(title=meeting.topic)
        return Draft(subject, body, [Recipient(email, name) for name, email in people], Delivery.DIRECT,
                     attachments=[Attachment(f"{subject}.pdf", pdf, "application/pdf")])

    def send_minutes(self, meeting_id: int, extra: list[tuple[str, str]] = (), override: str | None = None
                     ) -> list[int]:
        """Queue the minutes to participants and stakeholders; distributed once sent (PC-5)."""
        return self.outbox.queue(self.minutes_draft(meeting_id, extra), "meeting_minutes", meeting_id,
                                 kind="minutes", override=override)


# -- press releases to distribution lists ---------------------------------------------------------

#: States in which a release may be mailed: it has passed the four-eyes review.
MAILABLE_STATES = ("approved", "scheduled", "published")

# Text inside the mail follows the language of the release or of the contact, not the interface
# (as the release's own document labels do, see core/releases/export_text.py).
_MAIL_TEXT = {
    "zh": {"code": "新闻稿", "dear": "尊敬的{name}：", "nobody": "您好：", "all": "各位媒体朋友：",
           "intro": "附件为新闻稿全文（PDF），正文如下。"},
    "en": {"code": "Press release", "dear": "Dear {name},", "nobody": "Dear Sir or Madam,",
           "all": "Dear journalists,", "intro": "Attached is the press release as a PDF; the full text follows."},
}
_ZH_WORDS = ("zh", "cn", "chi", "中", "汉", "漢", "普通话", "国语", "粤")
_EN_WORDS = ("en", "eng", "英")


_TEMPLATE_MARKS = re.compile(r"([{%#])(?=[{%#}])|(})(?=})")


def literal(text: str) -> str:
    """Text that a Bcc mail carries as it is but the composer reads as a template: a zero-width
    space between the characters of ``{{``, ``{%``, ``{#`` and ``}}`` keeps what the reader sees and
    keeps a title such as "{{ 活动 }}" from being taken for a placeholder."""
    return _TEMPLATE_MARKS.sub(lambda m: (m.group(1) or m.group(2)) + "\u200b", text)


def mail_language(contact_language: str, fallback: str) -> str:
    """"zh" or "en" for a contact's language as typed ("zh-CN", "中文", "English" ...); others and
    empty ones get the release's language."""
    text = (contact_language or "").strip().casefold()
    if text.startswith(_ZH_WORDS) or "chinese" in text or "中文" in text:
        return "zh"
    if text.startswith(_EN_WORDS) or "english" in text:
        return "en"
    return fallback if fallback in _MAIL_TEXT else "zh"


def salutation(name: str, language: str) -> str:
    """``尊敬的王伟：`` / ``Dear Wang Wei,`` (and a polite greeting without a name)."""
    words = _MAIL_TEXT[language]
    name = clean_line(name)
    return words["dear"].format(name=name) if name else words["nobody"]


@dataclass(frozen=True)
class MailingPreview:
    """Who a mailing of a release reaches and what the procedure says, before anything is queued."""

    release_id: int
    subject: str
    personalised: bool
    recipients: list[Recipient]
    left_out: list[tuple[str, str]]             # (name, reason in words)
    findings: list[Finding] = field(default_factory=list)
    list_names: list[str] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.WARN]


class ReleaseMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    def _release(self, release_id: int):
        from .releases import ReleaseService

        release = self.ctx.service(ReleaseService).get(release_id)
        if release.state.value not in MAILABLE_STATES:
            raise ValidationError({"state": translate(
                "Mail", "{ref} is {state}: only approved, scheduled or published releases can be mailed to "
                "lists. Have it reviewed and approved first.").format(ref=release.reference,
                                                                       state=release.state.label)})
        return release

    def _members(self, release, list_ids) -> tuple[list[Recipient], list[tuple[str, str]], list[str]]:
        from .contacts import ContactService
        from .contacts_lists import ListService

        lists = self.ctx.service(ListService)
        chosen = list(dict.fromkeys(list_ids)) if list_ids is not None else [i for i, _n in release.lists]
        if not chosen:
            raise ValidationError({"lists": translate(
                "Mail", "{ref} has no distribution lists: choose them in the release editor (or pick lists to "
                "send to).").format(ref=release.reference)})
        names = dict(release.lists)
        reach, left, seen_ids, seen_addresses, left_ids = [], [], set(), set(), set()
        list_names = []
        for list_id in chosen:
            members = lists.members(list_id)
            list_names.append(names.get(list_id) or lists.get(list_id).name)
            for c in members.sendable:
                address = c.email.strip()
                if c.id in seen_ids or address.casefold() in seen_addresses:
                    continue
                seen_ids.add(c.id)
                seen_addresses.add(address.casefold())
                reach.append(c)
            for c, why in members.left_out:
                if c.id not in left_ids:
                    left_ids.add(c.id)
                    left.append((c.name, why))
        # a contact left out on one list (e.g. do not contact) is never mailed through another
        reach = [c for c in reach if c.id not in left_ids]
        records = self.ctx.service(ContactService).records([c.id for c in reach]) if reach else {}
        fallback = release.content.language
        recipients = []
        for c in reach:
            language = mail_language(getattr(records.get(c.id), "language", ""), fallback)
            recipients.append(Recipient(c.email.strip(), c.name, salutation(c.name, language), c.outlet,
                                        key=c.id))
        return recipients, left, list_names

    def _pdf(self, release) -> bytes:
        from ..documents import releases as docs
        from ..documents import render_bytes
        from .settings import SettingsService

        s = self.ctx.service(SettingsService).organisation()
        return render_bytes(*docs.release_document(release, docs.Org(s.name, s.logo_png), self.ctx.current().name))

    @staticmethod
    def subject(release) -> str:
        content = release.content
        words = _MAIL_TEXT.get(content.language, _MAIL_TEXT["zh"])
        return build_subject(words["code"], content.title, content.dateline_date or release.updated_at.date())

    def _draft(self, release, recipients: list[Recipient], personalised: bool, pdf: bytes) -> Draft:
        from ..releases.export_text import embargo_notice, to_plain_text

        content = release.content
        published = release.state.value in ("published", "archived")
        language = content.language if content.language in _MAIL_TEXT else "zh"
        # published=True: the notice goes above the greeting (Draft.embargo), not below it
        intro = _MAIL_TEXT[language]["intro"]        # names the attachment (EM-3); no user text in it
        text = to_plain_text(content, published=True)
        attachment = Attachment(f"{release.reference}-{clean_line(content.title)[:60]}.pdf", pdf, "application/pdf")
        embargo = embargo_notice(content, published) or None
        subject = self.subject(release)
        headers = {"X-Commdesk-Release": release.reference}
        if personalised:
            # the release's own words travel as values, never as template text: braces in a title
            # or body cannot be read as placeholders
            people = [Recipient(r.address, r.name, r.salutation, r.outlet,
                                fields={**r.fields, "release_text": text, "mail_subject": subject}, key=r.key)
                      for r in recipients]
            return Draft("{{ mail_subject }}", "{{ salutation }}\n\n" + intro + "\n\n{{ release_text }}", people,
                         Delivery.PERSONAL, attachments=[attachment], embargo=embargo, headers=headers)
        body = _MAIL_TEXT[language]["all"] + "\n\n" + intro + "\n\n" + literal(text)
        return Draft(literal(subject), body, recipients, Delivery.BCC, attachments=[attachment], embargo=embargo,
                     headers=headers)

    def preview(self, release_id: int, list_ids=None, personalised: bool = True) -> MailingPreview:
        """Who gets the release, who is left out and why, and every finding (EM-1 subject, EM-2, EM-3)."""
        release = self._release(release_id)
        recipients, left, names = self._members(release, list_ids)
        findings: list[Finding] = []
        if recipients:
            findings = [f for f in self.outbox.check(self._draft(release, recipients, personalised, b"%PDF"))
                        if f.message]
        else:
            findings = [Finding("EM-2", Level.BLOCK, translate(
                "Mail", "Nobody on these lists can be mailed (see who is left out and why)."))]
        return MailingPreview(release_id, self.subject(release), personalised, recipients, left, findings, names)

    def draft(self, release_id: int, list_ids=None, personalised: bool = True) -> Draft:
        """The draft for the release's lists (for .eml files or the outbox)."""
        release = self._release(release_id)
        recipients, _left, _names = self._members(release, list_ids)
        if not recipients:
            raise ValidationError({"recipients": translate(
                "Mail", "Nobody on these lists can be mailed (see who is left out and why).")})
        return self._draft(release, recipients, personalised, self._pdf(release))

    def send_to_lists(self, release_id: int, list_ids=None, personalised: bool = True,
                      override: str | None = None) -> list[int]:
        """Queue the release to its distribution lists (or ``list_ids``); returns the outbox ids.
        Warnings (e.g. EM-1) need ``override``; the sent messages enter each contact's history."""
        draft = self.draft(release_id, list_ids, personalised)
        return self.outbox.queue(draft, "releases", release_id, kind="release", override=override)

    def save_eml(self, release_id: int, folder, list_ids=None, personalised: bool = True):
        """Without an SMTP account: the same messages as .eml files for any mail program."""
        return self.outbox.save_as_eml(self.draft(release_id, list_ids, personalised), folder)


def _release_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    """Write ``mailing`` into the history of every contact the accepted message reached."""
    from .contacts import ContactService

    if item.related_entity != "releases" or not item.related_id or item.sent_at is None:
        return
    contacts = ctx.service(ContactService)
    summary = translate("Mail", "Press release sent by e-mail: {subject}").format(subject=item.subject)
    for key in item.recipient_keys:
        if not isinstance(key, int):
            continue
        try:
            contacts.log_interaction(key, "mailing", item.sent_at, "email", summary, release_id=int(item.related_id))
        except Exception:  # one contact erased meanwhile must not cost the others their entry
            log.exception("could not write the mailing of outbox message %s into contact %s", item.id, key)


def _minutes_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    from .meetings_minutes import MinutesService

    if item.related_entity == "meeting_minutes" and item.related_id and item.sent_at:
        ctx.service(MinutesService).mark_distributed(int(item.related_id), item.sent_at)


#: kind -> steps after a message of that kind was sent (OutboxService runs them)
SENT_HOOKS = {"minutes": [_minutes_sent], "release": [_release_sent]}
