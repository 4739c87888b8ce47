"""The texts the cases desk answers with: the automatic acknowledgement of a new case (FB-2) and
canned responses, each a template per category and language with ``{{ placeholders }}``.

Templates run in the locked-down sandbox release templates use (``core.releases.sandbox``: no
files, no attributes, no calls, budgets on work and output). What people wrote (their name, their
subject) is only ever a value put into the template, never part of a template, so a subject such as
``{{ 7*7 }}`` is printed as written. Values are plain text (a mail is plain text, not Markdown).

``language_of(text)`` says which language to answer in: Chinese when the message has Chinese
characters, English when it has Latin letters and no Chinese, else ``None`` (the desk's default).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Template, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.exceptions import TemplateError as JinjaTemplateError

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases import sandbox

LANGUAGES = ("zh_CN", "en")
ACKNOWLEDGEMENT = "acknowledgement"
CANNED = "canned"
KINDS = (ACKNOWLEDGEMENT, CANNED)

# What a case's templates may use; every value is text.
PLACEHOLDERS = (
    "reference",  # CD-2026-000123
    "name",  # who wrote, "" when unknown
    "subject",  # their subject
    "category",  # the case's category, "" when not sorted yet
    "department",  # where it is routed
    "organisation",  # the organisation's name
    "received",  # when it was received, in the organisation's zone, with the zone
    "first_response_due",  # the promised first answer, same form; "" without that clock
    "resolution_due",  # the promised resolution, same form; "" without that clock
    "promised",  # the first response's due time, else the resolution's
)
_FORBIDDEN = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport, nodes.Macro, nodes.CallBlock)
_MAX_VALUE = 2_000


@dataclass(frozen=True)
class ReplyText:
    subject: str
    body: str


#: The settings key of the language the desk writes in (acknowledgements when a message shows
#: none, the managers' escalation mail).
REPLY_LANGUAGE_KEY = "cases.reply_language"

# The acknowledgement a fresh desk sends: what administrators replace with their own. It is signed
# by the desk ("华信案件台（系统自动发送）": ``escalation.desk_signature``), not in its text.
DEFAULT_ACKNOWLEDGEMENTS: dict[str, ReplyText] = {
    "zh_CN": ReplyText(
        subject="已收到您的来信：{{ subject }}",
        body=(
            "{% if name %}{{ name }}，{% endif %}您好：\n\n"
            "我们已收到您的来信，编号为 {{ reference }}。"
            "我们将在 {{ promised }} 前答复您。\n\n"
            "如需补充，请直接回复本邮件并保留主题中的编号。\n"
        ),
    ),
    "en": ReplyText(
        subject="We have received your message: {{ subject }}",
        body=(
            "Dear {{ name or 'Sir or Madam' }},\n\n"
            "Thank you for writing to us. Your message has the reference {{ reference }}. "
            "We will answer you by {{ promised }}.\n\n"
            "To add anything, reply to this mail and keep the reference in the subject.\n"
        ),
    ),
}


class ReplyTemplateError(ValidationError):
    """A template cannot be used; the message says where and how to fix it."""

    def __init__(self, where: str, message: str):
        super().__init__({where: message})


def _parse(text: str, where: str) -> nodes.Template:
    if len(text) > sandbox.MAX_TEMPLATE_CHARS:
        raise ReplyTemplateError(
            where,
            translate("Cases", "The text is too long (at most {limit} characters).").format(
                limit=sandbox.MAX_TEMPLATE_CHARS
            ),
        )
    try:
        ast = sandbox.ENVIRONMENT.parse(text)
    except TemplateSyntaxError as exc:
        raise ReplyTemplateError(
            where,
            translate(
                "Cases",
                "Line {line}: a placeholder is not written correctly ({reason}); write it as {example}.",
            ).format(line=exc.lineno, reason=exc.message or "", example="{{ reference }}"),
        ) from None
    except RecursionError:
        raise ReplyTemplateError(where, translate("Cases", "The text is nested too deeply.")) from None
    for node in ast.find_all(_FORBIDDEN):
        raise ReplyTemplateError(
            where,
            translate("Cases", "Line {line}: templates cannot include, import or define anything.").format(
                line=node.lineno
            ),
        )
    for name in ast.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in PLACEHOLDERS and name.name != "range":
            raise ReplyTemplateError(
                where,
                translate(
                    "Cases", "Line {line}: unknown placeholder '{name}'; known ones are: {known}."
                ).format(line=name.lineno, name=name.name, known=", ".join(PLACEHOLDERS)),
            )
    return ast


def check_reply_template(subject: str, body: str) -> None:
    """Raise ``ReplyTemplateError`` naming the first problem of a subject or body template."""
    _parse(subject, "subject")
    _parse(body, "body")
    render_reply(subject, body, {name: name for name in PLACEHOLDERS})


@lru_cache(maxsize=256)
def _compiled(text: str, where: str) -> Template:
    """The template checked and compiled once (an intake renders the same acknowledgement for every
    new case); what guards each render is per render (``sandbox.begin_render``), not compiled in."""
    return sandbox.ENVIRONMENT.from_string(sandbox.guard(_parse(text, where)))


def _render(text: str, values: Mapping[str, str], where: str) -> str:
    template = _compiled(text, where)
    context = {k: str(v or "")[:_MAX_VALUE] for k, v in values.items() if k in PLACEHOLDERS}
    for name in PLACEHOLDERS:
        context.setdefault(name, "")
    token = sandbox.begin_render()
    out: list[str] = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > sandbox.MAX_OUTPUT_CHARS:
                raise sandbox.TemplateLimitError("output too long")
            out.append(chunk)
    except sandbox.TemplateLimitError:
        raise ReplyTemplateError(
            where, translate("Cases", "The template does too much work; make it simpler.")
        ) from None
    except SecurityError:
        raise ReplyTemplateError(
            where,
            translate("Cases", "The template tries something templates may not do; use only placeholders."),
        ) from None
    except (JinjaTemplateError, ArithmeticError, TypeError, ValueError, LookupError, RecursionError) as exc:
        raise ReplyTemplateError(
            where,
            translate("Cases", "The template could not be filled in ({reason}).").format(
                reason=str(exc)[:200] or type(exc).__name__
            ),
        ) from None
    finally:
        sandbox.end_render(token)
    return "".join(out)


def render_reply(subject: str, body: str, values: Mapping[str, str]) -> ReplyText:
    """The subject (one line) and body with ``values``; raises only ``ReplyTemplateError``."""
    rendered_subject = re.sub(r"\s+", " ", _render(subject, values, "subject")).strip()
    return ReplyText(rendered_subject[:400], _render(body, values, "body"))


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")


def language_of(*texts: str) -> str | None:
    """``zh_CN`` when the texts hold Chinese characters, ``en`` when they hold Latin words and no
    Chinese, None when they say nothing (use the desk's default)."""
    joined = " ".join(t[:4000] for t in texts if t)
    if _HAN.search(joined):
        return "zh_CN"
    if _LATIN.search(joined):
        return "en"
    return None


def normal_language(value: str | None) -> str:
    """``zh_CN`` or ``en`` for what people type (``zh``, ``zh-cn``, ``EN`` ...); ``zh_CN`` otherwise."""
    text = (value or "").strip().replace("-", "_").lower()
    return "en" if text.startswith("en") else "zh_CN"


__all__ = [
    "ACKNOWLEDGEMENT",
    "CANNED",
    "DEFAULT_ACKNOWLEDGEMENTS",
    "KINDS",
    "LANGUAGES",
    "PLACEHOLDERS",
    "REPLY_LANGUAGE_KEY",
    "ReplyTemplateError",
    "ReplyText",
    "check_reply_template",
    "language_of",
    "normal_language",
    "render_reply",
]
