"""Release templates: Markdown with ``{{ placeholders }}``, checked, previewed and rendered in the
sandbox of :mod:`.sandbox` (MD-3).

A template renders the *body* of a release (what follows the dateline). Title, subtitle,
quotes, boilerplate and media contact are fields of ``ReleaseContent`` that the exports lay out;
a template may still use ``{{ boilerplate }}`` or ``{{ media_contact }}`` where a text needs them.

* :func:`check_template` lists every problem (syntax with line numbers, forbidden tags, unknown
  placeholders) without running anything.
* :func:`render_template` raises only :class:`TemplateError` (a ``ValidationError``), whatever the
  template and the values are. Placeholders without a value are collected and reported together
  (``missing="error"``), or shown as ``⟦name⟧`` (``missing="mark"``, used by :func:`preview`).
* Values are escaped for Markdown (:mod:`.escape`): a user's text can never become a heading, a
  link, emphasis or HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.exceptions import TemplateError as JinjaTemplateError

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases import sandbox
from commdesk.core.releases.escape import escape_markdown
from commdesk.core.releases.placeholders import (
    ALIASES,
    KNOWN_PLACEHOLDERS,
    canonical,
    sample_values,
    with_aliases,
)

_FORBIDDEN = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport, nodes.Macro, nodes.CallBlock)
_BUILTIN_NAMES = frozenset({"range"})
_MAX_DEPTH = 4
_MAX_ITEMS = 1_000


@dataclass(frozen=True)
class TemplateProblem:
    kind: Literal["syntax", "forbidden", "unknown", "missing", "limit", "runtime"]
    message: str
    line: int | None = None
    name: str | None = None


class TemplateError(ValidationError):
    """A template could not be checked or rendered; ``problems`` says each reason."""

    def __init__(self, problems: list[TemplateProblem]):
        self.problems = list(problems)
        super().__init__({"template": " ".join(p.message for p in self.problems)})


def _syntax_problem(exc: TemplateSyntaxError) -> TemplateProblem:
    return TemplateProblem(
        "syntax",
        translate("Releases", "Line {line}: {message}").format(
            line=exc.lineno, message=exc.message or str(exc)
        ),
        line=exc.lineno,
    )


def _parse(text: str) -> tuple[nodes.Template | None, list[TemplateProblem]]:
    if not isinstance(text, str):
        raise TypeError("template text must be str")
    if len(text) > sandbox.MAX_TEMPLATE_CHARS:
        return None, [
            TemplateProblem(
                "limit",
                translate("Releases", "The template is too long (at most {limit} characters).").format(
                    limit=sandbox.MAX_TEMPLATE_CHARS
                ),
            )
        ]
    try:
        return sandbox.ENVIRONMENT.parse(text), []
    except TemplateSyntaxError as exc:
        return None, [_syntax_problem(exc)]
    except RecursionError:
        return None, [TemplateProblem("syntax", translate("Releases", "The template is nested too deeply."))]


def _forbidden(ast: nodes.Template) -> list[TemplateProblem]:
    return [
        TemplateProblem(
            "forbidden",
            translate(
                "Releases",
                "Line {line}: templates cannot include, import or extend other templates, or define macros.",
            ).format(line=node.lineno),
            line=node.lineno,
        )
        for node in ast.find_all(_FORBIDDEN)
    ]


def _static(ast: nodes.Template) -> list[TemplateProblem]:
    """What the sandbox would refuse at run time, found before running: private names, calls."""
    problems = []
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        name = (
            node.attr
            if isinstance(node, nodes.Getattr)
            else (
                node.name
                if isinstance(node, nodes.Name)
                else getattr(getattr(node, "arg", None), "value", None)
            )
        )
        if isinstance(name, str) and name.startswith("_"):
            problems.append(
                TemplateProblem(
                    "forbidden",
                    translate(
                        "Releases", "Line {line}: names starting with “_” are not available in templates."
                    ).format(line=node.lineno),
                    line=node.lineno,
                    name=name,
                )
            )
    for node in ast.find_all(nodes.Call):
        if not (isinstance(node.node, nodes.Name) and node.node.name in _BUILTIN_NAMES):
            problems.append(
                TemplateProblem(
                    "forbidden",
                    translate(
                        "Releases",
                        "Line {line}: templates cannot call functions or methods; use a filter "
                        "such as “|upper”.",
                    ).format(line=node.lineno),
                    line=node.lineno,
                )
            )
    return problems


def _undeclared(ast: nodes.Template) -> tuple[set[str], list[TemplateProblem]]:
    try:
        return set(meta.find_undeclared_variables(ast)) - _BUILTIN_NAMES, []
    except TemplateSyntaxError as exc:  # unknown filter or test
        return set(), [_syntax_problem(exc)]
    except RecursionError:
        return set(), [TemplateProblem("syntax", translate("Releases", "The template is nested too deeply."))]


def placeholders_in(template_text: str) -> set[str]:
    """Names the template reads (``{{ name }}``, ``{% if name %}`` ...), without loop variables.
    Raises :class:`TemplateError` if the template cannot be parsed."""
    ast, problems = _parse(template_text)
    if ast is None:
        raise TemplateError(problems)
    names, problems = _undeclared(ast)
    if problems:
        raise TemplateError(problems)
    return names


def _compile(ast: nodes.Template):
    return sandbox.ENVIRONMENT.from_string(sandbox.guard(ast))


def check_template(text: str) -> list[TemplateProblem]:
    """Every problem of a template, in line order; an empty list means it is fine to save."""
    ast, problems = _parse(text)
    if ast is None:
        return problems
    problems = _forbidden(ast) + _static(ast)
    lines = _first_lines(ast)
    names, undeclared_problems = _undeclared(ast)
    problems += undeclared_problems
    for name in sorted(names - set(KNOWN_PLACEHOLDERS) - set(ALIASES)):
        if name.startswith("_"):
            continue  # already reported as forbidden
        problems.append(
            TemplateProblem(
                "unknown",
                translate("Releases", "Line {line}: unknown placeholder \u201c{name}\u201d.").format(
                    line=lines.get(name, "?"), name=name
                ),
                line=lines.get(name),
                name=name,
            )
        )
    if not problems:
        try:
            _compile(sandbox.ENVIRONMENT.parse(text))  # unknown filters and tests show up here
        except TemplateSyntaxError as exc:
            problems.append(_syntax_problem(exc))
        except RecursionError:
            problems.append(
                TemplateProblem("syntax", translate("Releases", "The template is nested too deeply."))
            )
    return sorted(problems, key=lambda p: p.line or 0)


def _first_lines(ast: nodes.Template) -> dict[str, int]:
    lines: dict[str, int] = {}
    for node in ast.find_all(nodes.Name):
        if node.ctx == "load":
            lines.setdefault(node.name, node.lineno)
    return lines


def _plain(name: str, value: Any, multiline: bool, depth: int = 0) -> Any:
    """Values as the template sees them: escaped text, numbers, lists and mappings of those."""
    if depth > _MAX_DEPTH:
        raise TemplateError(
            [
                TemplateProblem(
                    "limit",
                    translate("Releases", "The value of \u201c{name}\u201d is nested too deeply.").format(
                        name=name
                    ),
                    name=name,
                )
            ]
        )
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    if isinstance(value, str):
        if len(value) > sandbox.MAX_VALUE_CHARS:
            raise TemplateError(
                [
                    TemplateProblem(
                        "limit",
                        translate(
                            "Releases",
                            "The value of \u201c{name}\u201d is too long (at most {limit} characters).",
                        ).format(name=name, limit=sandbox.MAX_VALUE_CHARS),
                        name=name,
                    )
                ]
            )
        return escape_markdown(value, multiline=multiline)
    if isinstance(value, Mapping) and len(value) <= _MAX_ITEMS and all(isinstance(k, str) for k in value):
        return {k: _plain(name, v, multiline, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and len(value) <= _MAX_ITEMS:
        return [_plain(name, v, multiline, depth + 1) for v in value]
    raise TemplateError(
        [
            TemplateProblem(
                "runtime",
                translate(
                    "Releases", "The value of \u201c{name}\u201d must be text, a number, a date or a list."
                ).format(name=name),
                name=name,
            )
        ]
    )


def render_template(
    text: str, values: Mapping[str, Any], *, missing: Literal["error", "mark"] = "error"
) -> str:
    """The Markdown the template produces with ``values``; raises only :class:`TemplateError`."""
    ast, problems = _parse(text)
    if ast is None:
        raise TemplateError(problems)
    problems = _forbidden(ast)
    if problems:
        raise TemplateError(problems)
    context = {}
    if not all(isinstance(key, str) for key in values):
        raise TemplateError(
            [TemplateProblem("runtime", translate("Releases", "Placeholder names must be text."))]
        )
    for key, value in with_aliases(values).items():  # 机构名称 and organisation alike
        known = KNOWN_PLACEHOLDERS.get(canonical(key))
        context[key] = _plain(key, value, bool(known and known.multiline))
    token = sandbox.begin_render()
    out: list[str] = []
    size = 0
    try:
        template = _compile(ast)
        for chunk in template.generate(context):
            size += len(chunk)
            if size > sandbox.MAX_OUTPUT_CHARS:
                raise sandbox.TemplateLimitError("output too long")
            out.append(chunk)
    except TemplateError:
        raise
    except sandbox.TemplateLimitError as exc:
        raise TemplateError(
            [
                TemplateProblem(
                    "limit",
                    translate("Releases", "The template does too much work ({reason}); simplify it.").format(
                        reason=str(exc)
                    ),
                )
            ]
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            [
                TemplateProblem(
                    "forbidden",
                    translate(
                        "Releases", "The template tries something templates may not do: {reason}."
                    ).format(reason=str(exc)),
                )
            ]
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateError([_syntax_problem(exc)]) from None
    except (
        JinjaTemplateError,
        ArithmeticError,
        TypeError,
        ValueError,
        LookupError,
        RecursionError,
        MemoryError,
    ) as exc:
        # Whatever a template expression may raise (1/0, "a" < 1 ...) becomes one clear problem.
        raise TemplateError(
            [
                TemplateProblem(
                    "runtime",
                    translate("Releases", "The template could not be filled in: {reason}.").format(
                        reason=str(exc) or type(exc).__name__
                    ),
                )
            ]
        ) from None
    finally:
        state = sandbox.end_render(token)
    if state.missing and missing == "error":
        names = sorted(set(state.missing))
        raise TemplateError(
            [
                TemplateProblem(
                    "missing",
                    translate("Releases", "No value for the placeholder \u201c{name}\u201d.").format(name=n),
                    name=n,
                )
                for n in names
            ]
        )
    return "".join(out)


def preview(text: str, language: str = "zh", values: Mapping[str, Any] | None = None) -> str:
    """The template filled with sample data in ``language`` (plus ``values``); placeholders
    without a value show as ``⟦name⟧``."""
    data: dict[str, Any] = sample_values(language)
    data.update(values or {})
    return render_template(text, data, missing="mark")
