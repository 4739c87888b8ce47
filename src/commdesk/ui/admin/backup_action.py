"""File > Backup from the GUI: administrators only, off the GUI thread, with the result reported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from commdesk.core.domain.people import Role
from commdesk.ui.common.ask import ask, show_error


def may_back_up(services) -> bool:
    """Whether the person at the desk may make a backup (the menu item can follow this)."""
    return services.person().has(Role.ADMINISTRATOR)


def backup_interactively(parent, services) -> None:
    from commdesk.core.errors import PermissionDenied
    from commdesk.services import backup

    title = QCoreApplication.translate("Backup", "Backup failed")
    if not may_back_up(services):  # said before a file is chosen; the service checks again
        show_error(
            parent,
            title,
            PermissionDenied(
                QCoreApplication.translate(
                    "Backup",
                    "Only an administrator may back up the database: a backup holds every contact and the "
                    "whole audit log. Ask an administrator, or switch person.",
                )
            ),
        )
        return
    from commdesk.core.timezones import now_in
    from commdesk.services.settings import SettingsService

    # the time in the organisation's zone, named by its offset (+0800)
    stamp = now_in(services.ctx.service(SettingsService).time_zone()).strftime("%Y%m%d-%H%M%z")
    default = Path.home() / f"commdesk-backup-{stamp}.sqlite3"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backup", "Back up the database"),
        str(default),
        QCoreApplication.translate("Backup", "commdesk backups (*.sqlite3)"),
    )
    if not path:
        return
    ctx = services.ctx
    services.runner.run(
        lambda progress, cancel: backup.backup(ctx, Path(path)),
        on_done=lambda info: ask(
            parent,
            "info",
            QCoreApplication.translate("Backup", "Backup written"),
            QCoreApplication.translate("Backup", "The backup was written to {path} ({rows} rows).").format(
                path=info.path, rows=info.rows
            ),
        ),
        on_error=lambda exc: show_error(parent, title, exc),
        label=QCoreApplication.translate("Backup", "Writing the backup…"),
        parent=parent,
    )
