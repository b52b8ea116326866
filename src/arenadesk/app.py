"""The composition root: builds the QApplication, translations, database and main window.

Start-up shows the main window's frame first: this module and the frame import only
PySide6 and light helpers, so the window is on the screen before SQLAlchemy, qtawesome and
the screens load. Then the file is checked and the frame filled in. For a file that needs
nothing done to it, the first screen is filled from a plain read of what it shows and the
store (SQLAlchemy and the models) opens in a worker meanwhile (`ui/shell/store_loader.py`).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEventLoop, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from arenadesk import APP_NAME, __version__
from arenadesk.diagnostics.log import enable_crash_file, redact
from arenadesk.i18n.messages import UserError, message
from arenadesk.platform.settings import Settings
from arenadesk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # imported once the frame is on the screen
    from arenadesk.store.db.backups import BackupPolicy
    from arenadesk.ui.common.background import Background
    from arenadesk.ui.shell.context import UiContext
    from arenadesk.ui.shell.opening import Opened

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60_000  # how often the backup policy is asked (it decides)
BACKUP_ON_OPEN_DELAY_MS = 1_000
SHOWN_MARKER = "ARENADESK_SHOWN"  # printed by --quit-after-show, read by bench/startup.py
FRAME_MARKER = "ARENADESK_FRAME"  # the same, when the frame was first painted
READY_MARKER = "ARENADESK_READY"  # the same, when the store is open too
FRAME_WAIT_MS = 2_000  # at most this long for the window system to show the frame
LOCALES = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def register_fonts() -> None:
    """Bundled DejaVu: æøå and the Sámi letters render the same on every laptop."""
    for font in files("arenadesk.resources").joinpath("fonts").iterdir():
        if font.name.endswith(".ttf"):
            with as_file(font) as path:
                QFontDatabase.addApplicationFont(str(path))


def app_icon() -> QIcon:
    """The ArenaDesk icon at every size it was drawn for (packaging/icons/make_icons.py)."""
    icon = QIcon()
    for entry in files("arenadesk.resources").joinpath("icons").iterdir():
        if entry.name.startswith("arenadesk-") and entry.name.endswith(".png"):
            with as_file(entry) as path:
                icon.addFile(str(path))
    return icon


def skip_feature_scan() -> None:
    """PySide6 reads the source of every module imported after it (~350 on the way to the
    usable window, SQLAlchemy's among them: ~40 ms) to see whether the module switches on
    one of its `__feature__` options (snake_case, true_property). ArenaDesk uses none, so
    no module needs switching: each is taken as not using them, unread. A module that did
    import `__feature__` would still be handled by PySide6's own import hook. If a later
    PySide6 works otherwise, this does nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]


class Application:
    """Owns the long-lived objects; rebuilds the window when the language changes."""

    def __init__(self, qt_app: QApplication, settings: Settings, language: str) -> None:
        self.qt_app = qt_app
        self.settings = settings
        self.language = language
        self.translator = QTranslator()
        self.qt_translator = QTranslator()  # Qt's own dialogs and menus
        self.window: MainWindow | None = None
        self.frame: MainWindow | None = None  # shown at once, filled by show_window
        self.ctx: UiContext | None = None
        # Automatic backups of the open file: the policy decides, this timer only asks.
        self.backups: BackupPolicy | None = None
        self.backup_timer = QTimer()
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_tick)
        self.backup_on_open = QTimer()  # just after the window appears
        self.backup_on_open.setSingleShot(True)
        self.backup_on_open.setInterval(BACKUP_ON_OPEN_DELAY_MS)
        self.backup_on_open.timeout.connect(self._backup_on_open)
        self.background: Background | None = None  # made with the first backup

    def install_language(self, language: str) -> None:
        self.language = language
        self.settings.language = language
        QLocale.setDefault(LOCALES[language])
        self.qt_app.removeTranslator(self.translator)
        self.qt_app.removeTranslator(self.qt_translator)
        self.translator, self.qt_translator = QTranslator(), QTranslator()
        # The app's own file; for English (the source language) it holds only the plural
        # forms. Qt ships no bokmål for its file, print and colour dialogs, message-box
        # buttons and text-field menus: qtbase_nb is ArenaDesk's own.
        wanted = [(self.translator, "arenadesk")]
        if language != "en":
            wanted.insert(0, (self.qt_translator, "qtbase"))
        for translator, name in wanted:
            qm = files("arenadesk.resources").joinpath("translations", f"{name}_{language}.qm")
            with as_file(qm) as path:
                if translator.load(str(path)):
                    self.qt_app.installTranslator(translator)

    def show_frame(self) -> MainWindow:
        """The main window's frame, on the screen (painted) before the heavy imports."""
        frame = self.frame = MainWindow(None, self.change_language, settings=self.settings)
        if frame.start_maximised:
            frame.showMaximized()
        else:
            frame.show()
        if not frame.painted:  # the window system maps it, then asks for a paint
            loop, timeout = QEventLoop(), QTimer()
            timeout.setSingleShot(True)
            timeout.timeout.connect(loop.quit)  # hidden or minimised: go on
            frame.first_painted.connect(loop.quit)
            timeout.start(FRAME_WAIT_MS)
            loop.exec()
            timeout.stop()  # it would otherwise quit a loop that is gone
            frame.first_painted.disconnect(loop.quit)
        return frame

    def first_database(self, explicit: str | Path | None) -> Opened | None:
        """The file named on the command line, else the last one used, else the default.
        A file that cannot be opened is explained, and the person may pick another."""
        from arenadesk.ui.shell import opening

        return opening.first_opened(self.frame, self.settings, self.language, explicit)

    def show_window(self, opened: Opened) -> MainWindow:
        """The frame shown at start-up filled in, or else a new window, on what was opened."""
        from arenadesk.ui.shell.context import UiContext
        from arenadesk.ui.shell.signals import AppSignals

        if isinstance(opened, tuple):
            loader, first = opened
            self.ctx = UiContext(
                None, self.settings, AppSignals(), loader=loader, first_screen=first
            )
            loader.finished.connect(self._store_opened)
        else:
            self.ctx = UiContext(opened, self.settings, AppSignals())
        frame, self.frame = self.frame, None
        if frame is not None:
            frame.fill(self.ctx)
            self.window = frame
        else:
            self.window = MainWindow(self.ctx, self.change_language)
        self.ctx.signals.database_changed.connect(self.start_backups)
        if self.ctx.store_ready:
            self.start_backups()
        if self.window.start_maximised:
            self.window.showMaximized()
        else:
            self.window.show()
        if self.ctx.loader is not None and not self.ctx.store_ready:
            self.ctx.loader.guard(self.window)
            self.ctx.loader.start_when_idle()
        return self.window

    def _store_opened(self) -> None:
        """The store the first screen waited for: attached, or explained."""
        ctx = self.ctx
        assert ctx is not None and ctx.loader is not None
        if ctx.loader.db is not None:
            ctx.attach(ctx.loader.db)
            self.start_backups()
            return
        from arenadesk.platform.faults import as_user_error
        from arenadesk.ui.common.forms import show_error

        exc = ctx.loader.error
        error = exc if isinstance(exc, UserError) else None
        if error is None and isinstance(exc, Exception):
            error = as_user_error(exc, str(ctx.loader.path))
        error = error or UserError("db.not_open", path=ctx.loader.path)
        show_error(self.window, error, self.language)
        from arenadesk.ui.shell import opening

        db = opening.settle(self.window, self.settings, self.language, None)
        if db is not None:
            ctx.switch_database(db)
        elif self.window is not None:
            self.window.close()

    def close_database(self) -> None:
        """At quit: the open database closed (waiting for one still opening)."""
        if self.ctx is None:
            return
        loader = self.ctx.loader
        if loader is not None and not self.ctx.store_ready:
            if not loader.done:  # opened for nothing: no backups, no window to fill
                loader.finished.disconnect(self._store_opened)
                loader.wait()
            if loader.db is not None:
                loader.db.close()
            return
        self.ctx.db.close()

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, trace: TracebackType | None
    ) -> None:
        """The last line of defence for an error in a slot (a full disk, a file locked by
        another program): one plain sentence for the person, with the traceback in the log
        (and on stderr) and in the dialog's details to copy; the app keeps running. The
        failed edit's transaction was rolled back."""
        from arenadesk.platform.faults import as_user_error
        from arenadesk.ui.common.error_dialog import ErrorDialog

        if not isinstance(exc, Exception):
            sys.__excepthook__(kind, exc, trace)
            return
        details = "".join(traceback.format_exception(kind, exc, trace))
        log.error("unexpected error\n%s", details.rstrip())
        print(redact(details), file=sys.stderr, end="")
        location = self.ctx.location if self.ctx else ""
        error = as_user_error(exc, location) or UserError(
            "fault.unexpected", detail=type(exc).__name__
        )
        ErrorDialog(self.window, error.text(self.language), details).exec()

    def start_backups(self) -> None:
        """A backup of the file just opened, then one every ten minutes of editing."""
        from arenadesk.store.db.backups import BackupPolicy

        assert self.ctx is not None
        if self.backups is None or self.backups.db is not self.ctx.db:
            self.backups = BackupPolicy(self.ctx.db)
            # Just after the window appears: the snapshot stays out of the start-up time.
            self.backup_on_open.start()
        self.backup_timer.start()

    def _backup_on_open(self) -> None:
        if self.backups is not None and self.ctx is not None and self.backups.db is self.ctx.db:
            self._back_up(self.backups.on_open)

    def backup_tick(self) -> None:
        if self.backups is not None:
            self._back_up(self.backups.tick)

    def _back_up(self, step: Callable[[], object]) -> None:
        """A snapshot in a worker: a large file never stalls the window. A step still
        running when the next tick comes is simply left to finish."""
        from arenadesk.ui.common.background import Background

        if self.background is None:
            self.background = Background()
        policy = self.backups
        self.background.start(step, lambda _result, error: self._backup_done(policy, error))

    def stop_backups(self) -> None:
        """Before the open file is closed: no new backup, and the running one finished."""
        self.backup_timer.stop()
        self.backup_on_open.stop()
        if self.background is not None:
            self.background.wait()

    def _backup_done(self, policy: BackupPolicy | None, error: BaseException | None) -> None:
        if error is not None:  # not a disk fault (those are kept in `failure`): a bug
            log.error("automatic backup failed", exc_info=error)
        if policy is self.backups:  # the file it backed up is still the open one
            self._report_backup()

    def _report_backup(self) -> None:
        failure = self.backups.failure if self.backups else None
        if failure is not None and self.window is not None and shiboken6.isValid(self.window):
            text = message("backup.failed", self.language, detail=failure)
            self.window.statusBar().showMessage(text)

    def change_language(self, language: str) -> None:
        """Rebuild the window in the new language, on the same open database."""
        assert self.window is not None and self.ctx is not None
        old, geometry = self.window, self.window.saveGeometry()
        old.close()
        self.install_language(language)
        self.settings.save()
        new = self.show_window(self.ctx.db)
        new.restoreGeometry(geometry)
        old.deleteLater()


def run(
    settings: Settings,
    *,
    database: str | Path | None = None,
    language: str | None = None,
    quit_after_show: bool = False,
) -> int:
    skip_feature_scan()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setWindowIcon(app_icon())  # every window and dialog
    qt_app.setDesktopFileName("no.arenadesk.ArenaDesk")  # Wayland: icon from the .desktop
    enable_crash_file()  # no console for a frozen window: a hard crash's stack goes here
    app = Application(qt_app, settings, language or settings.language)
    app.install_language(app.language)
    sys.excepthook = app.excepthook
    frame = app.show_frame()
    if quit_after_show:
        print(FRAME_MARKER, flush=True)
    register_fonts()  # boards and previews name DejaVu; the frame's own text does not
    try:
        db = app.first_database(database)
    except UserError as error:  # pragma: no cover - open_checked already explains errors
        print(error.text(app.language), file=sys.stderr)
        db = None
    if db is None:
        frame.close()
        return 1
    window = app.show_window(db)
    if quit_after_show:

        def report_ready() -> None:
            print(READY_MARKER, flush=True)
            window.close()
            qt_app.quit()

        def report_shown() -> None:
            qt_app.processEvents()
            print(SHOWN_MARKER, flush=True)
            assert app.ctx is not None
            if app.ctx.loader is None or app.ctx.loader.done:
                report_ready()
            else:
                app.ctx.loader.finished.connect(report_ready)

        QTimer.singleShot(0, report_shown)
    code = qt_app.exec()
    app.stop_backups()
    app.close_database()
    return code
