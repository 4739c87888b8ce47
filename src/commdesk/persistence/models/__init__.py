"""All SQLAlchemy models. Importing this package registers every table on ``Base.metadata``.

Each area keeps its tables in its own module; add the module to ``AREA_MODULES`` below.
"""

from __future__ import annotations

import importlib

from commdesk.persistence.models.base import Base
from commdesk.persistence.models.foundation import AuditRow, PersonRow, SettingRow

AREA_MODULES = (
    "contacts",
    "releases",
    "meetings",
    "mail",
    "cases",
    "case_search",
    "case_replies",
    "staff",
    "review",
    "announcements",
    "social",
    "events",
    "procedure",
    "evaluation",
    "crisis",
)

for _name in AREA_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # an area whose tables do not exist yet
        if exc.name != f"{__name__}.{_name}":
            raise

__all__ = ["AuditRow", "Base", "PersonRow", "SettingRow"]
