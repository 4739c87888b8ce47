"""``commdesk demo FILE``: a new database full of coherent bilingual sample data.

Every module in this package with ``ORDER`` (int) and ``seed(ctx, rng, now) -> dict[label, count]``
contributes; they run in ``ORDER`` within one database, each acting as a suitable demo person
(``ctx.current`` may be switched by a seeder). Dates are relative to ``now`` so the desk looks alive
whenever the demo is made.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from datetime import UTC, datetime
from pathlib import Path

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


def seeders():
    mods = []
    for info in pkgutil.iter_modules(__path__):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "seed") and hasattr(mod, "ORDER"):
            mods.append(mod)
    return sorted(mods, key=lambda m: m.ORDER)


def create_demo(path: Path, now: datetime | None = None, seed: int = 20261201) -> dict[str, int]:
    from commdesk.bootstrap import open_database

    path = Path(path)
    if path.exists():
        raise ValidationError(
            {
                "file": translate(
                    "Demo",
                    "{path} exists already; the demo only creates new databases. Choose another file name "
                    "or delete that file first.",
                ).format(path=path)
            }
        )
    if not path.parent.exists():
        raise ValidationError(
            {"file": translate("Demo", "The folder {folder} does not exist.").format(folder=path.parent)}
        )
    opened = open_database(path)
    ctx = opened.ctx
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    counts: dict[str, int] = {}
    try:
        for mod in seeders():
            counts.update(mod.seed(ctx, rng, now))
    except BaseException:
        ctx.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    ctx.engine.dispose()
    return counts
