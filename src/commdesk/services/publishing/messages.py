"""Comments and messages on the office's accounts that need an answer (SM-3), the reply templates
the office keeps, and the step that turns a complaint into a case (the cases desk's public
``CaseService.create``): the comment keeps the case's id, the case carries the comment's words.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, timedelta

from commdesk.core.cases.workflow import Channel
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import language, translate
from commdesk.persistence.models.social import SocialMessageRow, SocialReplyTemplateRow
from commdesk.persistence.repositories import social as repo
from commdesk.services.context import ServiceContext, check_version

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
READERS = (Role.OFFICER, Role.ADMINISTRATOR, Role.REVIEWER)
STATUSES = ("open", "answered", "case", "closed")
MESSAGE_KINDS = ("comment", "message")


def _action() -> str:
    return translate("SocialMessages", "answer comments and messages on the office's accounts")


def status_label(status: str) -> str:
    return {
        "open": translate("SocialMessages", "Needs an answer"),
        "answered": translate("SocialMessages", "Answered"),
        "case": translate("SocialMessages", "Became a case"),
        "closed": translate("SocialMessages", "Closed without answer"),
    }.get(status, status)


@dataclass(frozen=True)
class SocialMessage:
    id: int
    account_id: int
    post_id: int | None
    kind: str
    author: str
    body: str
    received_at: datetime
    status: str
    reply: str
    answered_at: datetime | None
    case_id: int | None
    version: int


@dataclass(frozen=True)
class ReplyTemplate:
    id: int
    title: str
    body: str
    active: bool
    version: int


def _message(row: SocialMessageRow) -> SocialMessage:
    return SocialMessage(
        row.id,
        row.account_id,
        row.post_id,
        row.kind,
        row.author,
        row.body,
        row.received_at,
        row.status,
        row.reply,
        row.answered_at,
        row.case_id,
        row.version,
    )


def _template(row: SocialReplyTemplateRow) -> ReplyTemplate:
    return ReplyTemplate(row.id, row.title, row.body, row.active, row.version)


class SocialMessageService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_answer(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_action())

    def list(self, *, open_only: bool = False, post_id: int | None = None) -> builtins.list[SocialMessage]:
        self.ctx.require(*READERS, action=_action())
        with self.ctx.unit_of_work() as uow:
            rows = repo.messages(uow.session, ("open",) if open_only else None, post_id)
            return [_message(r) for r in rows]

    def log(
        self,
        account_id: int,
        body: str,
        *,
        author: str = "",
        kind: str = "comment",
        post_id: int | None = None,
        received_at: datetime | None = None,
    ) -> SocialMessage:
        """Log a comment or message that needs an answer, on an account (and the post it is under)."""
        self.ctx.require(*WRITERS, action=_action())
        now = self.ctx.clock()
        received = received_at or now
        errors: dict[str, str] = {}
        if not body.strip():
            errors["body"] = translate("SocialMessages", "Copy in what the comment or message says.")
        if kind not in MESSAGE_KINDS:
            errors["kind"] = translate("SocialMessages", "Choose whether it is a comment or a message.")
        if received.tzinfo is None or received > now + timedelta(minutes=5):
            errors["received_at"] = translate(
                "SocialMessages", "Give the time it came in (not in the future, with its time zone)."
            )
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            account = repo.account(uow.session, account_id)
            if account is None:
                raise ValidationError(
                    translate("SocialMessages", "Choose the account it came in on."), "account"
                )
            if post_id is not None:
                post = repo.post(uow.session, post_id)
                if post is None or post.account_id != account_id:
                    raise ValidationError(
                        translate("SocialMessages", "That post is not one of this account's."), "post"
                    )
            row = SocialMessageRow(
                account_id=account_id,
                post_id=post_id,
                kind=kind,
                author=author.strip()[:200],
                body=body.strip(),
                received_at=received,
                status="open",
            )
            repo.add(uow.session, row)
            return _message(row)

    def _row(self, session, message_id: int) -> SocialMessageRow:
        row = repo.message(session, message_id)
        if row is None:
            raise NotFound(translate("SocialMessages", "That comment or message is no longer logged."))
        return row

    def answer(self, message_id: int, reply: str, expected_version: int | None = None) -> SocialMessage:
        """Record the answer given on the platform (SM-3: promptly and professionally)."""
        me = self.ctx.require(*WRITERS, action=_action())
        if not reply.strip():
            raise ValidationError(translate("SocialMessages", "Write the answer that was given."), "reply")
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, message_id)
            check_version("social_messages", row.version, expected_version, mine=reply, theirs=_message(row))
            row.reply, row.status, row.answered_at, row.answered_by = (
                reply.strip(),
                "answered",
                self.ctx.clock(),
                me.id,
            )
            uow.session.flush()
            return _message(row)

    def close(self, message_id: int, expected_version: int | None = None) -> SocialMessage:
        """Nothing to answer (spam, a thank-you): closed, and out of the list of open ones."""
        self.ctx.require(*WRITERS, action=_action())
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, message_id)
            check_version("social_messages", row.version, expected_version, mine=None, theirs=_message(row))
            row.status = "closed"
            uow.session.flush()
            return _message(row)

    def make_case(self, message_id: int, expected_version: int | None = None) -> SocialMessage:
        """A complaint: log it as a case of channel "social media" on the cases desk, in the same
        unit of work as the comment keeps the case's id. The case is raised by the comment's author
        and holds the comment as their message, headed with the platform and account it came in on,
        with the link of the post it is under (or the post's title while no link is recorded). The
        case is made by the cases desk's own service, so its clocks (from when the comment came in)
        and roles apply."""
        from commdesk.services.cases.service import CaseService, MessageIn

        self.ctx.require(*WRITERS, action=_action())
        cases = self.ctx.service(CaseService)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, message_id)
            check_version("social_messages", row.version, expected_version, mine=None, theirs=_message(row))
            if row.case_id is not None:
                raise ValidationError(translate("SocialMessages", "This comment is already a case."), "case")
            where = _where(s, row)
            author = row.author.strip()  # a handle; none: the case is anonymous, not one shared record
            heading = (
                translate("SocialMessages", "Comment on {where}")
                if row.kind == "comment"
                else translate("SocialMessages", "Message on {where}")
            ).format(where=where)
            opened = cases.open_in(
                uow,
                Channel.SOCIAL_MEDIA,
                translate("SocialMessages", "Complaint on {where}: {text}").format(
                    where=where, text=row.body.splitlines()[0][:120]
                ),
                customer=(author, "", "") if author else None,
                received_at=row.received_at,
                complaint=True,
                message=MessageIn(
                    body="\n\n".join(p for p in (row.body, _post_line(s, row.post_id)) if p),
                    from_name=author,
                    subject=heading,
                    at=row.received_at,
                ),
            )
            row.case_id, row.status = opened.id, "case"
            s.flush()
            return _message(row)

    # ------------------------------------------------------------------------------ templates
    def templates(self) -> builtins.list[ReplyTemplate]:
        self.ctx.require(*READERS, action=_action())
        with self.ctx.unit_of_work() as uow:
            return [_template(r) for r in repo.templates(uow.session)]

    def save_template(
        self,
        title: str,
        body: str,
        *,
        active: bool = True,
        template_id: int | None = None,
        expected_version: int | None = None,
    ) -> ReplyTemplate:
        self.ctx.require(*WRITERS, action=_action())
        errors = {}
        if not title.strip():
            errors["title"] = translate("SocialMessages", "Give the template a title.")
        if not body.strip():
            errors["body"] = translate("SocialMessages", "Write the template's text.")
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            if template_id is None:
                row = SocialReplyTemplateRow()
                uow.session.add(row)
            else:
                found = repo.template(uow.session, template_id)
                if found is None:
                    raise NotFound(translate("SocialMessages", "That reply template no longer exists."))
                row = found
                check_version(
                    "social_reply_templates", row.version, expected_version, mine=title, theirs=None
                )
            row.title, row.body, row.active = title.strip()[:200], body.strip(), active
            uow.session.flush()
            return _template(row)


def _where(session, row: SocialMessageRow) -> str:
    """``微博 · 华信官方微博 (@huaxin)``: the platform (in the language in use) and the account the
    comment came in on, with the account's handle when one is kept."""
    account = repo.account(session, row.account_id)
    if account is None:
        return ""
    platform = repo.platform(session, account.platform_id)
    zh = language().startswith("zh")
    name = (
        ((platform.name_zh if zh else platform.name_en) or platform.name_zh or platform.name_en)
        if platform
        else ""
    )
    handle = f" ({account.handle})" if account.handle.strip() else ""
    return " · ".join(p for p in (name, account.name + handle) if p)


def _post_line(session, post_id: int | None) -> str:
    """The post a comment is under, as the case keeps it: its link once recorded, else its title
    (or first words) and that no link is recorded yet; "" for a message not under a post."""
    if post_id is None:
        return ""
    post = repo.post(session, post_id)
    if post is None:
        return ""
    if post.published_url.strip():
        return translate("SocialMessages", "Under the post: {link}").format(link=post.published_url.strip())
    title = post.title.strip() or (post.text.strip().splitlines() or [""])[0][:60]
    return translate("SocialMessages", "Under the post “{title}” (no link recorded yet)").format(title=title)
