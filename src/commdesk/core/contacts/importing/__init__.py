"""Import of media contacts: readers (CSV, .xlsx, vCard) -> rows -> mapping -> an import plan.

Nothing here writes anywhere: ``plan_import`` says what would be created, updated, left unchanged
and rejected, and the caller's service applies the plan in one transaction.
"""

from commdesk.core.contacts.importing.mapping import guess_mapping, parse_overrides, row_to_record
from commdesk.core.contacts.importing.plan import (
    DictLookup,
    Existing,
    ImportPlan,
    plan_import,
)
from commdesk.core.contacts.importing.sources import read_table
from commdesk.core.contacts.importing.table import ImportFileError, Row, Table

__all__ = [
    "DictLookup",
    "Existing",
    "ImportFileError",
    "ImportPlan",
    "Row",
    "Table",
    "guess_mapping",
    "parse_overrides",
    "plan_import",
    "read_table",
    "row_to_record",
]
