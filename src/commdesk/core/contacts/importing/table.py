"""What every reader makes of a file: a ``Table`` of ``Row``s (header -> text) that remember file and
row, or an ``ImportFileError`` that says in words why the file cannot be read as contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from commdesk.core.errors import CommdeskError


class ImportFileError(CommdeskError):
    """The file cannot be read as contacts; the message names the file and what to do."""


@dataclass(slots=True)
class Row:
    file: str
    number: int  # spreadsheet row (header = 1) or the line where a vCard begins
    values: dict[str, str]


@dataclass
class Table:
    file: str
    kind: str  # "csv", "xlsx" or "vcard"
    headers: list[str]
    rows: Sequence[Row]  # a large CSV file's are read from the file as they are used
    encoding: str = ""
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)
