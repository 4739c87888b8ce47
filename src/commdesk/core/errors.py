"""Errors the services raise; each one speaks to a person (docs/ARCHITECTURE.md, "Errors speak to people")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class CommdeskError(Exception):
    """Base of every error commdesk shows to a user. ``str(err)`` is one clear sentence."""


class ValidationError(CommdeskError):
    """One or more fields are wrong. ``errors`` maps field name -> message naming the fix."""

    def __init__(self, errors: Mapping[str, str] | str, field: str | None = None):
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors: dict[str, str] = dict(errors)
        # Each message names its field in words, so the sentence reads well on its own (CLI, dialogs).
        super().__init__(" ".join(self.errors.values()))


class PermissionDenied(CommdeskError):
    """The current person lacks the role an action needs."""


class NotFound(CommdeskError):
    """A record asked for by id does not exist (any more)."""


class ConflictError(CommdeskError):
    """A save was based on a stale copy: someone else saved in between.

    ``mine`` is what the caller tried to save, ``theirs`` what is stored now (plain data), so the UI
    can offer the choice between the two versions.
    """

    def __init__(self, message: str, *, mine: Any = None, theirs: Any = None):
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


class Cancelled(CommdeskError):
    """The person stopped long work (an export, an import) before it finished; nothing was written.

    The one cancel error: whatever checks a cancel request raises it, and the task runner treats it
    as a cancel rather than a failure."""


class DatabaseVersionError(CommdeskError):
    """The database was written by a newer commdesk (or is not a commdesk database)."""


class DatabaseBusy(CommdeskError):
    """Another commdesk held the database's write lock for too long; nothing was saved."""


class ReadOnlyDatabase(CommdeskError):
    """The database is open read-only (a file commdesk may not write); nothing can be saved."""
