"""The procedure as a versioned document (AP-1..4). One public call = one unit of work.

- The first version is imported from the shipped text (``resources/procedure``) by an explicit call
  (``import_shipped``: the first run, the demo), never by a migration; it is adopted at once (it is
  the organisation's procedure as it stands).
- A new version is drafted from the one before (both texts, rule IDs kept, ``core.procedure``), goes
  through the review engine (kind "procedure", item = the version's id), and once approved an
  administrator adopts it with its effective date (AP-4). The version in force on a day is the
  adopted one with the latest effective date not after that day in the organisation's zone.
- Each person acknowledges the version in force (AP-3); administrators see who has and who has not.
- The yearly review (AP-2) is recorded with its findings and decisions; it sets the next review date.
"""

from __future__ import annotations

import builtins
import functools
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from commdesk.core import procedure as core
from commdesk.core.domain.people import Role
from commdesk.core.errors import ConflictError, NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.procedure import Rule, RuleChange
from commdesk.core.review.kinds import Kind, register_fields
from commdesk.core.review.workflow import State
from commdesk.core.timezones import org_zone, to_zone, today_in
from commdesk.paths import resources_dir
from commdesk.persistence.models.procedure import (
    ProcedureAcknowledgementRow,
    ProcedureDepartmentRuleRow,
    ProcedureReviewRow,
    ProcedureVersionRow,
)
from commdesk.persistence.repositories import procedure as repo
from commdesk.services.context import ServiceContext
from commdesk.services.people import PeopleService
from commdesk.services.review import ReviewService, ReviewStatus
from commdesk.services.settings import SettingsService

KIND = Kind.PROCEDURE
TABLES = ("procedure_versions", "procedure_acknowledgements")
MAX_TEXT = 200_000


def _field_labels() -> dict[str, str]:
    return {
        "owner_department": translate("Procedure", "Owner department"),
        "retired": translate("Procedure", "Rules retired on purpose"),
        "change_note": translate("Procedure", "What changed"),
        "text_en": translate("Procedure", "English rule list"),
        "text_zh": translate("Procedure", "Chinese text"),
    }


register_fields(KIND, _field_labels, body="text_zh")


@functools.cache
def shipped_rules() -> dict[str, Rule]:
    """The rules of the procedure commdesk ships (``resources/procedure``), read once."""
    folder = resources_dir() / "procedure"
    return core.parse(
        (folder / "procedure.zh.txt").read_text(encoding="utf-8"),
        (folder / "procedure.en.md").read_text(encoding="utf-8"),
    )


@dataclass(frozen=True)
class ProcedureVersion:
    id: int
    number: int
    state: str  # "draft" (written, in review) or "adopted"
    review_state: str  # the review engine's state ("" for the imported first version)
    owner_department: str
    effective_on: date | None
    retired: tuple[str, ...]
    change_note: str
    created_by: str
    created_at: datetime
    text_zh: str
    text_en: str
    current: bool  # in force today
    row_version: int

    @property
    def rules(self) -> dict[str, Rule]:
        return core.with_chinese_serves(core.parse(self.text_zh, self.text_en), shipped_rules())


@dataclass(frozen=True)
class Acknowledgement:
    person_id: int
    person_name: str
    version_number: int
    at: datetime
    day: date  # the day of ``at`` in the organisation's zone, as people say it


@dataclass(frozen=True)
class DepartmentRule:
    id: int
    version_number: int
    department: str
    title: str
    text: str
    created_by: str


@dataclass(frozen=True)
class YearlyReview:
    id: int
    held_on: date
    findings: str
    decisions: str
    recorded_by: str
    version_number: int | None


@dataclass(frozen=True)
class WhoAcknowledged:
    version_number: int
    acknowledged: tuple[Acknowledgement, ...]
    not_yet: tuple[str, ...]  # names of the active people who have not


def _required(value: str, field: str, label: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(
            {field: translate("Procedure", "{field} is empty; fill it in.").format(field=label)}
        )
    if len(value) > MAX_TEXT:
        raise ValidationError(
            {
                field: translate("Procedure", "{field} is too long: at most {max} characters.").format(
                    field=label, max=MAX_TEXT
                )
            }
        )
    return value


class ProcedureService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ reading
    def today(self) -> date:
        """Today in the organisation's zone: a version takes effect at the start of its day there."""
        return today_in(org_zone(self.ctx.service(SettingsService).organisation()), self.ctx.clock)

    def _day(self, at: datetime) -> date:
        """The day of ``at`` in the organisation's zone (not UTC's: 02:00 in Shanghai is the day before there)."""
        return to_zone(at, org_zone(self.ctx.service(SettingsService).organisation())).date()

    def _current_number(self, session: Session, today: date) -> int | None:
        facts = [core.VersionFacts(n, s == "adopted", d) for n, s, d in repo.version_facts(session)]
        return core.current_version(facts, today)

    def _info(self, session: Session, row: ProcedureVersionRow, current: int | None) -> ProcedureVersion:
        status = self.ctx.service(ReviewService).status_in(session, KIND, row.id)
        return ProcedureVersion(
            row.id,
            row.number,
            row.state,
            status.state.value if status else "",
            row.owner_department,
            row.effective_on,
            tuple(row.retired_ids.split()),
            row.change_note,
            row.created_by_name,
            row.created_at,
            row.text_zh,
            row.text_en,
            row.number == current,
            row.version,
        )

    def _fresh(self, session: Session, row: ProcedureVersionRow) -> ProcedureVersion:
        """A version just written, as the caller reads it (in force today or not)."""
        return self._info(session, row, self._current_number(session, self.today()))

    @staticmethod
    def _row(session: Session, number: int) -> ProcedureVersionRow:
        row = repo.version(session, number)
        if row is None:
            raise NotFound(
                translate("Procedure", "There is no version {n} of the procedure.").format(n=number)
            )
        return row

    def versions(self) -> builtins.list[ProcedureVersion]:
        """Every version, newest first (their texts too: a version is read whole)."""
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            current = self._current_number(uow.session, today)
            rows = repo.versions_newest_first(uow.session)
            return [self._info(uow.session, r, current) for r in rows]

    def current_number(self) -> int | None:
        """The number of the version in force today, or None before any was adopted."""
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            return self._current_number(uow.session, today)

    def version(self, number: int | None = None) -> ProcedureVersion:
        """Version ``number``, or the one in force today; NotFound in words when there is none."""
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            current = self._current_number(uow.session, today)
            if number is None:
                if current is None:
                    raise NotFound(
                        translate(
                            "Procedure",
                            "No version of the procedure is in force yet. An administrator imports the "
                            "shipped procedure (commdesk procedure import) or adopts a reviewed version.",
                        )
                    )
                number = current
            return self._info(uow.session, self._row(uow.session, number), current)

    def diff(self, old: int, new: int) -> builtins.list[RuleChange]:
        """The rules added, removed or changed from version ``old`` to version ``new``."""
        with self.ctx.unit_of_work() as uow:
            a, b = self._row(uow.session, old), self._row(uow.session, new)
            return core.diff(core.parse(a.text_zh, a.text_en), core.parse(b.text_zh, b.text_en))

    # ------------------------------------------------------------------------------ versions
    def import_shipped(self, effective_on: date | None = None) -> ProcedureVersion:
        """The first run or the demo: the shipped procedure becomes version 1, adopted, in force from
        ``effective_on`` (default today). Refused once any version exists."""
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Procedure", "import the procedure"))
        return self._import(effective_on)

    def import_on_first_run(self) -> ProcedureVersion | None:
        """The first run, right after the first profile: the shipped procedure becomes version 1, in
        force from today, when the database has none yet (else nothing happens)."""
        if self.versions():
            return None
        return self._import(None)

    def _import(self, effective_on: date | None) -> ProcedureVersion:
        person = self.ctx.current()
        folder = resources_dir() / "procedure"
        text_zh = (folder / "procedure.zh.txt").read_text(encoding="utf-8")
        text_en = (folder / "procedure.en.md").read_text(encoding="utf-8")
        org = self.ctx.service(SettingsService).organisation()
        day = effective_on or self.today()
        with self.ctx.unit_of_work() as uow:
            if repo.count_versions(uow.session):
                raise ValidationError(
                    translate(
                        "Procedure",
                        "The procedure is already in commdesk; a change is a new version (draft it, "
                        "have it reviewed and adopt it).",
                    )
                )
            row = ProcedureVersionRow(
                number=1,
                text_zh=text_zh,
                text_en=text_en,
                owner_department=org.procedure_owner,
                effective_on=day,
                state="adopted",
                retired_ids="",
                change_note="",  # the organisation's own text, as supplied
                created_by_id=person.id,
                created_by_name=person.name,
            )
            repo.add(uow.session, row)
            return self._fresh(uow.session, row)

    def _check_texts(
        self, session: Session, number: int, text_zh: str, text_en: str, retired: str
    ) -> tuple[str, str, tuple[str, ...]]:
        text_zh = _required(text_zh, "text_zh", translate("Procedure", "The Chinese text"))
        text_en = _required(text_en, "text_en", translate("Procedure", "The English rule list"))
        retired_ids = core.parse_retired(retired)
        before = repo.latest_before(session, number)
        previous = core.parse(before.text_zh, before.text_en) if before else {}
        core.check_kept_ids(previous, core.parse(text_zh, text_en), retired_ids)
        return text_zh, text_en, retired_ids

    @staticmethod
    def _content(row: ProcedureVersionRow) -> dict[str, str]:
        return {
            "owner_department": row.owner_department,
            "retired": row.retired_ids,
            "change_note": row.change_note,
            "text_en": row.text_en,
            "text_zh": row.text_zh,
        }

    def draft(
        self,
        text_zh: str,
        text_en: str,
        *,
        owner_department: str = "",
        change_note: str = "",
        retired: str = "",
    ) -> ProcedureVersion:
        """The owner department (officers, administrators) writes a new version: it keeps every rule
        ID of the latest version unless retired on purpose; it waits for review. One draft at a time."""
        person = self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, action=translate("Procedure", "draft a procedure version")
        )
        with self.ctx.unit_of_work() as uow:
            latest = repo.latest(uow.session)
            if latest is not None and latest.state == "draft":
                raise ValidationError(
                    translate(
                        "Procedure",
                        "Version {n} is still a draft; edit it, or adopt it before drafting another.",
                    ).format(n=latest.number)
                )
            number = latest.number + 1 if latest else 1
            text_zh, text_en, retired_ids = self._check_texts(uow.session, number, text_zh, text_en, retired)
            owner = (owner_department or (latest.owner_department if latest else "")).strip()
            row = ProcedureVersionRow(
                number=number,
                text_zh=text_zh,
                text_en=text_en,
                owner_department=owner[:200],
                effective_on=None,
                state="draft",
                retired_ids=" ".join(retired_ids),
                change_note=change_note.strip(),
                created_by_id=person.id,
                created_by_name=person.name,
            )
            repo.add(uow.session, row)
            self.ctx.service(ReviewService).record_edit_in(
                uow.session, KIND, row.id, self._content(row), person
            )
            return self._fresh(uow.session, row)

    def edit(
        self,
        number: int,
        text_zh: str,
        text_en: str,
        *,
        owner_department: str,
        change_note: str = "",
        retired: str = "",
        expected_version: int | None = None,
    ) -> ProcedureVersion:
        """Change a draft (every change voids its approvals: the review starts again)."""
        person = self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, action=translate("Procedure", "edit a procedure version")
        )
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, number)
            if row.state != "draft":
                raise ValidationError(
                    translate(
                        "Procedure",
                        "Version {n} is adopted and is not changed any more; draft a new version instead.",
                    ).format(n=number)
                )
            if expected_version is not None and expected_version != row.version:
                raise ConflictError(
                    translate(
                        "Procedure",
                        "Someone else changed version {n} meanwhile; open it again and redo your change.",
                    ).format(n=number)
                )
            row.text_zh, row.text_en, retired_ids = self._check_texts(
                uow.session, number, text_zh, text_en, retired
            )
            row.retired_ids = " ".join(retired_ids)
            row.owner_department = owner_department.strip()[:200]
            row.change_note = change_note.strip()
            uow.session.flush()
            self.ctx.service(ReviewService).record_edit_in(
                uow.session, KIND, row.id, self._content(row), person
            )
            return self._fresh(uow.session, row)

    # -- the review engine's steps for a version (its item is the version's id) --------------------
    def _item(self, number: int) -> int:
        with self.ctx.unit_of_work() as uow:
            return self._row(uow.session, number).id

    def review_status(self, number: int) -> ReviewStatus | None:
        return self.ctx.service(ReviewService).state_of(KIND, self._item(number))

    def submit(self, number: int, expected_version: int | None = None) -> ReviewStatus:
        return self.ctx.service(ReviewService).submit(KIND, self._item(number), expected_version)

    def approve(self, number: int, expected_version: int | None = None, note: str = "") -> ReviewStatus:
        return self.ctx.service(ReviewService).approve(KIND, self._item(number), expected_version, note)

    def return_(self, number: int, comment: str, expected_version: int | None = None) -> ReviewStatus:
        return self.ctx.service(ReviewService).return_(KIND, self._item(number), expected_version, comment)

    def adopt(self, number: int, effective_on: date) -> ProcedureVersion:
        """Administrators: an approved draft becomes the procedure from ``effective_on`` (AP-4), a day
        not before the version in force took effect; until then the version before stays in force."""
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Procedure", "adopt a procedure version"))
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, number)
            status = self.ctx.service(ReviewService).status_in(uow.session, KIND, row.id)
            if row.state != "draft" or status is None or status.state is not State.APPROVED:
                raise ValidationError(
                    translate(
                        "Procedure",
                        "Version {n} can be adopted only once its review approved it as it reads now.",
                    ).format(n=number)
                )
            latest_effective = repo.latest_effective_day(uow.session)
            if latest_effective is not None and effective_on < latest_effective:
                raise ValidationError(
                    {
                        "effective_on": translate(
                            "Procedure",
                            "Version {n} cannot take effect on {day}, before the version adopted last "
                            "(in force from {latest}); choose {latest} or later.",
                        ).format(n=number, day=effective_on.isoformat(), latest=latest_effective.isoformat())
                    }
                )
            row.state, row.effective_on = "adopted", effective_on
            uow.session.flush()
            return self._info(uow.session, row, self._current_number(uow.session, today))

    # ------------------------------------------------------------------------------ department rules
    def add_department_rule(self, number: int, department: str, title: str, text: str) -> DepartmentRule:
        """AP-1: a department's own implementation rules, attached to version ``number``."""
        person = self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, action=translate("Procedure", "add department rules")
        )
        department = _required(department, "department", translate("Procedure", "The department"))
        title = _required(title, "title", translate("Procedure", "The title"))
        text = _required(text, "text", translate("Procedure", "The text"))
        known = self.ctx.service(SettingsService).organisation().departments
        if known and department not in known:
            raise ValidationError(
                {
                    "department": translate(
                        "Procedure", "“{name}” is not one of the organisation's departments ({known})."
                    ).format(name=department, known=", ".join(known))
                }
            )
        with self.ctx.unit_of_work() as uow:
            version = self._row(uow.session, number)
            row = ProcedureDepartmentRuleRow(
                version_id=version.id,
                department=department[:200],
                title=title[:300],
                text=text,
                created_by_name=person.name,
            )
            repo.add(uow.session, row)
            return DepartmentRule(row.id, number, row.department, row.title, row.text, row.created_by_name)

    def department_rules(self, number: int) -> builtins.list[DepartmentRule]:
        with self.ctx.unit_of_work() as uow:
            version = self._row(uow.session, number)
            rows = repo.department_rules(uow.session, version.id)
            return [
                DepartmentRule(r.id, number, r.department, r.title, r.text, r.created_by_name) for r in rows
            ]

    # ------------------------------------------------------------------------------ acknowledgements
    def acknowledge(self) -> Acknowledgement:
        """AP-3: the acting person has read the version in force (again: the first time is kept)."""
        person = self.ctx.current()
        if person.id is None:
            raise ValidationError(
                translate(
                    "Procedure", "Only a person of this desk acknowledges the procedure; sign in first."
                )
            )
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            number = self._current_number(uow.session, today)
            if number is None:
                raise NotFound(translate("Procedure", "No version of the procedure is in force yet."))
            version = self._row(uow.session, number)
            row = repo.acknowledgement(uow.session, version.id, person.id)
            if row is None:
                row = ProcedureAcknowledgementRow(
                    version_id=version.id, person_id=person.id, person_name=person.name, at=self.ctx.clock()
                )
                repo.add(uow.session, row)
            return Acknowledgement(row.person_id, row.person_name, number, row.at, self._day(row.at))

    def pending_for(self, person_id: int | None) -> int | None:
        """The number of the version in force when ``person_id`` has not acknowledged it, else None
        (what Home reminds of)."""
        if person_id is None:
            return None
        today = self.today()
        with self.ctx.unit_of_work() as uow:
            number = self._current_number(uow.session, today)
            if number is None:
                return None
            return None if repo.has_acknowledged(uow.session, number, person_id) else number

    def who_acknowledged(self, number: int | None = None) -> WhoAcknowledged:
        """Administrators: who acknowledged version ``number`` (default the one in force) and which
        active people have not."""
        self.ctx.require(
            Role.ADMINISTRATOR, action=translate("Procedure", "see who acknowledged the procedure")
        )
        people = self.ctx.service(PeopleService).list()
        version = self.version(number)
        with self.ctx.unit_of_work() as uow:
            rows = repo.acknowledgements(uow.session, version.id)
        done = tuple(
            Acknowledgement(r.person_id, r.person_name, version.number, r.at, self._day(r.at)) for r in rows
        )
        ids = {a.person_id for a in done}
        return WhoAcknowledged(version.number, done, tuple(p.name for p in people if p.id not in ids))

    # ------------------------------------------------------------------------------ yearly review
    def record_review(self, held_on: date, findings: str, decisions: str = "") -> YearlyReview:
        """AP-2: the yearly review, held on ``held_on``, with its findings and decisions; the next
        review is due a year later (the organisation's review date moves with it)."""
        person = self.ctx.require(
            Role.ADMINISTRATOR, action=translate("Procedure", "record the yearly review")
        )
        findings = _required(findings, "findings", translate("Procedure", "The findings"))
        if held_on > self.today():
            raise ValidationError(
                {
                    "held_on": translate(
                        "Procedure", "A review is recorded once it was held; {day} is still ahead."
                    ).format(day=held_on.isoformat())
                }
            )
        number = self.current_number()
        settings = self.ctx.service(SettingsService)
        with self.ctx.unit_of_work() as uow:
            version_id = self._row(uow.session, number).id if number is not None else None
            row = ProcedureReviewRow(
                version_id=version_id,
                held_on=held_on,
                findings=findings,
                decisions=(decisions or "").strip(),
                recorded_by_id=person.id,
                recorded_by_name=person.name,
                at=self.ctx.clock(),
            )
            repo.add(uow.session, row)
            recorded = YearlyReview(
                row.id, held_on, row.findings, row.decisions, row.recorded_by_name, number
            )
        org = settings.organisation()
        nxt = _a_year_after(held_on)
        if org.next_review is None or org.next_review < nxt:
            settings.save_organisation(replace(org, next_review=nxt))
        return recorded

    def reviews(self) -> builtins.list[YearlyReview]:
        with self.ctx.unit_of_work() as uow:
            rows = repo.reviews(uow.session)
            return [
                YearlyReview(r.id, r.held_on, r.findings, r.decisions, r.recorded_by_name, n) for r, n in rows
            ]


def _a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
