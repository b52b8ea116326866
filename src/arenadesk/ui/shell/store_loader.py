"""The store, opened in a worker once the first screen is on the screen.

Opening an ArenaDesk file for editing imports SQLAlchemy and the models (~0.4 s on a
small laptop). For a file that has passed the open check and needs nothing done to it (no
upgrade, no arena to create), the window is filled from a plain read of what the first
screen shows (`store/first_screen.py`), and the store loads here, in a worker, while the
person looks at it.

Nothing can change data before the store is there: the first click, key or drop waits
for it (with a busy cursor), so every action still runs on the one open database. Until
then the GUI thread imports no module that loads SQLAlchemy: two threads importing the
same modules could each wait on the other's. While the worker runs, the interpreter lock
changes hands every millisecond and only young garbage is collected (as for any work in
`ui/common/background.py`), so the window keeps answering meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from arenadesk.ui.common.background import SWITCH_INTERVAL_S, busy_cursor, young_collections_only

if TYPE_CHECKING:
    from arenadesk.store.db.database import Database
    from arenadesk.store.db.device import Device
    from arenadesk.store.db.fileinfo import FileInfo

log = logging.getLogger(__name__)

# What a person does that may reach the store; hovering, painting and resizing do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.DragEnter,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.TouchBegin,
    }
)


def open_store(path: Path, device: Device, info: FileInfo) -> Database:
    """The worker's part: the file opened for editing, and the ORM made ready for the
    first query (its mappers configured), all off the GUI thread."""
    from sqlalchemy.orm import configure_mappers

    from arenadesk.store.db.database import open_file

    db = open_file(path, device, create=False, inspected=info)
    configure_mappers()
    return db


class StoreLoader(QObject):
    """Opens one file in a worker thread. `finished` comes on the GUI thread, once."""

    finished = Signal()
    _done = Signal()  # from the worker, queued to this object's (the GUI) thread

    def __init__(
        self,
        path: Path,
        open_it: Callable[[], Database],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._open_it = open_it
        self._thread: threading.Thread | None = None
        self.db: Database | None = None
        self.error: BaseException | None = None
        self._ended = threading.Event()  # set by the worker as its last act
        self._reported = False
        self._while_loading = contextlib.ExitStack()
        self._done.connect(self._report, Qt.ConnectionType.QueuedConnection)
        self._guard = _InputGuard(self.wait)
        self._guarded: list[QObject] = []

    @property
    def done(self) -> bool:
        return self._reported

    def guard(self, window: QWidget) -> None:
        """The window's input waits for the store from now on. The filter sits on the
        window's native window, which gets the clicks, keys and wheel turns before its
        widgets do, and little else: an application-wide filter is called for every event
        of every object, each call a wait for the interpreter lock while the worker runs
        (~200 ms of delay for the first screen's events, measured)."""
        if self._reported:
            return
        target: QObject = window.windowHandle() or window
        target.installEventFilter(self._guard)
        self._guarded.append(target)

    def start_when_idle(self) -> None:
        """Begin loading once the window just shown has handled what showing it posted
        (layout, the table's sizes, the first paint) and the event loop would wait: those
        steps call into Python (models, icons, paint handlers), and with the worker
        running each call waits its turn for the interpreter lock. Started at once, the
        worker stretched ~17 ms of them to 150-500 ms."""
        QTimer.singleShot(0, self._when_shown)

    def _when_shown(self) -> None:
        QApplication.processEvents()
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self.start()
            return

        def idle() -> None:
            dispatcher.aboutToBlock.disconnect(idle)
            self.start()

        dispatcher.aboutToBlock.connect(idle)

    def start(self) -> None:
        """Begin loading (once)."""
        if self._thread is not None:
            return
        switch = sys.getswitchinterval()
        sys.setswitchinterval(min(switch, SWITCH_INTERVAL_S))
        self._while_loading.callback(sys.setswitchinterval, switch)
        self._while_loading.enter_context(young_collections_only())
        self._thread = threading.Thread(target=self._run, name="open-store", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.db = self._open_it()
        except BaseException as error:  # handed to the GUI thread, which explains it
            self.error = error
        self._ended.set()
        self._done.emit()

    def wait(self) -> None:
        """Block until the store is open (or failed), and report it now."""
        if self._reported:
            return
        if self._thread is None:
            self.start()
        assert self._thread is not None
        if not self._ended.is_set():
            with busy_cursor():
                self._ended.wait()
        self._report()

    def _report(self) -> None:
        if self._reported or not self._ended.is_set():
            return
        self._reported = True
        self._while_loading.close()
        for target in self._guarded:
            if shiboken6.isValid(target):
                target.removeEventFilter(self._guard)
        self._guarded.clear()
        if self.error is not None:
            log.error("opening %s failed", self.path, exc_info=self.error)
        self.finished.emit()


class _InputGuard(QObject):
    """While the store loads, the first input waits for it before it is delivered."""

    def __init__(self, wait: Callable[[], None]) -> None:
        super().__init__()
        self._wait = wait

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._wait()
        return False
