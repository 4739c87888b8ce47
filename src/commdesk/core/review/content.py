"""A reviewed item's content as the engine sees it: ``{field: text}``, its canonical JSON (what a
revision stores) and its hash (what an approval and a queued message name)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.diff import ContentDiff, diff_fields
from commdesk.core.review.kinds import Kind, body_field, field_labels


def normalised(content: Mapping[str, str]) -> dict[str, str]:
    """The content with NFC text and no trailing white space per field, keys sorted: two contents a
    reader cannot tell apart hash the same."""
    out: dict[str, str] = {}
    for key in sorted(content):
        value = content[key]
        if not isinstance(key, str) or not isinstance(value, str):
            raise ValidationError(
                translate("Publishing", "A reviewed item's content is text per field; this one is not.")
            )
        out[key] = unicodedata.normalize("NFC", value).rstrip()
    return out


def canonical_json(content: Mapping[str, str]) -> str:
    return json.dumps(normalised(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(content: Mapping[str, str]) -> str:
    """Hex SHA-256 of :func:`canonical_json`: equal content always gives the same hash."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def parse(stored: str) -> dict[str, str]:
    """A revision's stored JSON back as ``{field: text}``."""
    data = json.loads(stored or "{}")
    return {str(k): str(v) for k, v in data.items()}


def diff(kind: Kind | str, old: Mapping[str, str] | None, new: Mapping[str, str]) -> ContentDiff:
    """What changed from ``old`` (None: nothing approved yet, everything is new) to ``new``."""
    return diff_fields(old or {}, new, field_labels(kind), body=body_field(kind))
