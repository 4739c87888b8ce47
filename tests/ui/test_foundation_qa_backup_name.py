"""The window's suggested backup name carries the time in the organisation's zone, named."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest


@pytest.mark.timezones
def test_suggested_backup_name_uses_the_organisations_zone(app_services, ctx, monkeypatch, process_tz):
    from PySide6.QtWidgets import QFileDialog

    from commdesk.services.settings import SettingsService
    from commdesk.ui.admin import backup_action

    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, title, path, filters: (offered.append(path), ("", ""))[1]),
    )
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    backup_action.backup_interactively(None, app_services)
    m = re.search(r"commdesk-backup-(\d{8}-\d{4})([+-]\d{4})\.sqlite3$", offered[0])
    assert m and m.group(2) == "+0800", offered
    stamped = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d-%H%M%z")
    assert before <= stamped <= datetime.now(UTC)
