"""The words of Home's reminder to read the version of the procedure in force (AP-3), shared by
Home (``services.home``) and the start-up glance (``ui.home.glance``), so both say the same."""

from __future__ import annotations

from commdesk.core.i18n import translate


def acknowledgement_reminder(version: int) -> tuple[str, str]:
    """(text, detail) of the Home entry for a person who has not acknowledged ``version``."""
    return (
        translate("Procedure", "Read the communication procedure, version {n} (AP-3)").format(n=version),
        translate("Procedure", "in force now; you have not confirmed reading it yet"),
    )
