"""Secrets (SMTP and database passwords, meeting passwords) live only in the OS keyring (P-5).

Every secret is stored under the service name ``commdesk`` with a key that says what it is, e.g.
``smtp:officer@example.org@smtp.example.org`` or ``meeting:42``. Nothing here ever writes a secret to
the database, a settings file, a log or an export. When the machine has no usable keyring backend,
``KeyringUnavailable`` says so; callers then ask for the secret per session (``SessionSecrets``) and
keep it in memory only.
"""

from __future__ import annotations

import threading

SERVICE = "commdesk"


class KeyringUnavailable(RuntimeError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "No OS keyring is available on this computer, so commdesk cannot store the password; "
            "it will ask for it each session instead" + (f" ({detail})" if detail else "") + "."
        )


def _keyring():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailable(type(backend).__module__)
    return keyring


def available() -> bool:
    try:
        _keyring()
    except KeyringUnavailable:
        return False
    return True


def get_secret(key: str) -> str | None:
    kr = _keyring()
    try:
        return kr.get_password(SERVICE, key)
    except kr.errors.KeyringError as exc:  # locked or broken backend
        raise KeyringUnavailable(str(exc)) from exc


def set_secret(key: str, value: str) -> None:
    kr = _keyring()
    try:
        kr.set_password(SERVICE, key, value)
    except kr.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def delete_secret(key: str) -> None:
    kr = _keyring()
    try:
        kr.delete_password(SERVICE, key)
    except kr.errors.PasswordDeleteError:
        pass
    except kr.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


class SessionSecrets:
    """In-memory stand-in for the keyring, for machines without one: lives as long as the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._values[key] = value


session_secrets = SessionSecrets()


def lookup(key: str) -> str | None:
    """The secret from the keyring, or from this session's memory when there is no keyring."""
    try:
        value = get_secret(key)
    except KeyringUnavailable:
        value = None
    return value if value is not None else session_secrets.get(key)
