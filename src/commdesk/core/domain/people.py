"""People who use commdesk, their roles, and what each role may do (CR-2)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from commdesk.core.i18n import translate


class Role(str, enum.Enum):
    ADMINISTRATOR = "administrator"  # maintains contact lists, people, settings
    OFFICER = "officer"  # writes releases, plans meetings
    REVIEWER = "reviewer"  # approves releases

    @property
    def label(self) -> str:
        return {
            Role.ADMINISTRATOR: translate("People", "Administrator"),
            Role.OFFICER: translate("People", "Officer"),
            Role.REVIEWER: translate("People", "Reviewer"),
        }[self]

    @property
    def description(self) -> str:
        return {
            Role.ADMINISTRATOR: translate("People", "maintains contact lists, people and settings"),
            Role.OFFICER: translate("People", "writes releases and plans meetings"),
            Role.REVIEWER: translate("People", "approves releases"),
        }[self]


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def format_roles(roles) -> str:
    return ",".join(sorted(Role(r).value for r in roles))


@dataclass(frozen=True)
class Person:
    id: int | None
    name: str
    email: str = ""
    department: str = ""
    roles: frozenset[Role] = field(default_factory=frozenset)
    has_passphrase: bool = False
    active: bool = True
    version: int = 0
    login: str | None = None  # the server login this person connects with (a team database)

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def roles_label(self) -> str:
        return translate("People", ", ").join(
            r.label for r in sorted(self.roles, key=lambda r: list(Role).index(r))
        )


#: The actor of maintenance commands run before anyone exists (db upgrade, demo, restore).
SYSTEM = Person(id=None, name="commdesk", roles=frozenset(Role))
