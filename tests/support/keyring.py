"""The one in-memory keyring: every test starts with an empty one (``_fresh_keyring``, autouse);
``memory_keyring`` is the same backend under the name a test asks for."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def _fresh_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def memory_keyring(_fresh_keyring):
    return _fresh_keyring
