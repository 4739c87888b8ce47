"""Who is acting on a release: a person id, a display name and the roles they hold (CR-2).

The foundation's ``Person`` (``core.domain.people``) adapts to this with :meth:`Actor.from_person`;
the release rules only ever read ``person_id`` and ``roles``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ADMINISTRATOR = "administrator"
OFFICER = "officer"
REVIEWER = "reviewer"
ROLES = frozenset({ADMINISTRATOR, OFFICER, REVIEWER})


def _role_names(roles: Iterable[Any]) -> frozenset[str]:
    # Accept plain strings and str-valued enums (``Role.OFFICER``) alike. A str enum hashes by
    # member name, so it must be turned into its value before set membership tests.
    return frozenset(str(getattr(r, "value", r)) for r in roles)


@dataclass(frozen=True)
class Actor:
    person_id: int
    name: str
    roles: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "roles", _role_names(self.roles))

    def has(self, role: str) -> bool:
        return role in self.roles

    @classmethod
    def from_person(cls, person: Any) -> Actor:
        """Adapt anything with ``id``, ``name`` and ``roles`` (the foundation's ``Person``)."""
        return cls(person_id=person.id, name=person.name, roles=_role_names(person.roles))
