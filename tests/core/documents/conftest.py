"""Helpers to read the PDFs back the way a user's tools do: pypdf, pdftotext, pdffonts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from commdesk.core.documents import fonts


@pytest.fixture(scope="session", autouse=True)
def _registered_fonts():
    # Fails with the message a user would see ("Run ./dev build") if the fonts cannot be had.
    return fonts.fonts()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (Debian package poppler-utils)")
    return found


def pdftotext(path: Path, *extra: str) -> str:
    result = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", *extra, str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def pdffonts(path: Path) -> list[dict[str, str]]:
    result = subprocess.run([_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    header = lines[0]
    columns = ["type", "encoding", "emb", "sub", "uni"]
    start = {c: header.index(c) for c in columns}
    rows = []
    for line in lines[2:]:
        row = {"name": line[: start["type"]].strip()}
        row["emb"] = line[start["emb"] : start["emb"] + 3].strip()
        rows.append(row)
    return rows


def flat(text: str) -> str:
    """Extracted text without white space (wrapping may split a string across lines)."""
    return "".join(text.split())


class PdfTools:
    text = staticmethod(pdftotext)
    fonts = staticmethod(pdffonts)
    flat = staticmethod(flat)


@pytest.fixture
def pdf() -> PdfTools:
    return PdfTools()
