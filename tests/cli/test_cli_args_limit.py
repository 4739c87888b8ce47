"""Every ``--limit N`` of the command line refuses a number below 1 or a word, in words, exit code 2
(``cases list --limit -1`` printed nothing and said all was well)."""

from __future__ import annotations

import argparse

import pytest


def _commands_with(option: str):
    """(the words of the command, its parser) for every command that takes ``option``."""
    from commdesk.cli import build_parser

    found = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        for action in parser._actions:
            if option in action.option_strings:
                found.append(words)
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*words, name))

    walk(build_parser(), ())
    return found


def test_the_command_line_has_limits_to_check():
    commands = _commands_with("--limit")
    assert ("cases", "list") in commands
    assert ("outbox", "list") in commands


@pytest.mark.parametrize("command", _commands_with("--limit"), ids=" ".join)
@pytest.mark.parametrize("value", ["-1", "0", "ten", "2.5"])
def test_a_limit_below_one_or_not_a_number_is_refused(run_cli, tmp_path, command, value):
    code, out, err = run_cli("--db", tmp_path / "x.sqlite3", *command, f"--limit={value}")
    assert code == 2
    assert out == ""
    assert "--limit" in err
    assert "1 or more" in err
    assert "Traceback" not in err


def test_a_limit_is_said_in_chinese(run_cli, tmp_path):
    code, _out, err = run_cli(
        "--db", tmp_path / "x.sqlite3", "--lang", "zh_CN", "cases", "list", "--limit", "0"
    )
    assert code == 2
    assert "1 或更大" in err


def test_a_good_limit_is_taken(run_cli, tmp_path):
    code, out, err = run_cli("--db", tmp_path / "x.sqlite3", "cases", "list", "--limit", " 3", "--json")
    assert code == 0, err
    assert out.strip() == "[]"
