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
from collections.abc import Sequence
from dataclasses import dataclass, field

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import CalendarInvite, Delivery, Draft
from commdesk.core.mail.merge import Recipient
from commdesk.core.mail.subject import build_subject, clean_line
from commdesk.core.releases import gate
from commdesk.core.rules import Finding, Level
from commdesk.services.context import ServiceContext
from commdesk.services.mail.outbox import HELD, OutboxItem, OutboxService
from commdesk.services.mail.secret_parts import SECRET_MASK
from commdesk.services.mail.signing import signed_by
from commdesk.services.meetings.revisions import record_revision
from commdesk.services.releases.gate import ReleaseGate

log = logging.getLogger(__name__)


def _organisers(ctx: ServiceContext, meeting) -> str | None:
    """A meeting's invitation and minutes are signed by its organiser (not the account's holder)."""
    who = meeting.organiser
    return signed_by(ctx, who.person_id, who.name) if who is not None else None


class MeetingMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    def _invitation(self, meeting_id: int):
        """(meeting, files, ics, secret_ref): the .ics carries ``SECRET_MASK`` instead of the password;
        ``secret_ref`` names the keyring entry ``insert_secret`` reads when the message is sent."""
        from commdesk.core.meetings.ics import invitation_ics
        from commdesk.services.meetings.service import MeetingService, password_key

        meetings = self.ctx.service(MeetingService)
        meeting = meetings.get(meeting_id)
        files = meetings.invitation_files(meeting_id)
        if files.method == "CANCEL" or not meeting.has_password:
            return meeting, files, files.ics, None
        ics = invitation_ics(meeting, files.method, SECRET_MASK, dtstamp=self.ctx.clock())
        return meeting, files, ics, password_key(meeting.uid)

    def invitation_draft(self, meeting_id: int) -> Draft:
        """The invitation as the outbox keeps it: the password masked (added only when it is sent)."""
        meeting, files, ics, _ref = self._invitation(meeting_id)
        when = meeting.local_start  # the date in the meeting's own zone, not the process's
        what = (
            translate("Mail", "Cancelled: {title}").format(title=meeting.topic)
            if files.method == "CANCEL"
            else translate("Mail", "Meeting invitation: {title}").format(title=meeting.topic)
        )
        body = (
            translate(
                "Mail",
                "Hello,\n\nattached are the invitation (calendar file) and the agenda (PDF) for '{title}'.",
            ).format(title=meeting.topic)
            if files.method != "CANCEL"
            else translate(
                "Mail",
                "Hello,\n\nthe meeting '{title}' is cancelled; the attached calendar file removes it from "
                "your calendar.",
            ).format(title=meeting.topic)
        )
        attachments = (
            [Attachment(files.filename + "-agenda.pdf", files.pdf, "application/pdf")]
            if files.method != "CANCEL"
            else []
        )
        return Draft(
            build_subject("", what, when.date() if when else None),
            body,
            [Recipient(email, name) for name, email in files.recipients],
            Delivery.DIRECT,
            attachments=attachments,
            invite=CalendarInvite(ics, files.filename + ".ics"),
            literal=True,  # the meeting's own words (its topic may hold braces), not a template
            signature=_organisers(self.ctx, meeting),
        )

    def send_invitation(
        self, meeting_id: int, reasons: dict[str, str] | None = None, override: str | None = None
    ) -> list[int]:
        """Record the invitation (meetings' own checks and overrides) and queue it to every participant."""
        from commdesk.services.mail.outbox import NeedsOverride
        from commdesk.services.meetings.service import MeetingService

        # the mail's own warnings (EM-1 ...) first: an invitation is recorded only when it can be queued
        warnings = [f for f in self.outbox.check(self.invitation_draft(meeting_id)) if f.level is Level.WARN]
        if warnings and not (override or "").strip():
            raise NeedsOverride(warnings)
        from commdesk.services.meetings.service import password_key

        meeting = self.ctx.service(MeetingService).issue_invitation(meeting_id, reasons)
        secret_ref = password_key(meeting.uid) if meeting.has_password and not meeting.cancelled else None
        revision = record_revision("meetings", meeting_id)(self.ctx)  # before the draft: never newer than it
        ids = self.outbox.queue(
            self.invitation_draft(meeting_id),
            "meetings",
            meeting_id,
            kind="invitation",
            override=override,
            secret_ref=secret_ref,
            source_revision=revision,
        )
        self.outbox.hold_stale("meetings", meeting_id)  # earlier invitations with what the meeting was
        return ids

    def minutes_draft(self, meeting_id: int, extra: Sequence[tuple[str, str]] = ()) -> Draft:
        from commdesk.services.meetings.minutes import MeetingMinutesService
        from commdesk.services.meetings.service import MeetingService

        meeting = self.ctx.service(MeetingService).get(meeting_id)
        pdf = self.ctx.service(MeetingMinutesService).minutes_pdf(meeting_id)
        people = [(p.name, p.email) for p in meeting.participants if p.email.strip()] + list(extra)
        local_start = meeting.local_start
        date = local_start.date() if local_start else None  # the meeting's own zone
        subject = build_subject("", translate("Mail", "Minutes: {title}").format(title=meeting.topic), date)
        body = translate("Mail", "Hello,\n\nattached are the minutes of '{title}' (PDF).").format(
            title=meeting.topic
        )
        return Draft(
            subject,
            body,
            [Recipient(email, name) for name, email in people],
            Delivery.DIRECT,
            attachments=[Attachment(f"{subject}.pdf", pdf, "application/pdf")],
            literal=True,  # the meeting's own words, not a template
            signature=_organisers(self.ctx, meeting),
        )

    def send_minutes(
        self, meeting_id: int, extra: Sequence[tuple[str, str]] = (), override: str | None = None
    ) -> list[int]:
        """Queue the minutes to participants and stakeholders; distributed once sent (PC-5). The
        messages remember the minutes they carry: if those change before they leave, they are held."""
        revision = record_revision("meeting_minutes", meeting_id)(self.ctx)
        ids = self.outbox.queue(
            self.minutes_draft(meeting_id, extra),
            "meeting_minutes",
            meeting_id,
            kind="minutes",
            override=override,
            source_revision=revision,
        )
        self.outbox.hold_stale("meeting_minutes", meeting_id)
        return ids


# -- press releases to distribution lists ---------------------------------------------------------

#: States in which a release may be mailed: it has passed the four-eyes review (the gate's rule).
MAILABLE_STATES = tuple(s.value for s in gate.LEAVING_STATES)

# Text inside the mail follows the language of the release or of the contact, not the interface
# (as the release's own document labels do, see core/releases/export_text.py).
_MAIL_TEXT = {
    "zh": {
        "code": "新闻稿",
        "dear": "尊敬的{name}：",
        "nobody": "您好：",
        "all": "各位媒体朋友：",
        "intro": "附件为新闻稿全文（PDF），正文如下。",
    },
    "en": {
        "code": "Press release",
        "dear": "Dear {name},",
        "nobody": "Dear Sir or Madam,",
        "all": "Dear journalists,",
        "intro": "Attached is the press release as a PDF; the full text follows.",
    },
}
_ZH_WORDS = ("zh", "cn", "chi", "中", "汉", "漢", "普通话", "国语", "粤")
_EN_WORDS = ("en", "eng", "英")


def mail_language(contact_language: str, fallback: str) -> str:
    """ "zh" or "en" for a contact's language as typed ("zh-CN", "中文", "English" ...); others and
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
    left_out: list[tuple[str, str]]  # (name, reason in words)
    findings: list[Finding] = field(default_factory=list)
    list_names: list[str] = field(default_factory=list)
    #: recipients who already received the release or have it waiting in the outbox: (name, address,
    #: status in words); sending again needs ``again=True``
    already: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.WARN]


class AlreadySent(ValidationError):
    """Some recipients already received the release (or have it waiting): send again with ``again``."""

    def __init__(self, reference: str, repeated: list[tuple[str, str, str]]):
        self.repeated = repeated
        names = ", ".join(f"{n or a} ({s})" for n, a, s in repeated[:10])
        more = len(repeated) - 10
        if more > 0:
            names += " " + translate("Mail", "and {count} more").format(count=more)
        super().__init__(
            {
                "again": translate(
                    "Mail",
                    "{ref} already went to (or is waiting for) {count} of these recipients: {names}. Send it "
                    "to them again only if you mean to.",
                ).format(ref=reference, count=len(repeated), names=names)
            }
        )


class ReleaseMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    def _release(self, release_id: int):
        """The release, if the gate lets it leave by mail (else ``GateClosed``)."""
        return self.ctx.service(ReleaseGate).check_id(release_id, gate.Path.MAIL)

    def already_received(self, release_id: int, recipients: list[Recipient]) -> list[tuple[str, str, str]]:
        """Who of ``recipients`` already got this release, or has it queued, held or failing in the
        outbox: (name, address, status in words), once each."""
        by_key = {r.key: r for r in recipients if r.key is not None}
        by_address = {r.address.casefold(): r for r in recipients}
        out: dict[str, tuple[str, str, str]] = {}
        for item in self.outbox.for_record("releases", release_id):
            if item.status == "cancelled" or item.kind != "release":
                continue
            for n, address in enumerate(item.recipients):
                key = item.recipient_keys[n] if n < len(item.recipient_keys) else None
                hit = by_key.get(key) if key is not None else None
                hit = hit or by_address.get(address.casefold())
                if hit is not None and hit.address.casefold() not in out:
                    out[hit.address.casefold()] = (hit.name, hit.address, item.status_text)
        order = {r.address.casefold(): n for n, r in enumerate(recipients)}  # as the lists give them
        return sorted(out.values(), key=lambda t: order.get(t[1].casefold(), 0))

    def _members(self, release, list_ids) -> tuple[list[Recipient], list[tuple[str, str]], list[str]]:
        from commdesk.services.contacts.lists import ContactListService
        from commdesk.services.contacts.service import ContactService

        lists = self.ctx.service(ContactListService)
        chosen = list(dict.fromkeys(list_ids)) if list_ids is not None else [i for i, _n in release.lists]
        if not chosen:
            raise ValidationError(
                {
                    "lists": translate(
                        "Mail",
                        "{ref} has no distribution lists: choose them in the release editor (or pick lists to "
                        "send to).",
                    ).format(ref=release.reference)
                }
            )
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
            recipients.append(
                Recipient(c.email.strip(), c.name, salutation(c.name, language), c.outlet, key=c.id)
            )
        return recipients, left, list_names

    def _pdf(self, release) -> bytes:
        from commdesk.services.releases.export import ReleaseExportService

        return self.ctx.service(ReleaseExportService).release_pdf(release)

    @staticmethod
    def subject(release) -> str:
        content = release.content
        words = _MAIL_TEXT.get(content.language, _MAIL_TEXT["zh"])
        return build_subject(words["code"], content.title, content.dateline_date or release.updated_at.date())

    def _draft(self, release, recipients: list[Recipient], personalised: bool, pdf: bytes) -> Draft:
        from commdesk.core.releases.export_text import embargo_notice, to_plain_text

        content = release.content
        published = release.state.value in ("published", "archived")
        language = content.language if content.language in _MAIL_TEXT else "zh"
        # published=True: the notice goes above the greeting (Draft.embargo), not below it
        intro = _MAIL_TEXT[language]["intro"]  # names the attachment (EM-3); no user text in it
        text = to_plain_text(content, published=True)
        attachment = Attachment(
            f"{release.reference}-{clean_line(content.title)[:60]}.pdf", pdf, "application/pdf"
        )
        embargo = embargo_notice(content, published) or None
        subject = self.subject(release)
        headers = {"X-Commdesk-Release": release.reference}
        # signed by the release's owner and the organisation, not by the account holder (EM-3)
        signature = signed_by(self.ctx, release.owner_id, release.owner_name)
        if personalised:
            # the release's own words travel as values, never as template text: braces in a title
            # or body cannot be read as placeholders
            people = [
                Recipient(
                    r.address,
                    r.name,
                    r.salutation,
                    r.outlet,
                    fields={**r.fields, "release_text": text, "mail_subject": subject},
                    key=r.key,
                )
                for r in recipients
            ]
            return Draft(
                "{{ mail_subject }}",
                "{{ salutation }}\n\n" + intro + "\n\n{{ release_text }}",
                people,
                Delivery.PERSONAL,
                attachments=[attachment],
                embargo=embargo,
                headers=headers,
                signature=signature,
            )
        # one mail to all, sent as written: the release's words go out exactly as approved (a
        # title such as "{{ 活动 }}" too), never read as placeholders
        body = _MAIL_TEXT[language]["all"] + "\n\n" + intro + "\n\n" + text
        return Draft(
            subject,
            body,
            recipients,
            Delivery.BCC,
            attachments=[attachment],
            embargo=embargo,
            headers=headers,
            literal=True,
            signature=signature,
        )

    def preview(self, release_id: int, list_ids=None, personalised: bool = True) -> MailingPreview:
        """Who gets the release, who is left out and why, and every finding (EM-1 subject, EM-2, EM-3)."""
        release = self._release(release_id)
        recipients, left, names = self._members(release, list_ids)
        findings: list[Finding] = []
        if recipients:
            findings = [
                f
                for f in self.outbox.check(self._draft(release, recipients, personalised, b"%PDF"))
                if f.message
            ]
        else:
            findings = [
                Finding(
                    "EM-2",
                    Level.BLOCK,
                    translate("Mail", "Nobody on these lists can be mailed (see who is left out and why)."),
                )
            ]
        return MailingPreview(
            release_id,
            self.subject(release),
            personalised,
            recipients,
            left,
            findings,
            names,
            self.already_received(release_id, recipients),
        )

    def _built(self, release_id: int, list_ids, personalised: bool):
        release = self._release(release_id)
        recipients, _left, _names = self._members(release, list_ids)
        if not recipients:
            raise ValidationError(
                {
                    "recipients": translate(
                        "Mail", "Nobody on these lists can be mailed (see who is left out and why)."
                    )
                }
            )
        return release, recipients, self._draft(release, recipients, personalised, self._pdf(release))

    def draft(self, release_id: int, list_ids=None, personalised: bool = True) -> Draft:
        """The draft for the release's lists (for .eml files or the outbox)."""
        return self._built(release_id, list_ids, personalised)[2]

    def send_to_lists(
        self,
        release_id: int,
        list_ids=None,
        personalised: bool = True,
        override: str | None = None,
        again: bool = False,
    ) -> list[int]:
        """Queue the release to its distribution lists (or ``list_ids``); returns the outbox ids.
        Warnings (e.g. EM-1) need ``override``; the sent messages enter each contact's history.
        Recipients who already received it (or have it waiting) need ``again=True`` (``AlreadySent``).
        Each message remembers the approved text it carries: if that changes before it is sent, the
        outbox holds it."""
        release, recipients, draft = self._built(release_id, list_ids, personalised)
        repeated = self.already_received(release_id, recipients)
        if repeated and not again:
            raise AlreadySent(release.reference, repeated)
        return self.outbox.queue(
            draft,
            "releases",
            release_id,
            kind="release",
            override=override,
            source_revision=release.content_hash,
        )

    # -- held messages -------------------------------------------------------------------------
    def held(self, release_id: int) -> list[OutboxItem]:
        """The release's messages the outbox held because the release moved on (any still queued with
        an outdated version are held first)."""
        self.outbox.hold_stale("releases", release_id)
        return [i for i in self.outbox.for_record("releases", release_id) if i.status == HELD]

    def rebuild_held(self, ids) -> int:
        """Rebuild held release messages from the release's current approved text (new PDF, new embargo
        notice), same recipients and delivery, and queue them again. The release must be approved
        (the gate) again; returns how many were rebuilt."""
        from commdesk.core.mail.compose import compose
        from commdesk.services.mail.outbox import parse_message

        items = [self.outbox.get(i) for i in ids]
        wrong = [
            i.id for i in items if i.status != HELD or i.related_entity != "releases" or not i.related_id
        ]
        if wrong:
            raise ValidationError(
                {
                    "ids": translate(
                        "Mail", "Only held press release messages can be rebuilt; not: {ids}."
                    ).format(ids=", ".join(map(str, wrong)))
                }
            )
        account = self.outbox.accounts.require_account()
        replacements = {}
        notes = []
        release_of = {
            i.id: int(i.related_id or 0) for i in items
        }  # every one has its release (checked above)
        for release_id in dict.fromkeys(release_of.values()):
            release = self._release(release_id)
            pdf = self._pdf(release)
            notes.append(f"{release.reference} v{release.revision} {release.content_hash}")
            for item in (i for i in items if release_of[i.id] == release_id):
                msg = parse_message(self.outbox.message(item.id).as_bytes())
                to = (
                    [a.addr_spec.casefold() for a in getattr(msg["To"], "addresses", ())] if msg["To"] else []
                )
                personalised = len(item.recipients) == 1 and item.recipients[0].casefold() in to
                people = self._recipients_again(release, item)
                [mail] = compose(
                    self._draft(release, people, personalised, pdf), account, now=self.outbox.now_here()
                )
                replacements[item.id] = (mail, release.content_hash)
        return self.outbox.replace_held(replacements, note="; ".join(notes))

    def _recipients_again(self, release, item: OutboxItem) -> list[Recipient]:
        """The recipients of a held message, with salutation and outlet from their contact records."""
        from commdesk.services.contacts.service import ContactService

        keys = [k for k in item.recipient_keys if isinstance(k, int)]
        records = self.ctx.service(ContactService).records(keys) if keys else {}
        out = []
        for n, address in enumerate(item.recipients):
            key = item.recipient_keys[n] if n < len(item.recipient_keys) else None
            record = records.get(key) if isinstance(key, int) else None
            name = getattr(record, "full_name", "") or ""
            language = mail_language(getattr(record, "language", ""), release.content.language)
            outlet = getattr(record, "outlet", "") or ""
            out.append(Recipient(address, name, salutation(name, language), outlet, key=key))
        return out

    def save_eml(self, release_id: int, folder, list_ids=None, personalised: bool = True):
        """Without an SMTP account: the same messages as .eml files for any mail program."""
        return self.outbox.save_as_eml(self.draft(release_id, list_ids, personalised), folder)


def release_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    """Write ``mailing`` into the history of every contact the accepted message reached."""
    from commdesk.services.contacts.service import ContactService

    if item.related_entity != "releases" or not item.related_id or item.sent_at is None:
        return
    contacts = ctx.service(ContactService)
    summary = translate("Mail", "Press release sent by e-mail: {subject}").format(subject=item.subject)
    for key in item.recipient_keys:
        if not isinstance(key, int):
            continue
        try:
            contacts.log_interaction(
                key, "mailing", item.sent_at, "email", summary, release_id=int(item.related_id)
            )
        except Exception:  # one contact erased meanwhile must not cost the others their entry
            log.exception("could not write the mailing of outbox message %s into contact %s", item.id, key)


def minutes_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    """Minutes count as distributed once a message carrying them was sent (PC-5)."""
    from commdesk.services.meetings.minutes import MeetingMinutesService

    if item.related_entity == "meeting_minutes" and item.related_id and item.sent_at:
        ctx.service(MeetingMinutesService).mark_distributed(int(item.related_id), item.sent_at)
