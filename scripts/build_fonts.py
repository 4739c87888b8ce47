"""Build resources/fonts/NotoSansCJKsc-{Regular,Bold}.ttf from the Noto Sans CJK packages.

Called by scripts/build.py on every ``./dev build``: when the outputs are up to date it only stats
two files and reads their name tables (a few milliseconds). A full build takes a minute or two.
See resources/fonts/README.md for what is built and why; the work is done by
commdesk.core.documents.fontbuild.

    python scripts/build_fonts.py [--force] [--out FOLDER]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_fonts", description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    parser.add_argument("--serial", action="store_true", help="build one weight after the other")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))
    from commdesk.core.documents import fontbuild

    started = time.monotonic()
    try:
        built = fontbuild.build_all(
            args.out,
            force=args.force,
            parallel=not args.serial,
            log=lambda msg: print(f"build_fonts: {msg}", flush=True),
        )
    except FileNotFoundError as err:
        print(f"build_fonts: {err}", file=sys.stderr)
        return 1
    for weight, seconds in built.items():
        print(f"build_fonts: {weight} built in {seconds:.1f} s")
    if built:
        print(f"build_fonts: done in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
