"""Release templates: the sandbox holds against known payloads, checks report problems, values
cannot inject Markdown, and every built-in template renders in both languages."""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader
from markdown_it import MarkdownIt

from commdesk.core.errors import ValidationError
from commdesk.core.releases import sandbox
from commdesk.core.releases.escape import escape_markdown
from commdesk.core.releases.library import builtin_template, builtin_templates
from commdesk.core.releases.placeholders import (
    KNOWN_PLACEHOLDERS,
    ZH_NAMES,
    canonical,
    name_in,
    sample_values,
)
from commdesk.core.releases.templates import (
    TemplateError,
    check_template,
    placeholders_in,
    preview,
    render_template,
)

PAYLOADS = {
    "mro subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "lipsum globals": "{{ lipsum.__globals__ }}",
    "template reference": "{{ self._TemplateReference__context }}",
    "config": "{{ config }}",
    "config items": "{{ config.items() }}",
    "include": "{% include '/etc/passwd' %}",
    "import": "{% import 'os' as os %}{{ os.popen('id') }}",
    "from import": "{% from 'os' import popen %}{{ popen('id') }}",
    "request": "{{ request }}",
    "request application": "{{ request.application.__globals__.__builtins__ }}",
    "range attribute": "{{ range.__self__ }}",
    "range instance attribute": "{{ range(3).__class__.__base__ }}",
    "format string": "{{ '{0.__class__}'.format(title) }}",
    "format_map": "{{ '{x.__class__}'.format_map({'x': title}) }}",
    "percent format": "{{ '%0999999999d' % 1 }}",
    "huge range": "{{ range(10**9)|length }}",
    "huge repeat": "{{ 'a' * 10**9 }}",
    "huge list repeat": "{{ [1] * 10**9 }}",
    "huge power": "{{ 10 ** 100000 }}",
    "nested loops": "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
    "doubling concat": "{% set a = 'x' * 100000 %}{% set b = a ~ a ~ a %}{{ b }}",
    "doubling plus": "{% set a = 'x' * 150000 %}{{ a + a }}",
    "big join": "{{ range(1000)|join('y' * 100000) }}",
    "extends": "{% extends 'base.html' %}",
    "extends absolute": "{% extends '/etc/passwd' %}",
    "macro recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "call block": "{% call range(3) %}x{% endcall %}",
    "attr filter": "{{ title|attr('__class__') }}",
    "getitem dunder": "{{ title['__class__'] }}",
    "method call": "{{ title.upper() }}",
    "loop cycle": "{% for q in [1, 2] %}{{ loop.cycle('a', 'b') }}{% endfor %}",
    "namespace": "{% set ns = namespace(x=1) %}{{ ns }}",
    "dict global": "{{ dict(a=1) }}",
    "output flood": "{% for i in range(1000) %}{% for j in range(9) %}{{ boilerplate }}{% endfor %}{% endfor %}",
    "deep nesting": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
}


@pytest.fixture
def tripwires(monkeypatch):
    """Record any attempt to run a program or open a file while a template renders."""
    calls: list[str] = []

    def trip(name):
        def fn(*args, **kwargs):
            calls.append(name)
            raise AssertionError(f"{name} called from a template")

        return fn

    for target, attr in (
        (os, "popen"),
        (os, "system"),
        (os, "open"),
        (builtins, "open"),
        (io, "open"),
        (subprocess, "Popen"),
        (os, "listdir"),
        (os, "scandir"),
    ):
        monkeypatch.setattr(target, attr, trip(f"{target.__name__}.{attr}"))
    return calls


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_runs_nothing_and_reads_nothing(payload, tripwires):
    values = sample_values("en")
    with pytest.raises(TemplateError) as info:
        render_template(payload, values)
    assert isinstance(info.value, ValidationError)
    assert info.value.problems and all(p.message for p in info.value.problems)
    assert "uid=" not in str(info.value) and "root:" not in str(info.value)
    assert tripwires == []


@pytest.mark.parametrize(
    "payload",
    [
        p
        for k, p in PAYLOADS.items()
        if k
        not in (
            "huge range",
            "huge repeat",
            "huge list repeat",
            "huge power",
            "nested loops",
            "doubling concat",
            "doubling plus",
            "big join",
            "percent format",
            "output flood",
        )
    ],
)
def test_checking_reports_the_payload_before_it_runs(payload):
    assert check_template(payload), payload


def test_environment_has_no_loader_contents_and_no_dangerous_globals():
    env = sandbox.ENVIRONMENT
    assert isinstance(env.loader, DictLoader) and env.loader.mapping == {}
    assert set(env.globals) == {"range", sandbox.LOOP_GUARD, sandbox.CONCAT_GUARD}
    assert "attr" not in env.filters and "format" not in env.filters and "map" not in env.filters


def test_loops_and_filters_still_work_within_limits():
    text = "{% for i in range(3) %}{{ loop.index }}{% endfor %} {{ product|upper }} {{ city ~ '!' }}"
    assert render_template(text, {"product": "h5", "city": "Shenzhen"}) == "123 H5 Shenzhen!"
    assert render_template("{{ missing|default('n/a') }}{% if subtitle %}x{% endif %}", {}) == "n/a"


def test_missing_values_are_all_reported_together_or_marked():
    text = "{{ organisation }} {{ city }} {{ date }}"
    with pytest.raises(TemplateError) as info:
        render_template(text, {"organisation": "Xinghe"})
    assert sorted(p.name for p in info.value.problems) == ["city", "date"]
    assert all(p.kind == "missing" for p in info.value.problems)
    assert (
        render_template(text, {"organisation": "Xinghe"}, missing="mark")
        == "Xinghe \u27e6city\u27e7 \u27e6date\u27e7"
    )


def test_check_reports_syntax_error_with_line_number():
    problems = check_template("第一行\n第二行 {{ organisation }\n第三行")
    assert [p.kind for p in problems] == ["syntax"] and problems[0].line == 2
    assert problems[0].message.startswith("Line 2:")


def test_check_reports_unknown_placeholders_with_their_line():
    problems = check_template(
        "{{ organisation }}\n\n{{ ceo_name }} {{ organisation }}\n{% for x in items %}{{ x }}{% endfor %}"
    )
    assert [(p.kind, p.name, p.line) for p in problems] == [
        ("unknown", "ceo_name", 3),
        ("unknown", "items", 4),
    ]


def test_check_reports_unknown_filters():
    [problem] = check_template("{{ organisation|shout }}")
    assert problem.kind == "syntax" and "shout" in problem.message


def test_placeholders_in_lists_names_but_not_loop_variables():
    text = "{{ organisation }}{% for q in quotes %}{{ q.text }}{% endfor %}{% set x = 1 %}{{ x }}{{ range(2)|length }}"
    assert placeholders_in(text) == {"organisation", "quotes"}
    with pytest.raises(TemplateError):
        placeholders_in("{% if %}")


def test_values_cannot_inject_markdown_or_html():
    evil = "# Boom *bold* _it_ <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://t/x.png) `code` &lt;"
    out = render_template("{{ title }}", {"title": evil})
    tokens = MarkdownIt("commonmark").parse(out)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert [c.type for c in tokens[1].children] == ["text"]
    assert tokens[1].children[0].content == evil


def test_multiline_values_keep_their_lines_without_structure():
    block = "王芳\n- 品牌部\n1. 电话：0755-8888 6666\n\n    邮箱：media@xinghe.example"
    out = escape_markdown(block, multiline=True)
    tokens = MarkdownIt("commonmark").parse(out)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"] * 2
    kinds = [c.type for c in tokens[1].children]
    assert kinds.count("hardbreak") == 2 and "softbreak" not in kinds


def test_overlong_values_and_odd_types_are_template_errors():
    with pytest.raises(TemplateError):
        render_template("{{ title }}", {"title": "x" * (sandbox.MAX_VALUE_CHARS + 1)})
    with pytest.raises(TemplateError):
        render_template("{{ title }}", {"title": object()})


def test_every_builtin_template_renders_in_both_languages():
    templates = builtin_templates()
    assert {(t.key, t.language) for t in templates} == {
        (k, lang)
        for k in ("standard", "product_launch", "event_notice", "statement", "crisis_response")
        for lang in ("zh", "en")
    }
    for t in templates:
        assert check_template(t.text) == [], t.path
        # the zh templates speak Chinese to the people who fill them in: 机构名称, not organisation
        assert placeholders_in(t.text) <= {name_in(n, t.language) for n in KNOWN_PLACEHOLDERS}, t.path
        out = render_template(t.text, sample_values(t.language))  # no placeholder left without value
        assert "\u27e6" not in preview(t.text, t.language)
        assert sample_values(t.language)["organisation"] in out
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in out)
        assert has_cjk == (t.language == "zh"), t.path
    assert builtin_template("statement", "zh").title == "声明"


def test_chinese_and_english_placeholder_names_are_one_placeholder():
    """A template saved with the English names still works; values arrive by either name."""
    assert render_template("{{ organisation }}·{{ 机构名称 }}", {"organisation": "华信"}) == "华信·华信"
    assert render_template("{{ organisation }}·{{ 机构名称 }}", {"机构名称": "华信"}) == "华信·华信"
    assert check_template("{% if 网址 %}{{ 网址 }}{% endif %}{{ 不存在 }}")[0].name == "不存在"
    assert preview("{{ 机构名称 }}", "zh", {"organisation": "某某协会"}) == "某某协会"
    assert preview("{{ 发言人 }}", "zh") == "陈明"
    assert {canonical(zh) for zh in ZH_NAMES.values()} == set(KNOWN_PLACEHOLDERS)


def test_previews_work_in_both_languages_and_accept_overrides():
    text = builtin_template("event_notice", "zh").text
    assert "星河科技股份有限公司" in preview(text, "zh")
    assert "某某协会" in preview(text, "zh", {"organisation": "某某协会"})
    assert "Xinghe Technology" in preview(builtin_template("event_notice", "en").text, "en")


_values = st.dictionaries(
    st.sampled_from(sorted(KNOWN_PLACEHOLDERS)),
    st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text(), max_size=3)),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([t.text for t in builtin_templates()]), _values)
def test_arbitrary_values_never_raise_anything_but_template_error(text, values):
    data = sample_values("zh") | values
    try:
        assert isinstance(render_template(text, data), str)
    except TemplateError as exc:
        assert exc.problems


_jinja_bits = st.sampled_from(
    [
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "#}",
        "for",
        "in",
        "if",
        "endif",
        "endfor",
        "set",
        "=",
        "|",
        "upper",
        "join",
        "range(",
        ")",
        "(",
        "*",
        "**",
        "~",
        "+",
        "%",
        "'a'",
        "9",
        "99999",
        ".",
        "__class__",
        "[",
        "]",
        "organisation",
        "loop",
        "x",
        " ",
        "\n",
        "-",
        "/",
        "0",
        "raw",
        "endraw",
        "block",
        "with",
    ]
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_jinja_bits, max_size=30).map("".join))
def test_arbitrary_template_text_never_raises_anything_but_template_error(text):
    check_template(text)
    with contextlib.suppress(TemplateError):
        render_template(text, sample_values("en"), missing="mark")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1))
def test_escaped_single_line_text_is_one_plain_paragraph(text):
    out = escape_markdown(text)
    tokens = MarkdownIt("commonmark").parse(out)
    if not out.strip():
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], out
    assert {c.type for c in tokens[1].children} <= {"text", "softbreak"}, out
