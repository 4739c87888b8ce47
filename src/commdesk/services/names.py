"""Names for the references history views meet: a stored ``owner_id`` shown as the person's name.

``core.labels.value_label(..., names=lookup)`` asks ``lookup(kind, value)`` for a value whose field
points at another record; this module builds that lookup from the database (the core reads none).
"""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.labels import PERSON, RELEASE, RELEASE_TEMPLATE, NameLookup
from commdesk.persistence.repositories.references import person_names, release_references
from commdesk.services.context import ServiceContext
from commdesk.services.releases.templates import ReleaseTemplateService


def name_lookup(ctx: ServiceContext) -> NameLookup:
    """People by id, releases by their reference, release templates by key, each kind read from the
    database once, on first use. Reading them needs no role: everyone sees who did what."""
    cache: dict[str, dict[str, str]] = {}

    def load(kind: str) -> dict[str, str]:
        if kind == PERSON:
            with ctx.unit_of_work() as uow:
                return person_names(uow.session)
        if kind == RELEASE:
            with ctx.unit_of_work() as uow:
                return release_references(uow.session)
        if kind == RELEASE_TEMPLATE:
            mine = translate("Labels", "en", "the language (zh or en) of release template names to show")
            out: dict[str, str] = {}
            for t in sorted(ctx.service(ReleaseTemplateService).list(), key=lambda t: t.language != mine):
                out.setdefault(t.key, t.title)
            return out
        return {}

    def lookup(kind: str, value: str) -> str | None:
        if kind not in cache:
            cache[kind] = load(kind)
        return cache[kind].get(str(value))

    return lookup
