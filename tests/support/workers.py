"""Several test processes at once (``./dev test`` runs pytest-xdist workers, one per core): what the
workers of one run share, so that an expensive file (the migrated template database, a demo
database) is built once per run instead of once per worker.

Everything else a test touches must stay its own: ``tmp_path`` (each worker has its own base
folder), a database named with a random part, a port chosen by the system (port 0), role names with
a random part. Nothing here is a fixture; tests/conftest.py uses it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here, so each worker builds its own copy
    fcntl = None  # type: ignore[assignment]


def worker_id() -> str:
    """This process's name in the run: ``gw0``, ``gw1``, ... under pytest-xdist, else ``main``."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def run_folder(tmp_path_factory) -> Path:
    """A folder every worker of this run shares (pytest-xdist gives each worker its own base folder
    inside the run's), or this process's base folder when it runs alone or cannot lock files."""
    base = Path(tmp_path_factory.getbasetemp())
    if worker_id() == "main" or fcntl is None:
        return base
    return base.parent


@contextlib.contextmanager
def one_at_a_time(lock_file: Path) -> Iterator[None]:
    """Holds an exclusive lock on ``lock_file`` (made if missing) across the worker processes."""
    with open(lock_file, "a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def shared_file(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """The file ``name`` in the run's shared folder, made by ``make(path)`` by the first worker
    that asks for it; the others wait for it and reuse it. ``make`` writes to a scratch path that
    is renamed into place only once it is complete, so a failed build leaves nothing half-made."""
    folder = run_folder(tmp_path_factory) / "shared"
    folder.mkdir(exist_ok=True)
    target = folder / name
    with one_at_a_time(folder / f"{name}.lock"):
        if not target.exists():
            scratch = folder / f"partial-{worker_id()}-{name}"  # same suffix: SQLite's side files follow it
            scratch.unlink(missing_ok=True)
            make(scratch)
            os.replace(scratch, target)
    return target


def child_processes() -> set[int] | None:
    """This process's child processes, running or not yet waited for (Linux: /proc), or None where
    the system does not list them. A test that checks it leaves no child behind compares with what
    was there before it: the worker may already have children of other tests (a test server)."""
    tasks = Path("/proc/self/task")
    if not (tasks / str(os.getpid()) / "children").exists():
        return None
    found: set[int] = set()
    for children in tasks.glob("*/children"):
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            found.update(int(pid) for pid in children.read_text().split())
    return found
