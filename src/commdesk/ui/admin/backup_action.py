"""File > Backup from the GUI: off the GUI thread, with the result reported."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..common.ask import ask, show_error


def backup_interactively(parent, services) -> None:
    default = Path.home() / f"commdesk-backup-{datetime.now():%Y%m%d-%H%M}.sqlite3"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Backup", "Back up the database"), str(default),
                                          QCoreApplication.translate("Backup", "commdesk backups (*.sqlite3)"))
    if not path:
        return
    from ...core.services import backup

    engine = services.ctx.engine
    services.runner.run(
        lambda progress, cancel: backup.backup(engine, Path(path)),
        on_done=lambda info: ask(parent, "info", QCoreApplication.translate("Backup", "Backup written"),
                                 QCoreApplication.translate("Backup", "The backup was written to {path} ({rows} rows).").format(
                                     path=info.path, rows=info.rows)),
        on_error=lambda exc: show_error(parent, QCoreApplication.translate("Backup", "Backup failed"), exc),
        label=QCoreApplication.translate("Backup", "Writing the backup…"), parent=parent,
    )
