"""P-5: the SMTP password lives in the keyring only: nowhere in the database, settings or logs."""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path

import keyring
from keyring.backends import fail
from tests.support.outbox import configure, release_draft
from tests.support.smtp import PASSWORD, USER

from commdesk.core import secrets
from commdesk.services.mail.account import MailAccountService


def _files(*folders: Path):
    for folder in folders:
        if folder.exists():
            yield from (p for p in folder.rglob("*") if p.is_file())


def test_no_password_in_database_settings_or_logs(
    ctx, people, smtp_server, tmp_path, _fresh_keyring, run_cli
):
    from PySide6.QtCore import QSettings

    from commdesk.logs import setup_logging

    setup_logging(debug=True)
    outbox = configure(ctx, smtp_server, tmp_path)
    assert _fresh_keyring.values[("commdesk", f"smtp:{USER}@127.0.0.1")] == PASSWORD
    outbox.queue(release_draft(3))
    assert outbox.send_pending().sent == 3
    ctx.service(MailAccountService).test()
    prefs = QSettings()
    prefs.setValue("mail/last_folder", str(tmp_path))
    prefs.sync()
    logging.getLogger().handlers and [h.flush() for h in logging.getLogger().handlers]
    needles = [
        PASSWORD.encode(),
        PASSWORD.encode("utf-16-le"),
        base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode()),
        base64.b64encode(PASSWORD.encode()),
    ]
    if ctx.engine.dialect.name != "sqlite":
        # a server database has no file to scan: read every row of every table instead
        from sqlalchemy import select

        from commdesk.persistence.models import Base

        with ctx.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                for row in conn.execute(select(table)):
                    data = repr(tuple(row)).encode() + b"".join(v for v in row if isinstance(v, bytes))
                    assert not any(n in data for n in needles), table.name
    ctx.engine.dispose()
    scanned = list(_files(Path(prefs.fileName()).parent, Path(os.environ["COMMDESK_LOG_DIR"])))
    if ctx.engine.dialect.name == "sqlite":
        db = Path(ctx.engine.url.database)
        scanned += list(db.parent.glob(db.name + "*"))
        assert db in scanned
    assert any(p.suffix == ".ini" for p in scanned)
    for path in scanned:
        data = path.read_bytes()
        assert not any(n in data for n in needles), path


def test_without_a_keyring_the_password_stays_in_memory_for_this_session(ctx, people, smtp_server, tmp_path):
    keyring.set_keyring(fail.Keyring())
    assert not secrets.available()
    accounts = ctx.service(MailAccountService)
    outbox = configure(ctx, smtp_server, tmp_path, password=None)
    assert accounts.set_password(PASSWORD) is False  # said: only for this session
    assert accounts.has_password()
    outbox.queue(release_draft(1))
    assert outbox.send_pending().sent == 1
    secrets.session_secrets._values.clear()
