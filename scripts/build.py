"""Build the generated files commdesk needs at run time; cheap when nothing changed.

- forms/**/*.ui      -> src/commdesk/ui/generated/ui_*.py   (pyside6-uic; committed, checked fresh by a test)
- resources/translations/*.ts -> *.qm                  (pyside6-lrelease; not committed)
- resources/fonts/*.ttf from the Noto Sans CJK package  (scripts/build_fonts.py; not committed)
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        sys.exit(f"commdesk build: {name} not found; install PySide6 into this environment")
    return found


def _stale(src: Path, dst: Path) -> bool:
    return not dst.exists() or dst.stat().st_mtime < src.stat().st_mtime


def build_forms() -> None:
    uic = None
    for ui in sorted((ROOT / "forms").rglob("*.ui")):
        out = ROOT / "src" / "commdesk" / "ui" / "generated" / f"ui_{ui.stem}.py"
        if _stale(ui, out):
            uic = uic or _tool("pyside6-uic")
            subprocess.run([uic, "--from-imports", str(ui), "-o", str(out)], check=True)


def build_translations() -> None:
    lrelease = None
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if _stale(ts, qm):
            lrelease = lrelease or _tool("pyside6-lrelease")
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def build_fonts() -> None:
    script = ROOT / "scripts" / "build_fonts.py"
    if not script.exists():
        return
    spec = importlib.util.spec_from_file_location("build_fonts", script)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    mod.main([])


def main() -> int:
    build_forms()
    build_translations()
    build_fonts()
    return 0


if __name__ == "__main__":
    sys.exit(main())
