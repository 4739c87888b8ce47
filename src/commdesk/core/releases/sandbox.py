"""The locked-down Jinja2 environment release templates run in (templates never run code
or read files).

Layers, each enough on its own for the known payloads, together for the unknown ones:

1. ``ImmutableSandboxedEnvironment`` with a ``DictLoader({})``: there is no template to include,
   import or extend, and no file system behind it.
2. No globals except a ``range`` capped at ``MAX_RANGE`` items (no ``lipsum``, ``cycler``,
   ``joiner``, ``namespace``, ``dict``); ``config``, ``request`` and friends do not exist.
3. Attribute access reaches only keys of mappings and the counters of ``loop``; every other
   attribute (``''.__class__``, ``'x'.format``, ``title.upper``, ``self._TemplateReference__context``)
   is "unsafe" and raises when used. Nothing is callable except ``range``.
4. A short filter whitelist, each charged against a per-render work budget.
5. ``*``, ``**``, ``+``, ``%`` and ``~`` check the size of what they would build; loops are
   wrapped in an iteration budget; the whole render has an output limit and a deadline.
6. ``include``, ``import``, ``extends``, ``macro`` and ``call`` blocks are refused when the template
   is checked (see ``templates.check_template``), before anything runs.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import DictLoader, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import ChainableUndefined, LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_TEMPLATE_CHARS = 100_000
MAX_VALUE_CHARS = 20_000
MAX_OUTPUT_CHARS = 200_000
MAX_RANGE = 1_000
MAX_LOOP_ITERATIONS = 10_000
MAX_WORK_CHARS = 5_000_000  # characters built by operators and filters in one render
MAX_SECONDS = 2.0
MAX_INT_BITS = 4_096

LOOP_GUARD = "_commdesk_loop_guard"
CONCAT_GUARD = "_commdesk_concat_guard"

MISSING_MARK = "\u27e6{name}\u27e7"  # ⟦name⟧ where a placeholder has no value (previews)

_LOOP_ATTRIBUTES = frozenset(
    {
        "index",
        "index0",
        "revindex",
        "revindex0",
        "first",
        "last",
        "length",
        "previtem",
        "nextitem",
        "depth",
        "depth0",
    }
)


class TemplateLimitError(SecurityError):
    """A template tried to build too much, loop too often or run too long."""


@dataclass
class RenderState:
    deadline: float
    missing: list[str] = field(default_factory=list)
    iterations: int = 0
    work: int = 0

    def charge(self, chars: int) -> None:
        self.work += chars
        if self.work > MAX_WORK_CHARS:
            raise TemplateLimitError("the template builds too much text")
        if time.monotonic() > self.deadline:
            raise TemplateLimitError("the template takes too long")


_state: contextvars.ContextVar[RenderState | None] = contextvars.ContextVar("release_render", default=None)


def current_state() -> RenderState:
    state = _state.get()
    if state is None:  # compiled but rendered outside render_template: refuse
        raise SecurityError("templates are rendered only through render_template")
    return state


def begin_render() -> contextvars.Token:
    return _state.set(RenderState(deadline=time.monotonic() + MAX_SECONDS))


def end_render(token: contextvars.Token) -> RenderState:
    state = current_state()
    _state.reset(token)
    return state


class MissingValue(ChainableUndefined):
    """A placeholder without a value: printing it records the name and shows ``⟦name⟧``;
    ``{% if name %}`` is false; any other use fails with a clear error. Unsafe attributes
    (``exc=SecurityError``) fail as soon as they are printed."""

    __slots__ = ()

    def __str__(self) -> str:
        exc = self._undefined_exception
        if isinstance(exc, type) and issubclass(exc, SecurityError):
            self._fail_with_undefined_error()
        name = str(self._undefined_name or "?")
        current_state().missing.append(name)
        return MISSING_MARK.format(name=name)


def _limited_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise TemplateLimitError(f"range() is limited to {MAX_RANGE} items")
    return rng


def _loop_guard(iterable: Any) -> Iterator[Any]:
    state = current_state()
    if isinstance(iterable, Undefined):
        return iter(())

    def guarded() -> Iterator[Any]:
        for item in iterable:
            state.iterations += 1
            if state.iterations > MAX_LOOP_ITERATIONS:
                raise TemplateLimitError(f"loops are limited to {MAX_LOOP_ITERATIONS} rounds")
            state.charge(1)
            yield item

    return guarded()


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 1


def _concat_guard(*parts: Any) -> str:
    text = "".join(str(p) for p in parts)
    if len(text) > MAX_OUTPUT_CHARS:
        raise TemplateLimitError("the text built with ~ is too long")
    current_state().charge(len(text))
    return text


def _charged(fn):
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        current_state().charge(_size(result))
        return result

    wrapper.__name__ = getattr(fn, "__name__", "filter")
    return wrapper


def _join(value: Iterable[Any], d: str = "") -> str:
    out: list[str] = []
    total = 0
    for item in value:
        piece = str(item)
        total += len(piece) + len(d)
        if total > MAX_OUTPUT_CHARS:
            raise TemplateLimitError("the joined text is too long")
        out.append(piece)
    current_state().charge(total)
    return str(d).join(out)


def _default(value: Any, default_value: Any = "", boolean: bool = False) -> Any:
    if isinstance(value, Undefined) or (boolean and not value):
        return default_value
    return value


def _text_filter(method: str):
    def apply(value: Any) -> str:
        return getattr(str(value), method)()

    apply.__name__ = method
    return apply


def _truncate(value: Any, length: int = 255, end: str = "\u2026") -> str:
    text = str(value)
    return text if len(text) <= length else text[: max(length, 0)] + str(end)


FILTERS = {
    "default": _default,
    "d": _default,
    "upper": _text_filter("upper"),
    "lower": _text_filter("lower"),
    "title": _text_filter("title"),
    "capitalize": _text_filter("capitalize"),
    "trim": _text_filter("strip"),
    "length": len,
    "count": len,
    "first": lambda seq: next(iter(seq), ""),
    "last": lambda seq: list(seq)[-1] if len(seq) else "",
    "join": _join,
    "truncate": _truncate,
}


class _Guard(NodeTransformer):
    """Wraps every loop's iterable in the loop budget and every ``~`` in the size check."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        loop = self.generic_visit(node)
        assert isinstance(loop, nodes.For)  # generic_visit keeps a node's own type
        loop.iter = nodes.Call(
            nodes.Name(LOOP_GUARD, "load"), [loop.iter], [], None, None, lineno=loop.lineno
        )
        return loop

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        concat = self.generic_visit(node)
        assert isinstance(concat, nodes.Concat)  # generic_visit keeps a node's own type
        return nodes.Call(
            nodes.Name(CONCAT_GUARD, "load"), list(concat.nodes), [], None, None, lineno=concat.lineno
        )


def guard(ast: nodes.Template) -> nodes.Template:
    return _Guard().visit(ast)


class ReleaseTemplateEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(
            loader=DictLoader({}),
            autoescape=False,
            undefined=MissingValue,
            keep_trailing_newline=True,
            auto_reload=False,
            cache_size=0,
        )
        self.globals.clear()
        self.globals["range"] = _limited_range
        self.globals[LOOP_GUARD] = _loop_guard
        self.globals[CONCAT_GUARD] = _concat_guard
        self.filters = {
            name: _charged(fn) if name not in ("join", "default", "d") else fn for name, fn in FILTERS.items()
        }
        self._callables = frozenset({id(_limited_range), id(_loop_guard), id(_concat_guard)})

    # -- what may be called, read and computed -------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return isinstance(obj, LoopContext) and attr in _LOOP_ATTRIBUTES

    def is_safe_callable(self, obj: Any) -> bool:
        return id(obj) in self._callables

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(obj, Undefined):
            return obj._fail_with_undefined_error()
        if not self.is_safe_callable(obj):
            raise SecurityError("templates cannot call functions or methods")
        return context.call(obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, Undefined):
            return obj
        if isinstance(obj, Mapping):
            try:
                return obj[attribute]
            except (TypeError, LookupError):
                return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, LoopContext) and attribute in _LOOP_ATTRIBUTES:
            return getattr(obj, attribute)
        return self.unsafe_undefined(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, Undefined):
            return obj
        if isinstance(argument, str) and not isinstance(obj, Mapping):
            return self.getattr(obj, argument)
        if isinstance(obj, (Mapping, list, tuple, str, range)):
            try:
                return obj[argument]
            except (TypeError, LookupError, ValueError):
                pass
        return self.undefined(obj=obj, name=str(argument)[:40])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        state = current_state()
        if operator == "%" and isinstance(left, str):
            raise SecurityError("%-formatting of text is not available in templates")
        if operator == "*":
            seq, n = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                if len(seq) * max(n, 0) > MAX_OUTPUT_CHARS:
                    raise TemplateLimitError("the repeated text is too long")
                state.charge(len(seq) * max(n, 0))
            elif (
                isinstance(left, int)
                and isinstance(right, int)
                and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS
            ):
                raise TemplateLimitError("the number is too large")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_INT_BITS:
                raise TemplateLimitError("the number is too large")
        elif operator == "+":
            total = _size(left) + _size(right)
            if total > MAX_OUTPUT_CHARS:
                raise TemplateLimitError("the text built with + is too long")
            state.charge(total)
        return self.binop_table[operator](left, right)


ENVIRONMENT = ReleaseTemplateEnvironment()
