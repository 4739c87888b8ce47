"""The crisis playbooks, kept as data: per kind of crisis, the steps of its checklist (SM-5: a
crisis plan with a response flow and owners, negative items answered calmly; EV-7: coverage, tone
and crisis handling reviewed afterwards).

A step is a key (stored in ``crisis_checklist_items.step``) and its words (translated when shown).
Every playbook starts with the same response flow and ends with the review; the kind adds its own
steps in between. A stored key no longer in a playbook still shows (``step_text`` gives the key's
words from any playbook).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commdesk.core.i18n import translate


@dataclass(frozen=True)
class Step:
    key: str
    rule: str  # the procedure rule the step serves
    text: Callable[[], str]


_STEPS: dict[str, Step] = {
    s.key: s
    for s in (
        Step(
            "assess",
            "SM-5",
            lambda: translate("Crisis", "Establish the facts, set the severity and name the owner"),
        ),
        Step(
            "team",
            "SM-5",
            lambda: translate("Crisis", "Call the crisis team together and agree one spokesperson"),
        ),
        Step(
            "holding_statement",
            "SM-5",
            lambda: translate(
                "Crisis",
                "Draft the holding statement from the crisis template and have a second person approve it",
            ),
        ),
        Step(
            "monitor",
            "SM-5",
            lambda: translate(
                "Crisis", "Monitor coverage and social media sentiment; link what appears to this log"
            ),
        ),
        Step(
            "inquiries",
            "MD-5",
            lambda: translate(
                "Crisis", "Log every media inquiry as a case and answer it before its deadline"
            ),
        ),
        Step(
            "answer_calmly",
            "SM-5",
            lambda: translate("Crisis", "Answer negative items calmly, in line with the approved statement"),
        ),
        Step(
            "regulator",
            "SM-5",
            lambda: translate("Crisis", "Inform the regulator and decide on a recall or a stop of sales"),
        ),
        Step(
            "customers",
            "SM-5",
            lambda: translate("Crisis", "Tell the customers concerned what to do, on every channel they use"),
        ),
        Step(
            "contain",
            "SM-5",
            lambda: translate("Crisis", "Contain the leak and establish which data and whom it concerns"),
        ),
        Step(
            "notify",
            "SM-5",
            lambda: translate(
                "Crisis", "Notify the authorities and the people affected within the legal deadline"
            ),
        ),
        Step(
            "legal",
            "SM-5",
            lambda: translate("Crisis", "Check the wording with legal counsel and the executive concerned"),
        ),
        Step(
            "internal",
            "SM-5",
            lambda: translate("Crisis", "Brief the staff before the statement goes out"),
        ),
        Step(
            "status_updates",
            "SM-5",
            lambda: translate(
                "Crisis", "Publish status updates at fixed times until the service is restored"
            ),
        ),
        Step(
            "restored",
            "SM-5",
            lambda: translate("Crisis", "Confirm the restoration and say what was done to prevent a repeat"),
        ),
        Step(
            "pause_posts",
            "SM-5",
            lambda: translate("Crisis", "Pause the scheduled posts and campaigns"),
        ),
        Step(
            "reply_thread",
            "SM-5",
            lambda: translate("Crisis", "Reply once in the main thread; never delete criticism"),
        ),
        Step(
            "review",
            "EV-7",
            lambda: translate(
                "Crisis", "Hold the post-crisis review: coverage, tone and how the crisis was handled"
            ),
        ),
    )
}

_FIRST = ("assess", "team", "holding_statement", "monitor", "inquiries")
_LAST = ("answer_calmly", "review")

#: kind -> its own steps (between the common response flow and the review)
_OWN: dict[str, tuple[str, ...]] = {
    "product_safety": ("regulator", "customers"),
    "data_leak": ("contain", "notify", "customers"),
    "executive_statement": ("legal", "internal"),
    "service_outage": ("status_updates", "restored"),
    "social_media_storm": ("pause_posts", "reply_thread"),
}

_KIND_LABELS: dict[str, Callable[[], str]] = {
    "product_safety": lambda: translate("Crisis", "Product safety"),
    "data_leak": lambda: translate("Crisis", "Data leak"),
    "executive_statement": lambda: translate("Crisis", "Executive statement"),
    "service_outage": lambda: translate("Crisis", "Service outage"),
    "social_media_storm": lambda: translate("Crisis", "Social media storm"),
}

_SEVERITY_LABELS: dict[int, Callable[[], str]] = {
    1: lambda: translate("Crisis", "1 · Issue to watch"),
    2: lambda: translate("Crisis", "2 · Moderate"),
    3: lambda: translate("Crisis", "3 · Serious"),
    4: lambda: translate("Crisis", "4 · Crisis"),
}

KINDS: tuple[str, ...] = tuple(_OWN)
SEVERITIES: tuple[int, ...] = tuple(_SEVERITY_LABELS)


def playbook(kind: str) -> tuple[Step, ...]:
    """The checklist of ``kind``, in order (KeyError for an unknown kind)."""
    own = _OWN[kind]
    return tuple(_STEPS[k] for k in (*_FIRST, *own, *_LAST))


def step_text(key: str) -> str:
    step = _STEPS.get(key)
    return step.text() if step else key


def step_rule(key: str) -> str:
    step = _STEPS.get(key)
    return step.rule if step else ""


def kind_label(kind: str) -> str:
    label = _KIND_LABELS.get(kind)
    return label() if label else kind


def severity_label(severity: int) -> str:
    label = _SEVERITY_LABELS.get(severity)
    return label() if label else str(severity)


_DRILL_WORDS = ("演练", "drill", "exercise")


def says_drill(title: str) -> bool:
    """Whether a drill's title says so itself ("演练：客户数据泄露", "Drill - outage"): then a list
    or a report does not add "Drill:" again."""
    words = (*_DRILL_WORDS, translate("Crisis", "drill").casefold())
    return title.strip().casefold().startswith(words)
