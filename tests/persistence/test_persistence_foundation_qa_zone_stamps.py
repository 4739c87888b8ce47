"""File names that carry a time (the before-upgrade copy, the window's suggested backup name) use
the organisation's zone and name it by its offset, whatever the process's zone."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest


@pytest.mark.timezones
def test_before_upgrade_copy_is_stamped_in_the_organisations_zone(tmp_path, process_tz):
    from commdesk.persistence import schema

    db = tmp_path / "old.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, version INTEGER)")
    con.execute("INSERT INTO settings VALUES ('org.time_zone', '\"Asia/Shanghai\"', 1)")
    con.commit()
    con.close()
    before = datetime.now(UTC)
    copy = schema.backup_sqlite(db)
    m = re.fullmatch(r"old\.before-upgrade-(\d{8}-\d{6})([+-]\d{4})\.sqlite3", copy.name)
    assert m and m.group(2) == "+0800", copy.name
    stamped = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d-%H%M%S%z")
    assert before.replace(microsecond=0) <= stamped <= datetime.now(UTC)  # the Shanghai wall clock
