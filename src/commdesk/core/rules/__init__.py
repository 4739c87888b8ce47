"""The procedure's checks, one pure function per rule ID (see resources/procedure/procedure.en.md).

Each rule function is named after its ID in lower case (``pc_2``, ``fm_1`` ...) and returns a list of
``Finding``. ``OK`` findings are optional; ``WARN`` can be overridden by the user with a reason (which
the calling service writes to the audit log); ``BLOCK`` cannot. Each finding names the version of
the procedure in force (``core.procedure.citation``): ``version``, and at the end of its message.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from commdesk.core.procedure import citation


class Level(str, enum.Enum):
    OK = "ok"
    WARN = "warn"
    BLOCK = "block"


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "PC-2"
    level: Level
    message: str  # translated, one sentence naming the problem and what to do
    version: int | None = field(default=None, compare=False)  # the procedure version it applies

    def __post_init__(self) -> None:
        if self.version is None and (n := citation.version_in_force()) is not None:
            object.__setattr__(self, "version", n)
            object.__setattr__(self, "message", citation.cite(self.message, n))

    @property
    def blocking(self) -> bool:
        return self.level is Level.BLOCK
