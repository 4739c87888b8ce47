"""The built-in release templates shipped in ``resources/templates/releases`` (MD-3).

``index.json`` lists each template once per language: ``key``, ``language``, ``title``, ``file``.
Resources are found next to the package in a wheel (``commdesk/resources``) and at the top of a
source checkout (``<repo>/resources``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import commdesk


@dataclass(frozen=True)
class BuiltinTemplate:
    key: str
    language: str
    title: str
    text: str
    path: Path


def resources_dir() -> Path:
    package = Path(commdesk.__file__).resolve().parent
    for candidate in (package / "resources", package.parents[1] / "resources"):
        if (candidate / "templates" / "releases" / "index.json").is_file():
            return candidate
    raise FileNotFoundError(
        f"release templates not found next to {package} (looked in resources/templates/releases)"
    )


def templates_dir() -> Path:
    return resources_dir() / "templates" / "releases"


def builtin_templates() -> list[BuiltinTemplate]:
    """Every built-in template, in ``index.json`` order."""
    folder = templates_dir()
    entries = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    result = []
    for entry in entries:
        path = folder / entry["file"]
        result.append(
            BuiltinTemplate(
                key=entry["key"],
                language=entry["language"],
                title=entry["title"],
                text=path.read_text(encoding="utf-8"),
                path=path,
            )
        )
    return result


def builtin_template(key: str, language: str) -> BuiltinTemplate:
    for template in builtin_templates():
        if template.key == key and template.language == language:
            return template
    raise KeyError(f"no built-in template {key!r} in {language!r}")
