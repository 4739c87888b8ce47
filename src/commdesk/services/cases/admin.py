"""What administrators keep for the cases desk: categories (two levels) and their routing to a
department (FB-3), the clocks' targets per category and priority, and who is whose manager (the
person an overdue case is escalated to, and who decides grade 3 complaints, HL-4)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from commdesk.core.cases.clocks import DEFAULT_CLOCK_POLICIES, ClockKind, ClockPolicy, default_clock_policies
from commdesk.core.cases.workflow import Priority
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.models.cases import CaseCategoryRow
from commdesk.persistence.repositories import cases as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

# The settings key of the managers: {"person id": manager's person id}.
MANAGERS_KEY = "cases.managers"


@dataclass(frozen=True)
class CaseCategory:
    id: int
    parent_id: int | None
    code: str
    name_zh: str
    name_en: str
    department: str  # as stored ("" = the parent's)
    complaint: bool
    active: bool
    version: int

    def name(self, lang: str = "zh") -> str:
        """The name in ``lang`` (``zh``/``zh_CN`` or ``en``), the other one when it is empty."""
        first, second = (
            (self.name_zh, self.name_en) if lang.startswith("zh") else (self.name_en, self.name_zh)
        )
        return first or second or self.code


def category_of(row: CaseCategoryRow) -> CaseCategory:
    return CaseCategory(
        row.id,
        row.parent_id,
        row.code,
        row.name_zh,
        row.name_en,
        row.department,
        row.complaint,
        row.active,
        row.version,
    )


def _keep_action() -> str:
    return translate("Cases", "keep the cases desk's categories, clocks and managers")


class CaseAdminService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_keep(self) -> str:
        """ "" when the acting person may change categories, clock targets and managers now, else
        why not in words."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_keep_action())

    # ------------------------------------------------------------------------------ categories
    def categories(self, include_inactive: bool = True) -> builtins.list[CaseCategory]:
        with self.ctx.unit_of_work() as uow:
            return [category_of(r) for r in repo.categories(uow.session, include_inactive)]

    def category(self, key: str | int) -> CaseCategory:
        """A category by id, code, or its Chinese or English name."""
        with self.ctx.unit_of_work() as uow:
            row = (
                repo.category(uow.session, key)
                if isinstance(key, int)
                else repo.category_by_key(uow.session, str(key))
            )
            if row is None:
                raise NotFound(
                    translate(
                        "Cases", "There is no case category '{key}'; the categories are: {names}."
                    ).format(
                        key=key,
                        names=", ".join(r.code for r in repo.categories(uow.session, include_inactive=False)),
                    )
                )
            return category_of(row)

    def save_category(
        self,
        code: str,
        name_zh: str,
        name_en: str,
        *,
        parent: int | None = None,
        department: str = "",
        complaint: bool = False,
        active: bool = True,
        category_id: int | None = None,
        expected_version: int | None = None,
    ) -> CaseCategory:
        """Add a category (``category_id`` None) or change one; two levels at most."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        errors: dict[str, str] = {}
        code = code.strip()
        if not code or any(ch.isspace() for ch in code):
            errors["code"] = translate(
                "Cases", "Give the category a short code without spaces, such as 'billing'."
            )
        if not (name_zh.strip() or name_en.strip()):
            errors["name"] = translate("Cases", "Give the category a Chinese or an English name.")
        department = department.strip()
        if department:
            known = self.ctx.service(SettingsService).organisation().departments
            if known and department not in known:
                errors["department"] = translate(
                    "Cases", "'{department}' is not one of the organisation's departments ({known})."
                ).format(department=department, known=", ".join(known))
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            if parent is not None:
                above = repo.category(s, parent)
                if above is None or above.parent_id is not None:
                    raise ValidationError(
                        {
                            "parent": translate(
                                "Cases", "A sub-category belongs to a top-level category; choose one."
                            )
                        }
                    )
            same = repo.category_by_key(s, code)
            if same is not None and same.code == code and same.id != category_id:
                raise ValidationError(
                    {
                        "code": translate("Cases", "The code '{code}' is taken; choose another.").format(
                            code=code
                        )
                    }
                )
            if category_id is None:
                row = repo.add_category(
                    s,
                    code=code,
                    name_zh=name_zh.strip(),
                    name_en=name_en.strip(),
                    parent_id=parent,
                    department=department,
                    complaint=complaint,
                    active=active,
                    position=len(repo.categories(s)),
                )
            else:
                found = repo.category(s, category_id)
                if found is None:
                    raise NotFound(
                        translate("Cases", "There is no case category with id {id}.").format(id=category_id)
                    )
                row = found
                check_version(
                    translate("Cases", "case category"),
                    row.version,
                    expected_version,
                    mine=None,
                    theirs=category_of(row),
                )
                row.code, row.name_zh, row.name_en = code, name_zh.strip(), name_en.strip()
                row.parent_id, row.department, row.complaint, row.active = (
                    parent,
                    department,
                    complaint,
                    active,
                )
                s.flush()
            return category_of(row)

    # ------------------------------------------------------------------------------ clock targets
    def clock_policy(
        self,
        category_ids: tuple[int | None, ...],
        priority: Priority,
        *,
        session: Session | None = None,
        calendar: WorkCalendar | None = None,
    ) -> ClockPolicy:
        """The targets for a case of these categories (sub-category first) and ``priority``: what the
        administrators set, else the house's default for the calendar's working day. ``session``:
        read inside that unit of work (a service of this area that has one open)."""
        calendar = calendar or self.ctx.service(SettingsService).work_calendar()
        day = calendar.day_length()
        defaults = default_clock_policies(day) if day > timedelta(0) else DEFAULT_CLOCK_POLICIES
        base = defaults[Priority(priority)]
        if session is not None:
            stored = repo.policy_minutes(session, category_ids, Priority(priority).value)
        else:
            with self.ctx.unit_of_work() as uow:
                stored = repo.policy_minutes(uow.session, category_ids, Priority(priority).value)
        values = {
            kind.value: timedelta(minutes=stored[kind.value]) if kind.value in stored else base.target(kind)
            for kind in ClockKind
        }
        return ClockPolicy(**values)

    def set_clock_target(
        self, category_id: int | None, priority: Priority, kind: ClockKind, minutes: int | None
    ) -> None:
        """Set (or with ``minutes`` None remove) the working minutes of one clock for a category
        (None: every category) and priority."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        if minutes is not None and minutes <= 0:
            raise ValidationError(
                {"minutes": translate("Cases", "A clock's target is a number of working minutes above zero.")}
            )
        with self.ctx.unit_of_work() as uow:
            row = repo.policy_row(uow.session, category_id, Priority(priority).value, ClockKind(kind).value)
            if minutes is None:
                if row is not None:
                    repo.delete_policy(uow.session, row)
                return
            if row is None:
                repo.add_policy(
                    uow.session,
                    category_id=category_id,
                    priority=Priority(priority).value,
                    kind=ClockKind(kind).value,
                    minutes=minutes,
                )
            else:
                row.minutes = minutes
                uow.session.flush()

    # ------------------------------------------------------------------------------ managers
    def managers(self) -> dict[int, int]:
        """person id -> their manager's person id."""
        stored = self.ctx.service(SettingsService).get(MANAGERS_KEY, {}) or {}
        out: dict[int, int] = {}
        if isinstance(stored, dict):
            for person, manager in stored.items():
                try:
                    out[int(person)] = int(manager)
                except (TypeError, ValueError):
                    continue
        return out

    def manager_of(self, person_id: int | None) -> int | None:
        return None if person_id is None else self.managers().get(person_id)

    def is_manager(self, person_id: int | None) -> bool:
        return person_id is not None and person_id in set(self.managers().values())

    def set_manager(self, person_id: int, manager_id: int | None) -> None:
        """Name ``manager_id`` as the manager of ``person_id`` (None: nobody)."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        if manager_id is not None and manager_id == person_id:
            raise ValidationError(
                {"manager": translate("Cases", "A person cannot be their own manager; choose someone else.")}
            )
        current = {str(k): v for k, v in self.managers().items()}
        if manager_id is None:
            current.pop(str(person_id), None)
        else:
            current[str(person_id)] = manager_id
        self.ctx.service(SettingsService).set_many({MANAGERS_KEY: current})
