"""Where commdesk finds its resources and keeps its files (platformdirs)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

APP_NAME = "commdesk"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """``resources/`` of a source checkout, or the copy packaged inside the wheel / bundle."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "procedure").is_dir():
            return candidate
    raise FileNotFoundError(
        f"commdesk's resources folder is missing (looked in {here / 'resources'} and "
        f"{here.parents[1] / 'resources'}); reinstall commdesk"
    )


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("COMMDESK_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(os.environ.get("COMMDESK_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("COMMDESK_CACHE_DIR") or user_cache_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "commdesk.sqlite3"


def recovery_dir(ctx, area: str) -> Path:
    """Where ``area``'s crash-recovery copies of typed work live for the database ``ctx`` is on:
    the private data folder, one folder per database (a hash of where it is, never a password), so
    a copy is only ever offered back on the database it was typed for."""
    import hashlib

    where = ctx.database_label or ctx.engine.url.render_as_string(hide_password=True)
    key = hashlib.sha1(where.encode("utf-8")).hexdigest()[:12]
    return data_dir() / "recovery" / area / key


def legacy_recovery_dirs(ctx) -> list[Path]:
    """Where earlier commdesk versions kept crash-recovery copies for the database ``ctx`` is on: a
    folder beside an SQLite file (``NAME.recovery``). Their copies are moved into ``recovery_dir``."""
    url = ctx.engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return [Path(url.database + ".recovery")]
    return []
