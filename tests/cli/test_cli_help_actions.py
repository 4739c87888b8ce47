"""Each command group's help (in ``commdesk --help``) names every action it has, so a user reading
the list learns what the group can do; and each action has a help line of its own."""

from __future__ import annotations

import argparse
import re

from commdesk.cli import build_parser


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, tuple[str, argparse.ArgumentParser]]:
    """name -> (help line, parser) of ``parser``'s commands (argparse keeps them on its action)."""
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {c.dest: c.help or "" for c in action._choices_actions}
    return {name: (helps.get(name, ""), sub) for name, sub in action.choices.items()}


def test_every_group_help_lists_its_actions():
    for group, (line, parser) in _subcommands(build_parser()).items():
        if not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
            continue  # a single command (backup, demo, ...)
        actions = _subcommands(parser)
        named = set(re.findall(r"[a-z][a-z-]*", line.split(":", 1)[-1]))
        missing = sorted(set(actions) - named)
        assert not missing, f"'commdesk {group}' help does not name {missing}: {line}"
        for name, (help_line, _) in actions.items():
            assert help_line.strip(), f"'commdesk {group} {name}' has no help line"


def test_the_help_of_a_group_is_shown_in_the_command_list(run_cli):
    code, out, _ = run_cli("--help")
    flat = " ".join(out.split())
    assert code == 0
    assert "press releases: list, show, export," in flat and "request-changes, approve" in flat
    assert "merge, undo-merge" in flat and "everyone's passphrase: demo" in flat
    assert "new, edit, submit, approve, return, publish" in flat  # posts: edit and return too
