import pytest

from commdesk.core import secrets
from commdesk.core.errors import ValidationError
from commdesk.core.mail.account import SmtpAccount, load_password, store_password
from commdesk.core.rules import Level


def _account(**kw):
    values = {
        "host": "smtp.example.org",
        "port": 587,
        "security": "starttls",
        "user": "officer@example.org",
        "sender_name": "市场部 王芳",
        "sender_address": "officer@example.org",
    }
    values.update(kw)
    return SmtpAccount(**values)


def test_a_good_account_validates_without_findings():
    assert _account().validate() == []


@pytest.mark.parametrize(
    "field, value",
    [
        ("port", 0),
        ("port", 70000),
        ("port", "587"),
        ("host", ""),
        ("host", "smtp://smtp.example.org"),
        ("security", "tls"),
        ("sender_address", "not-an-address"),
        ("sender_address", ""),
        ("reply_to", "a@@example.org"),
        ("per_minute", -1),
        ("sender_name", "a\nBcc: x@example.org"),
    ],
)
def test_each_wrong_field_is_named(field, value):
    with pytest.raises(ValidationError) as err:
        _account(**{field: value}).validate()
    assert field in err.value.errors


def test_no_security_is_a_warning_and_a_port_mismatch_too():
    assert [f.level for f in _account(security="none", port=25).validate()] == [Level.WARN]
    assert _account(security="ssl", port=587).validate()[0].rule == "P-2"


def test_keyring_key_and_password_in_the_keyring(memory_keyring):
    acc = _account()
    assert acc.keyring_key() == "smtp:officer@example.org@smtp.example.org"
    assert store_password(acc, "pw") is True
    assert memory_keyring.values == {(secrets.SERVICE, acc.keyring_key()): "pw"}
    assert load_password(acc) == "pw"
    assert "pw" not in repr(acc)


def test_without_a_keyring_the_password_is_kept_for_this_session_only(monkeypatch):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        acc = _account(user="session-only")
        assert store_password(acc, "pw2") is False
        assert load_password(acc) == "pw2"
    finally:
        keyring.set_keyring(previous)
