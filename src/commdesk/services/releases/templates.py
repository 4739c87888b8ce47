"""The release template library: built-in templates, edited by administrators (versioned), and new
releases drafted from them with the organisation's settings filled in (MD-3)."""

from __future__ import annotations

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound
from commdesk.core.i18n import translate
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.export_text import date_text
from commdesk.core.releases.library import builtin_templates
from commdesk.core.releases.records import Release, ReleaseEdit, TemplateInfo
from commdesk.core.releases.templates import TemplateError, check_template, placeholders_in, render_template
from commdesk.persistence.models.releases import ReleaseTemplateRow
from commdesk.persistence.repositories import releases as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService


class ReleaseTemplateService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list(self) -> list[TemplateInfo]:
        with self.ctx.unit_of_work() as uow:
            stored = {(r.key, r.language): r for r in repo.stored_templates(uow.session)}
        out = []
        for b in builtin_templates():
            r = stored.pop((b.key, b.language), None)
            if r is None:
                out.append(
                    TemplateInfo(
                        b.key,
                        b.language,
                        b.title,
                        b.text,
                        True,
                        placeholders=tuple(sorted(placeholders_in(b.text))),
                    )
                )
            else:
                out.append(
                    TemplateInfo(
                        r.key,
                        r.language,
                        r.title,
                        r.text,
                        False,
                        r.version,
                        r.edited_by,
                        tuple(sorted(placeholders_in(r.text))),
                    )
                )
        for r in stored.values():
            out.append(
                TemplateInfo(
                    r.key,
                    r.language,
                    r.title,
                    r.text,
                    False,
                    r.version,
                    r.edited_by,
                    tuple(sorted(placeholders_in(r.text))),
                )
            )
        return out

    def get(self, key: str, language: str) -> TemplateInfo:
        for t in self.list():
            if t.key == key and t.language == language:
                return t
        raise NotFound(
            translate("Releases", "There is no template \u201c{key}\u201d in {language}.").format(
                key=key, language=language
            )
        )

    def save(
        self, key: str, language: str, title: str, text: str, expected_version: int | None = None
    ) -> TemplateInfo:
        """Store an administrator's version; refused while the template has problems."""
        person = self.ctx.require(Role.ADMINISTRATOR, action=translate("Releases", "edit release templates"))
        problems = check_template(text)
        if problems:
            raise TemplateError(problems)
        with self.ctx.unit_of_work() as uow:
            row = repo.stored_template(uow.session, key, language)
            if row is None:
                row = ReleaseTemplateRow(
                    key=key, language=language, title=title.strip() or key, text=text, edited_by=person.name
                )
                repo.stage(uow.session, row)
            else:
                check_version(
                    translate("Releases", "template"),
                    row.version,
                    expected_version,
                    mine=text,
                    theirs=row.text,
                )
                row.title, row.text, row.edited_by = title.strip() or row.title, text, person.name
            uow.session.flush()
            return TemplateInfo(
                row.key,
                row.language,
                row.title,
                row.text,
                False,
                row.version,
                row.edited_by,
                tuple(sorted(placeholders_in(text))),
            )

    def values(self, language: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        org = self.ctx.service(SettingsService).organisation()
        name = name_for(org.name, language)
        short = name.removesuffix("有限公司").removesuffix("股份") if language == "zh" else name.split(" ")[0]
        today = self.ctx.clock().date()
        person = self.ctx.current()
        values = {
            "organisation": name,
            "organisation_short": short,
            "date": date_text(today, language),
            "boilerplate": org.boilerplate,
            "media_contact": org.media_contact,
            "author": person.name,
        }
        values |= extra or {}
        return {k: v for k, v in values.items() if v}

    def draft_from(
        self, key: str, language: str, title: str, city: str = "", extra: dict[str, str] | None = None
    ) -> Release:
        """A new draft release whose body is the template filled in (missing placeholders marked)."""
        template = self.get(key, language)
        values = self.values(language, {"title": title, "city": city, **(extra or {})})
        body = render_template(template.text, values, missing="mark")
        org = self.ctx.service(SettingsService).organisation()
        content = ReleaseContent(
            title=title,
            dateline_city=city,
            dateline_date=self.ctx.clock().date(),
            body_markdown=body,
            boilerplate=org.boilerplate,
            media_contact=org.media_contact,
            language=language,
        )
        return self.ctx.service(ReleaseService).create(ReleaseEdit(content), template_key=key)


def name_for(name: str, language: str) -> str:
    """The organisation's name in the release's language, from a bilingual setting such as
    "华信科技有限公司 Huaxin Technology Co., Ltd." (the whole name when it is not bilingual)."""
    import re

    m = re.match(r"^([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Za-z].*)$", name.strip())
    if not m:
        return name.strip()
    return m.group(1).strip() if language == "zh" else m.group(2).strip()
