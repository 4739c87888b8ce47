"""Coverage: where a release was picked up (MD-4, MD-6), per release, per journalist and per period."""

from __future__ import annotations

import builtins
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.records import OUTLET_KINDS, TONES, Coverage
from commdesk.persistence.models.releases import CoverageRow
from commdesk.persistence.repositories import releases as repo
from commdesk.services.context import ServiceContext, check_version


@dataclass(frozen=True)
class CoverageSummary:
    items: tuple[Coverage, ...]
    total_reach: int
    by_tone: dict[str, int]
    by_kind: dict[str, int]
    by_day: dict[date, int]
    originals: int
    reprints: int


def summarise(items: list[Coverage]) -> CoverageSummary:
    return CoverageSummary(
        tuple(items),
        sum(c.reach for c in items),
        {t: sum(1 for c in items if c.tone == t) for t in TONES},
        dict(Counter(c.outlet_kind for c in items).most_common()),
        dict(sorted(Counter(c.day for c in items).items())),
        sum(1 for c in items if c.original),
        sum(1 for c in items if not c.original),
    )


def _to(row: CoverageRow, reference: str = "") -> Coverage:
    if row.release_id is None:  # a story logged without a release (revision 0090): not a release's
        raise NotFound(translate("Releases", "This coverage entry was deleted."))
    return Coverage(
        row.release_id,
        row.outlet,
        row.day,
        row.outlet_kind,
        row.journalist_id,
        row.journalist_name,
        row.url,
        row.headline,
        row.reach,
        row.tone,
        row.original,
        row.id,
        row.version,
        reference,
    )


def validate_coverage(c: Coverage) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not c.outlet.strip():
        errors["outlet"] = translate("Releases", "Name the outlet that picked the release up.")
    if c.tone not in TONES:
        errors["tone"] = translate("Releases", "The tone must be positive, neutral or negative.")
    if c.outlet_kind not in OUTLET_KINDS:
        errors["outlet_kind"] = translate("Releases", "Choose the kind of outlet from the list.")
    if c.reach < 0:
        errors["reach"] = translate("Releases", "The reach cannot be negative.")
    if c.url.strip() and not c.url.strip().lower().startswith(("http://", "https://")):
        errors["url"] = translate("Releases", "The link must start with http:// or https://.")
    return errors


class ReleaseCoverageService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def add(self, item: Coverage) -> Coverage:
        person = self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, action=translate("Releases", "log coverage")
        )
        item = replace(
            item,
            outlet=item.outlet.strip(),
            headline=item.headline.strip(),
            url=item.url.strip(),
            journalist_name=item.journalist_name.strip(),
        )
        errors = validate_coverage(item)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            release = repo.get(uow.session, item.release_id)
            if release is None:
                raise NotFound(
                    translate("Releases", "There is no press release with id {id}.").format(
                        id=item.release_id
                    )
                )
            row = CoverageRow(
                release_id=item.release_id,
                outlet=item.outlet,
                outlet_kind=item.outlet_kind,
                journalist_id=item.journalist_id,
                journalist_name=item.journalist_name,
                day=item.day,
                url=item.url,
                headline=item.headline,
                reach=item.reach,
                tone=item.tone,
                original=item.original,
                created_by=person.name,
            )
            return _to(repo.add(uow.session, row), release.reference)

    def update(self, item: Coverage) -> Coverage:
        self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=translate("Releases", "log coverage"))
        errors = validate_coverage(item)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            row = repo.coverage_entry(uow.session, item.id) if item.id is not None else None
            if row is None:
                raise NotFound(translate("Releases", "This coverage entry was deleted."))
            check_version(
                translate("Releases", "coverage entry"), row.version, item.version, mine=item, theirs=_to(row)
            )
            for name in (
                "outlet",
                "outlet_kind",
                "journalist_id",
                "journalist_name",
                "day",
                "url",
                "headline",
                "reach",
                "tone",
                "original",
            ):
                setattr(row, name, getattr(item, name))
            uow.session.flush()
            return _to(row)

    def delete(self, coverage_id: int) -> None:
        self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=translate("Releases", "log coverage"))
        with self.ctx.unit_of_work() as uow:
            row = repo.coverage_entry(uow.session, coverage_id)
            if row is not None:
                repo.remove(uow.session, row)

    def list(
        self,
        release_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        journalist_id: int | None = None,
    ) -> builtins.list[Coverage]:
        with self.ctx.unit_of_work() as uow:
            rows = repo.coverage(uow.session, release_id, start, end, journalist_id)
            return [_to(row, ref) for row, ref in rows]

    def summary(
        self, release_id: int | None = None, start: date | None = None, end: date | None = None
    ) -> CoverageSummary:
        return summarise(self.list(release_id, start, end))

    def for_journalist(self, contact_id: int) -> builtins.list[Coverage]:
        """The journalist's pick-ups, for the contact's cooperation history (MD-6)."""
        return self.list(journalist_id=contact_id)
