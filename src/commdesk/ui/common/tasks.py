"""Long work off the GUI thread: one small runner with progress, cancel and a result callback.

    runner.run(lambda progress, cancel: export(..., progress=progress, cancel=cancel),
               on_done=show_file, on_error=show_error, label=self.tr("Exporting…"), parent=self)

The function runs in a QThreadPool worker. ``progress(done, total)`` may be called from the worker;
``cancel`` is a ``threading.Event`` the function checks, raising ``core.errors.Cancelled`` when it is
set (``on_cancelled`` is called then, not ``on_error``). Callbacks run on the GUI thread. With
``parent`` given, a progress dialog with a Cancel button is shown while the work runs.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from commdesk.core.errors import Cancelled


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None], threading.Event], Any]):
        super().__init__()
        self.fn = fn
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel)
        except BaseException as exc:  # noqa: BLE001 - any failure of background work goes back to the GUI thread
            self._emit(self.signals.failed, exc, traceback.format_exc())
        else:
            self._emit(self.signals.done, result)

    def _progress(self, done, total) -> None:
        self._emit(self.signals.progress, int(done), int(total))

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is quitting and took the receiver with it
            self.cancel.set()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        fn,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        parent: QWidget | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        task = Task(fn)
        dialog = None
        if parent is not None:
            dialog = QProgressDialog(label or "", self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(task.cancel.set)

            def on_progress(done: int, total: int) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

            task.signals.progress.connect(on_progress)

        def finish() -> None:
            self._running.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        def done(result) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc, tb) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
                return
            if on_error is not None:
                on_error(exc)
            else:  # pragma: no cover - a bug: surface it
                raise exc

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        self._running.add(task)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
