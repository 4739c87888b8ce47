"""What the cases desk answers with, kept by administrators: the automatic acknowledgement of a new
case per category and language (FB-2), canned responses per category an answer can start from, the
intake rules that give a mailed-in case its category, and the language the desk answers in when a
message does not show one.

A fresh desk acknowledges out of the box: without a stored acknowledgement for a category and
language the built-in text (``core.cases.replies.DEFAULT_ACKNOWLEDGEMENTS``) is used. Templates are
checked when saved and rendered in the sandbox; the values (their name, their subject, the due
times) are never read as a template.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, timedelta

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.replies import (
    ACKNOWLEDGEMENT,
    CANNED,
    DEFAULT_ACKNOWLEDGEMENTS,
    KINDS,
    LANGUAGES,
    REPLY_LANGUAGE_KEY,
    ReplyText,
    check_reply_template,
    normal_language,
    render_reply,
)
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.repositories import case_replies as repo
from commdesk.persistence.repositories import cases as cases_repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

# The settings key of the language the desk answers in when a message shows none.
LANGUAGE_KEY = REPLY_LANGUAGE_KEY
RULE_FIELDS = ("sender", "subject", "text")


@dataclass(frozen=True)
class ReplyTemplate:
    id: int
    kind: str  # acknowledgement, canned
    category_id: int | None  # None: every category
    language: str
    title: str
    subject: str
    body: str
    active: bool
    position: int
    version: int


@dataclass(frozen=True)
class IntakeRule:
    id: int
    field: str  # sender, subject, text
    contains: str
    category_id: int
    position: int
    active: bool
    version: int


def _template(row) -> ReplyTemplate:
    return ReplyTemplate(
        row.id,
        row.kind,
        row.category_id,
        row.language,
        row.title,
        row.subject,
        row.body,
        row.active,
        row.position,
        row.version,
    )


def _rule(row) -> IntakeRule:
    return IntakeRule(row.id, row.field, row.contains, row.category_id, row.position, row.active, row.version)


def _keep_action() -> str:
    return translate("Cases", "keep the cases desk's reply templates and intake rules")


class CaseRepliesService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_keep(self) -> str:
        """ "" when the acting person may change templates and rules now, else why not in words."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_keep_action())

    # ------------------------------------------------------------------------------ language
    def default_language(self) -> str:
        """The language the desk answers in when a message shows none (``zh_CN`` unless set)."""
        settings = self.ctx.service(SettingsService)
        stored = self.ctx.cached(LANGUAGE_KEY, {"settings"}, lambda: settings.get(LANGUAGE_KEY, "zh_CN"))
        return normal_language(stored)

    def set_default_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError({"language": translate("Cases", "Choose zh_CN or en.")})
        self.ctx.service(SettingsService).set_many({LANGUAGE_KEY: language})

    # ------------------------------------------------------------------------------ templates
    def templates(self, kind: str | None = None) -> builtins.list[ReplyTemplate]:
        with self.ctx.unit_of_work() as uow:
            return [_template(r) for r in repo.templates(uow.session, kind)]

    def save_template(
        self,
        kind: str,
        subject: str,
        body: str,
        *,
        language: str = "zh_CN",
        category_id: int | None = None,
        title: str = "",
        active: bool = True,
        position: int = 0,
        template_id: int | None = None,
        expected_version: int | None = None,
    ) -> ReplyTemplate:
        """Add or change a template (administrators). An active acknowledgement replaces the one
        there was for its category and language (which is made inactive): one is sent, never two."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        errors: dict[str, str] = {}
        if kind not in KINDS:
            errors["kind"] = translate("Cases", "Choose acknowledgement or canned response.")
        if language not in LANGUAGES:
            errors["language"] = translate("Cases", "Choose zh_CN or en.")
        if not body.strip():
            errors["body"] = translate("Cases", "Write the text first.")
        if kind == CANNED and not title.strip():
            errors["title"] = translate("Cases", "Give the canned response a title people pick it by.")
        if errors:
            raise ValidationError(errors)
        check_reply_template(subject, body)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            if category_id is not None and cases_repo.category(s, category_id) is None:
                raise NotFound(
                    translate("Cases", "There is no case category with id {id}.").format(id=category_id)
                )
            if template_id is None:
                row = repo.add_template(
                    s,
                    kind=kind,
                    category_id=category_id,
                    language=language,
                    title=title.strip(),
                    subject=subject.strip(),
                    body=body,
                    active=active,
                    position=position,
                )
            else:
                found = repo.template(s, template_id)
                if found is None:
                    raise NotFound(
                        translate("Cases", "There is no reply template with id {id}.").format(id=template_id)
                    )
                check_version(
                    translate("Cases", "reply template"),
                    found.version,
                    expected_version,
                    mine=None,
                    theirs=None,
                )
                row = found
                row.kind, row.category_id, row.language = kind, category_id, language
                row.title, row.subject, row.body = title.strip(), subject.strip(), body
                row.active, row.position = active, position
            if kind == ACKNOWLEDGEMENT and active:
                for other in repo.active_templates_for(s, ACKNOWLEDGEMENT, [category_id], language):
                    if other.id != row.id and other.category_id == category_id:
                        other.active = False
            s.flush()
            return _template(row)

    def delete_template(self, template_id: int) -> None:
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.template(uow.session, template_id)
            if row is None:
                raise NotFound(
                    translate("Cases", "There is no reply template with id {id}.").format(id=template_id)
                )
            repo.delete_template(uow.session, row)

    def acknowledgement_template(self, category_id: int | None, language: str) -> ReplyText:
        """The acknowledgement for a category and language: the category's own, else the one for
        every category, else the built-in text."""
        language = normal_language(language)

        def read() -> ReplyText:
            with self.ctx.unit_of_work() as uow:
                rows = repo.active_templates_for(uow.session, ACKNOWLEDGEMENT, [category_id, None], language)
            own = [r for r in rows if category_id is not None and r.category_id == category_id]
            general = [r for r in rows if r.category_id is None]
            chosen = own or general
            if not chosen:
                return DEFAULT_ACKNOWLEDGEMENTS[language]
            return ReplyText(chosen[0].subject, chosen[0].body)

        # read once per batch of an intake (every new case of a category asks for it)
        return self.ctx.cached(
            f"cases.acknowledgement:{category_id}:{language}", {"case_reply_templates"}, read
        )

    def canned_responses(
        self, category_id: int | None = None, language: str | None = None
    ) -> builtins.list[ReplyTemplate]:
        """Canned responses for a category (and those for every category), in ``language`` if given."""
        with self.ctx.unit_of_work() as uow:
            rows = repo.active_templates_for(
                uow.session, CANNED, [category_id, None], normal_language(language) if language else None
            )
            return [_template(r) for r in rows]

    def start_reply(self, template_id: int, case_id: int) -> ReplyText:
        """A canned response filled in for a case: the text an answer starts from (edited, then
        sent with ``CaseService.reply``)."""
        from commdesk.services.cases.service import CaseService

        with self.ctx.unit_of_work() as uow:
            row = repo.template(uow.session, template_id)
            if row is None or row.kind != CANNED:
                raise NotFound(
                    translate("Cases", "There is no canned response with id {id}.").format(id=template_id)
                )
            subject, body = row.subject, row.body
        case = self.ctx.service(CaseService).get(case_id)
        return render_reply(subject, body, self.values(case))

    def values(
        self, case, *, name: str = "", subject: str = "", language: str | None = None
    ) -> dict[str, str]:
        """The placeholders' values for ``case`` (a ``CaseService`` case, or one just opened):
        due times in the organisation's zone, named; the category's name in ``language`` (default:
        the case's)."""
        from commdesk.services.cases.admin import CaseAdminService

        zone = case.zone
        category = case.category
        if language is not None and case.category_id is not None:
            admin = self.ctx.service(CaseAdminService)
            category_id = case.category_id
            found = self.ctx.cached(
                f"cases.category:{category_id}", {"case_categories"}, lambda: admin.category(category_id)
            )
            category = found.name(language)
        now = self.ctx.clock()
        due = {k.kind: self._promisable(k, now) for k in case.clocks if k.due is not None}
        first = due.get(ClockKind.FIRST_RESPONSE)
        resolution = due.get(ClockKind.RESOLUTION)
        promised = first or resolution
        return {
            "reference": case.reference,
            "name": name or case.raised_by,
            "subject": subject or (case.summary.splitlines()[0] if case.summary else ""),
            "category": category,
            "department": case.department,
            "organisation": self.ctx.service(SettingsService).organisation().name,
            "received": tz.format_instant(case.received_at, zone),
            "first_response_due": tz.format_instant(first, zone) if first else "",
            "resolution_due": tz.format_instant(resolution, zone) if resolution else "",
            "promised": tz.format_instant(promised, zone) if promised else "",
        }

    def _promisable(self, clock, now: datetime) -> datetime:
        """A clock's due time as a promise to them: never a time already past. A clock that ran out
        before the message reached anyone (a case logged late) promises its whole target again
        from now, on the working calendar."""
        if clock.due > now or not clock.target_minutes:
            return clock.due
        calendar = self.ctx.service(SettingsService).work_calendar()
        return calendar.add_working_time(now, timedelta(minutes=clock.target_minutes))

    # ------------------------------------------------------------------------------ intake rules
    def rules(self) -> builtins.list[IntakeRule]:
        with self.ctx.unit_of_work() as uow:
            return [_rule(r) for r in repo.rules(uow.session)]

    def save_rule(
        self,
        field: str,
        contains: str,
        category_id: int,
        *,
        position: int = 0,
        active: bool = True,
        rule_id: int | None = None,
        expected_version: int | None = None,
    ) -> IntakeRule:
        """A rule (administrators): a message whose ``field`` (sender, subject, text) contains
        ``contains`` (any case) becomes a case of ``category_id``; the first match by position wins."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        errors: dict[str, str] = {}
        if field not in RULE_FIELDS:
            errors["field"] = translate("Cases", "Choose what the rule looks at: sender, subject or text.")
        if not contains.strip():
            errors["contains"] = translate("Cases", "Give the words the rule looks for.")
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            category = cases_repo.category(s, category_id)
            if category is None or category.parent_id is not None:
                raise ValidationError({"category": translate("Cases", "Choose a top-level category.")})
            if rule_id is None:
                row = repo.add_rule(
                    s,
                    field=field,
                    contains=contains.strip(),
                    category_id=category_id,
                    position=position,
                    active=active,
                )
            else:
                found = repo.rule(s, rule_id)
                if found is None:
                    raise NotFound(
                        translate("Cases", "There is no intake rule with id {id}.").format(id=rule_id)
                    )
                check_version(
                    translate("Cases", "intake rule"), found.version, expected_version, mine=None, theirs=None
                )
                row = found
                row.field, row.contains, row.category_id = field, contains.strip(), category_id
                row.position, row.active = position, active
                s.flush()
            return _rule(row)

    def delete_rule(self, rule_id: int) -> None:
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.rule(uow.session, rule_id)
            if row is None:
                raise NotFound(translate("Cases", "There is no intake rule with id {id}.").format(id=rule_id))
            repo.delete_rule(uow.session, row)


def category_by_rules(rules: builtins.list[IntakeRule], sender: str, subject: str, text: str) -> int | None:
    """The category the first matching active rule gives, None when none matches."""
    fields = {"sender": sender.casefold(), "subject": subject.casefold(), "text": text[:20000].casefold()}
    for rule in sorted(rules, key=lambda r: (r.position, r.id)):
        if rule.active and rule.contains.casefold() in fields.get(rule.field, ""):
            return rule.category_id
    return None
