"""Why a file the publishing desk was given cannot be read, in words (the metrics CSV export, a
picture for the asset library): one sentence for both, in a module neither depends on otherwise."""

from __future__ import annotations

from pathlib import Path

from commdesk.core.i18n import translate
from commdesk.core.os_errors import os_problem


def unreadable(path: Path, exc: OSError) -> str:
    """Why a file cannot be read, in words: missing, a folder, not allowed, or else (the CSV
    export here, a picture in the asset library)."""
    if isinstance(exc, FileNotFoundError):
        text = translate("SocialMetrics", "{name} is not there: check its folder and name ({folder}).")
    elif isinstance(exc, IsADirectoryError):
        text = translate("SocialMetrics", "{name} is a folder: choose the file in it.")
    elif isinstance(exc, PermissionError):
        text = translate(
            "SocialMetrics", "{name} may not be read by this account: copy it somewhere you can open it."
        )
    else:
        return translate("SocialMetrics", "{name} cannot be read: {reason}.").format(
            name=path.name, reason=os_problem(exc)
        )
    return text.format(name=path.name, folder=str(path.parent))
