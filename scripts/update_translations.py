"""Refresh the .ts files from the sources with pyside6-lupdate (keeps existing translations).

    python scripts/update_translations.py [AREA ...]     (default: every area)

Then fill in the zh_CN translations (Qt Linguist, or by editing the XML) and commit the .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from i18n_areas import ALL_AREAS, LANGUAGES, TS_DIR, sources_by_area, ts_path


def main(argv: list[str]) -> int:
    areas = argv or ALL_AREAS
    unknown = set(areas) - set(ALL_AREAS)
    if unknown:
        print(
            f"unknown area(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL_AREAS)}", file=sys.stderr
        )
        return 2
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not lupdate:
        print("pyside6-lupdate not found: run inside the project's virtual environment", file=sys.stderr)
        return 2
    TS_DIR.mkdir(parents=True, exist_ok=True)
    sources = sources_by_area()
    for area in areas:
        files = [str(p) for p in sources[area]]
        if not files:
            continue
        for lang in LANGUAGES:
            cmd = [
                lupdate,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(ts_path(area, lang)),
            ]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
