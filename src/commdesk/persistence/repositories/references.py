"""What the records a stored value points at are called: people by id, releases by their reference.

History views (the audit pane, the History dialog, the audit PDF and command) show a stored
``owner_id`` as the person's name; these queries give the names in one read each.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.models.releases import ReleaseRow


def person_names(session: Session) -> dict[str, str]:
    """Every person's id (as text, the way the audit log stores it) -> name, inactive ones too."""
    return {str(i): n for i, n in session.execute(select(PersonRow.id, PersonRow.name))}


def release_references(session: Session) -> dict[str, str]:
    """Every release's id (as text) -> its reference (PR-2026-014)."""
    return {str(i): ref for i, ref in session.execute(select(ReleaseRow.id, ReleaseRow.reference))}
