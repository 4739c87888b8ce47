"""Mail merge (EM-2): one message per recipient with ``{{ salutation }}``, ``{{ name }}``, ``{{ outlet }}``.

Templates are rendered in Jinja2's sandbox with strict undefined values, so a template can neither
reach into Python objects nor silently print nothing for a misspelt placeholder: unknown names are
reported before anything is sent. ``{{ salutation or "您好" }}`` gives a fallback for empty values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate

# Placeholders every recipient has (values may be empty); ``Recipient.fields`` adds more.
STANDARD_PLACEHOLDERS = ("salutation", "name", "outlet", "email", "sender_name")

_env = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True, auto_reload=False
)


@dataclass
class Recipient:
    address: str
    name: str = ""
    salutation: str = ""  # e.g. "尊敬的王老师" / "Dear Ms Wang"
    outlet: str = ""  # media outlet / organisation
    fields: Mapping[str, Any] = field(default_factory=dict)  # further placeholders
    key: Any = None  # the caller's id (e.g. contact id) to link the sent mail back
    # headers of this recipient's own copy (personalised delivery), e.g. its List-Unsubscribe
    headers: Mapping[str, str] = field(default_factory=dict)

    def context(self, sender_name: str = "") -> dict[str, Any]:
        values: dict[str, Any] = {k: ("" if v is None else v) for k, v in self.fields.items()}
        values.update(
            salutation=self.salutation or "",
            name=self.name or "",
            outlet=self.outlet or "",
            email=self.address,
            sender_name=sender_name,
        )
        return values


def placeholders(template: str, where: str = "body") -> set[str]:
    """Names a template uses; ValidationError(where -> message with line) when it does not parse."""
    try:
        return set(meta.find_undeclared_variables(_env.parse(template or "")))
    except TemplateSyntaxError as exc:
        raise ValidationError(
            {
                where: translate(
                    "Mail",
                    "The placeholder on line {line} is not written correctly ({reason}); write it as "
                    "{{{{ name }}}}.",
                ).format(line=exc.lineno, reason=exc.message)
            }
        ) from exc


def known_placeholders(recipients: Iterable[Recipient]) -> set[str]:
    names = set(STANDARD_PLACEHOLDERS)
    for r in recipients:
        names.update(r.fields)
    return names


class MergeTemplate:
    """A personalised mail's subject or body template, checked when made and compiled when first
    rendered (a Bcc or ordinary mail's text is no template: ``compose`` never makes one of it)."""

    def __init__(self, template: str, where: str = "body"):
        self.where = where
        self.names = placeholders(template, where)
        self._text = template or ""
        self._template: Template | None = None

    def render(self, context: Mapping[str, Any]) -> str:
        if self._template is None:
            self._template = _env.from_string(self._text)
        try:
            return self._template.render(**context)
        except (UndefinedError, SecurityError, TypeError, ValueError) as exc:
            raise ValidationError(
                {
                    self.where: translate(
                        "Mail", "The template could not be filled in for {address}: {reason}."
                    ).format(address=context.get("email", ""), reason=str(exc))
                }
            ) from exc
