"""Unsubscribe and confirmation tokens: what a mail carries so that a reply can change a subscription.

A token names one subscription and is an HMAC-SHA256 of that subscription's id and its current
nonce under the database's token key (``staff_token_keys``, 32 random bytes made when the tables
were created)::

    unsubscribe  u<subscription id>-<32 base32 characters>
    confirm      c<subscription id>-<32 base32 characters>

Without the key a token cannot be made or guessed (160 bits of the HMAC are kept); the token itself
is stored nowhere, so a list of subscriptions, an export or the audit log gives none away. A new
nonce on the subscription (a renewed subscription) ends the tokens made before it; a new key ends
every token. The key is in the database rather than in the keyring because every desk that reads
the mailbox must check the same tokens, and the keyring is per computer and holds passwords only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import Enum
from urllib.parse import quote


class TokenPurpose(str, Enum):
    UNSUBSCRIBE = "unsubscribe"
    CONFIRM = "confirm"

    @property
    def prefix(self) -> str:
        return "u" if self is TokenPurpose.UNSUBSCRIBE else "c"


_TOKEN = re.compile(r"\b([uc])(\d{1,12})-([a-z2-7]{32})\b", re.IGNORECASE)
_COMMAND = re.compile(r"\b(unsubscribe|confirm)\s+([uc]\d{1,12}-[a-z2-7]{32})\b", re.IGNORECASE)


def new_key() -> str:
    """A fresh token key (hex)."""
    return secrets.token_hex(32)


def new_nonce() -> str:
    """A fresh nonce for a subscription."""
    return secrets.token_hex(8)


def _mac(key: str, purpose: TokenPurpose, subscription_id: int, nonce: str) -> str:
    digest = hmac.new(
        bytes.fromhex(key), f"{purpose.value}:{subscription_id}:{nonce}".encode(), hashlib.sha256
    ).digest()
    return base64.b32encode(digest[:20]).decode("ascii").lower()


def make_token(key: str, purpose: TokenPurpose, subscription_id: int, nonce: str) -> str:
    return f"{purpose.prefix}{subscription_id}-{_mac(key, purpose, subscription_id, nonce)}"


@dataclass(frozen=True)
class TokenClaim:
    """What a token says before it is checked: its purpose, the subscription and the MAC."""

    purpose: TokenPurpose
    subscription_id: int
    mac: str
    text: str


def find_token(text: str, purpose: TokenPurpose | None = None) -> TokenClaim | None:
    """The first ``unsubscribe TOKEN`` / ``confirm TOKEN`` command in ``text`` (a subject or a body),
    else the first bare token; None when there is none. The command's word and the token's letter
    must agree (``unsubscribe c12-...`` is no command)."""
    for match in _COMMAND.finditer(text or ""):
        word, token = match.group(1).lower(), match.group(2)
        claim = _claim(token)
        if claim is not None and claim.purpose.value == word and purpose in (None, claim.purpose):
            return claim
    for match in _TOKEN.finditer(text or ""):
        claim = _claim(match.group(0))
        if claim is not None and purpose in (None, claim.purpose):
            return claim
    return None


def _claim(token: str) -> TokenClaim | None:
    match = _TOKEN.fullmatch(token.strip())
    if match is None:
        return None
    purpose = TokenPurpose.UNSUBSCRIBE if match.group(1).lower() == "u" else TokenPurpose.CONFIRM
    return TokenClaim(purpose, int(match.group(2)), match.group(3).lower(), token.strip().lower())


def token_valid(key: str, claim: TokenClaim, nonce: str) -> bool:
    """Whether ``claim`` was made with ``key`` for its subscription at ``nonce`` (constant time)."""
    return hmac.compare_digest(_mac(key, claim.purpose, claim.subscription_id, nonce), claim.mac)


def mailto(address: str, purpose: TokenPurpose, token: str) -> str:
    """``mailto:ADDRESS?subject=unsubscribe%20TOKEN`` (RFC 6068: the subject percent-encoded)."""
    return f"mailto:{address}?subject={quote(f'{purpose.value} {token}', safe='')}"


def unsubscribe_headers(address: str, token: str) -> dict[str, str]:
    """The RFC 2369 ``List-Unsubscribe`` header of one recipient's copy.

    No ``List-Unsubscribe-Post``: RFC 8058 defines it for a one-click HTTPS URI in
    ``List-Unsubscribe`` (its receiver POSTs to that URI), and commdesk has no web server; with a
    mailto only, the header would promise a one-click unsubscribe nobody can perform. Mail programs
    that offer "unsubscribe" send the mailto's message, which the mailbox intake processes."""
    return {"List-Unsubscribe": f"<{mailto(address, TokenPurpose.UNSUBSCRIBE, token)}>"}
