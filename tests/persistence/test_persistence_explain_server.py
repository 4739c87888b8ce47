"""Server errors in words: a lost connection and the server's own refusals (team databases)."""

from __future__ import annotations

import pytest

from commdesk.core.errors import PermissionDenied
from commdesk.persistence.db import explain


class ServerError(Exception):
    def __init__(self, text: str, sqlstate: str | None):
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('connection failed: connection to server at "10.0.0.5", port 5432 failed: timeout', None),
        ("server closed the connection unexpectedly", None),
        ("terminating connection due to administrator command", "57P01"),
        ("could not receive data from server", "08006"),
    ],
)
def test_a_lost_server_says_so_and_that_the_typing_is_kept(text, code):
    message = str(explain(ServerError(text, code)))
    assert "cannot be reached" in message and "nothing was saved" in message
    assert "10.0.0.5" not in message


def test_the_servers_own_rule_is_named_and_a_bare_permission_error_in_words():
    err = explain(ServerError("the audit log is insert-only: entries are never changed", "42501"))
    assert isinstance(err, PermissionDenied)
    assert "entries are never changed" in str(err) and "your login" in str(err)
    err = explain(ServerError("permission denied for table settings", "42501"))
    assert isinstance(err, PermissionDenied)
    assert "settings" not in str(err) and "no right" in str(err)
