"""Why the system refused a file, in words (not the system's English inside a Chinese sentence)."""

from __future__ import annotations

import errno
import os
import socket

import pytest

from commdesk.core.os_errors import os_problem


def refusal(tmp_path, what: str) -> OSError:
    target = {"missing": tmp_path / "nonexist.txt", "folder": tmp_path}[what]
    try:
        target.read_text(encoding="utf-8")
    except OSError as exc:
        return exc
    raise AssertionError("the read should have failed")


@pytest.mark.parametrize(
    ("what", "words"),
    [("missing", "there is no such file or folder"), ("folder", "it is a folder, not a file")],
)
def test_files_refused_by_the_system_are_said_in_words(tmp_path, what, words):
    exc = refusal(tmp_path, what)
    said = os_problem(exc)
    assert said.startswith(words) and exc.strerror not in said


def test_permission_denied_and_others():
    assert os_problem(PermissionError(errno.EACCES, os.strerror(errno.EACCES))).startswith(
        "permission denied"
    )
    assert os_problem(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))).startswith("the disk is full")
    assert os_problem(socket.gaierror(-2, "Name or service not known")).startswith("the server's name")
    assert os_problem(_undecodable()).startswith("it is not UTF-8 text")
    # an error without words of ours keeps the system's own
    assert os_problem(OSError(errno.EBUSY, "Device or resource busy")) == "Device or resource busy"


def _undecodable() -> UnicodeDecodeError:
    try:
        b"\xff\xfe\xfa".decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    raise AssertionError
