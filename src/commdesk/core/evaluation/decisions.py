"""Decisions of an evaluation (EV-8: adjust the strategy and the channel mix): each one a text, an
owner and a deadline, written ``text;owner;deadline`` (a command's ``--decision`` or a line of a
decisions file), and each becomes an action item in the action tracker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


@dataclass(frozen=True)
class Decision:
    text: str
    owner: str  # a person's name or e-mail address
    deadline: date


def parse_decision(line: str, where: str = "") -> Decision:
    """``text;owner;deadline`` (deadline as YYYY-MM-DD); refused in words naming ``where`` (a line)."""
    parts = [p.strip() for p in line.rsplit(";", 2)]
    place = f"{where}: " if where else ""
    if len(parts) != 3 or not all(parts):
        raise ValidationError(
            {
                "decision": place
                + translate(
                    "Evaluation", "'{value}' is not a decision; write it as text;owner;deadline (2027-01-31)."
                ).format(value=line.strip())
            }
        )
    text, owner, day = parts
    try:
        deadline = date.fromisoformat(day)
    except ValueError:
        raise ValidationError(
            {
                "decision": place
                + translate(
                    "Evaluation", "The deadline '{value}' is not a date; write it as YYYY-MM-DD."
                ).format(value=day)
            }
        ) from None
    return Decision(text, owner, deadline)


def parse_decisions_file(text: str) -> list[Decision]:
    """One decision a line; blank lines and lines starting with # are skipped. Every bad line is
    named at once."""
    decisions: list[Decision] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            decisions.append(parse_decision(line, translate("Evaluation", "line {n}").format(n=number)))
        except ValidationError as exc:
            problems.append(str(exc.errors["decision"]))
    if problems:
        raise ValidationError({"decision": "\n".join(problems)})
    return decisions
