"""Secrets only in the keyring; nothing secret in the log."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import fail

from commdesk.core import secrets
from commdesk.logs import redact, setup_logging


def test_keyring_round_trip(_fresh_keyring):
    secrets.set_secret("smtp:me@example.org", "p@ss 口令")
    assert secrets.get_secret("smtp:me@example.org") == "p@ss 口令"
    assert _fresh_keyring.values == {("commdesk", "smtp:me@example.org"): "p@ss 口令"}
    secrets.delete_secret("smtp:me@example.org")
    assert secrets.lookup("smtp:me@example.org") is None


def test_without_a_keyring_the_secret_stays_in_memory_only():
    keyring.set_keyring(fail.Keyring())
    assert not secrets.available()
    with pytest.raises(secrets.KeyringUnavailable, match="ask for it each session"):
        secrets.set_secret("db:x", "y")
    secrets.session_secrets.set("db:x", "in memory")
    assert secrets.lookup("db:x") == "in memory"


@pytest.mark.parametrize(
    "line, secret",
    [
        ("connecting to postgresql+psycopg://officer:hunter2@db/commdesk", "hunter2"),
        ("smtp login password=hunter2 user=me", "hunter2"),
        ("Passphrase: hunter2", "hunter2"),
    ],
)
def test_redaction(line, secret):
    assert secret not in redact(line)


def test_log_file_never_holds_a_secret(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMDESK_LOG_DIR", str(tmp_path))
    root = logging.getLogger()
    saved = list(root.handlers)
    for h in saved:
        root.removeHandler(h)
    try:
        setup_logging()
        logging.getLogger("commdesk.test").warning("url postgresql://a:topsecret@h/db password=topsecret")
        for h in root.handlers:
            h.flush()
        text = (tmp_path / "commdesk.log").read_text(encoding="utf-8")
        assert "url postgresql://a:***@h/db" in text and "topsecret" not in text
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
        for h in saved:
            root.addHandler(h)
