"""Unsubscribe and confirmation tokens: made only with the key, found in a subject or body as mail
programs send them back (a reply's "Re:", a folded line, any case), and the List-Unsubscribe header
as RFC 2369 and RFC 6068 write it."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from commdesk.core.staff import tokens
from commdesk.core.staff.tokens import TokenPurpose


def test_a_token_checks_only_with_its_key_subscription_nonce_and_purpose():
    key, other_key = tokens.new_key(), tokens.new_key()
    nonce = tokens.new_nonce()
    token = tokens.make_token(key, TokenPurpose.UNSUBSCRIBE, 42, nonce)
    claim = tokens.find_token(f"unsubscribe {token}")
    assert claim is not None and claim.subscription_id == 42 and claim.purpose is TokenPurpose.UNSUBSCRIBE
    assert tokens.token_valid(key, claim, nonce)
    assert not tokens.token_valid(other_key, claim, nonce)
    assert not tokens.token_valid(key, claim, tokens.new_nonce())
    moved = tokens.find_token(f"unsubscribe u43-{claim.mac}")
    assert moved is not None and not tokens.token_valid(key, moved, nonce)
    as_confirm = tokens.find_token(f"c42-{claim.mac}")
    assert as_confirm is not None and not tokens.token_valid(key, as_confirm, nonce)


def test_tokens_are_found_the_way_replies_carry_them():
    key, nonce = tokens.new_key(), tokens.new_nonce()
    token = tokens.make_token(key, TokenPurpose.CONFIRM, 7, nonce)
    for text in (
        f"Re: 【订阅确认】全员通知: confirm {token}",
        f"回复：【订阅确认】全员通知：confirm\r\n {token.upper()}",
        f"> confirm {token}\n> thanks",
    ):
        claim = tokens.find_token(text)
        assert claim is not None and tokens.token_valid(key, claim, nonce), text
    assert tokens.find_token(f"confirm {token}", TokenPurpose.UNSUBSCRIBE) is None
    assert tokens.find_token("unsubscribe please") is None
    assert tokens.find_token(f"unsubscribe {token}") is not None  # the bare token still names its purpose
    assert tokens.find_token(f"unsubscribe {token}").purpose is TokenPurpose.CONFIRM


def test_the_list_unsubscribe_header_is_a_mailto_only():
    headers = tokens.unsubscribe_headers("press@example.org", "u5-" + "a" * 32)
    assert set(headers) == {"List-Unsubscribe"}  # no List-Unsubscribe-Post without an HTTPS URI
    value = headers["List-Unsubscribe"]
    assert value.startswith("<") and value.endswith(">")
    url = urlsplit(value[1:-1])
    assert (url.scheme, url.path) == ("mailto", "press@example.org")
    assert url.query == "subject=unsubscribe%20u5-" + "a" * 32
    assert unquote(url.query.split("=", 1)[1]) == "unsubscribe u5-" + "a" * 32
