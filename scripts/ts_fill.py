"""Fill untranslated messages of .ts files from translations that exist elsewhere.

    python scripts/ts_fill.py [LANG]              (default zh_CN)
        reuse: a (context, source) already translated in another area's file
    python scripts/ts_fill.py LANG --from FILE.json
        apply a JSON object {"Context": {"source": "translation", ...}, ...}
    python scripts/ts_fill.py LANG --missing
        print the untranslated (context, source) pairs as JSON, ready to fill in

Used when strings move between areas (a file renamed, an area's PDF module) so nothing is
translated twice.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from i18n_areas import TS_DIR


def load(lang: str):
    return {p: ET.parse(p) for p in sorted(TS_DIR.glob(f"commdesk_*_{lang}.ts"))}


def known(trees) -> dict[tuple[str, str], str]:
    out = {}
    for tree in trees.values():
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and not tr.get("type") and (tr.text or "").strip():
                    out[(name, msg.findtext("source"))] = tr.text
    return out


def unfinished(trees):
    for path, tree in trees.items():
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") == "unfinished" and msg.get("numerus") != "yes":
                    yield path, name, msg, tr


def write(path: Path, tree) -> None:
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    )
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    lang = argv[0] if argv and not argv[0].startswith("--") else "zh_CN"
    trees = load(lang)
    if "--missing" in argv:
        missing: dict[str, dict[str, str]] = {}
        for _path, ctx, msg, _tr in unfinished(trees):
            missing.setdefault(ctx, {})[msg.findtext("source")] = ""
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        return 0
    table = known(trees)
    if "--from" in argv:
        data = json.loads(Path(argv[argv.index("--from") + 1]).read_text(encoding="utf-8"))
        table.update({(c, s): t for c, m in data.items() for s, t in m.items() if t})
    changed = set()
    for path, ctx, msg, tr in unfinished(trees):
        value = table.get((ctx, msg.findtext("source")))
        if value:
            tr.text = value
            del tr.attrib["type"]
            changed.add(path)
    for path in changed:
        write(path, trees[path])
    print(f"filled messages in {len(changed)} file(s)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
