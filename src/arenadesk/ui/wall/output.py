"""The wall leaving the screen: the A3 wall and the schedules per space as PDF (written
whole or not at all), and the projector view on the chosen screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from arenadesk.domain.report import report_file_name
from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import reports_dir
from arenadesk.reports.saving import write_all_atomically
from arenadesk.reports.wall_pdf import build_wall_pdf
from arenadesk.reports.wall_schedule_pdf import build_space_schedule_pdf
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import get_arena
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.base import screen_by_name
from arenadesk.ui.projector.wall import WallProjectorWindow
from arenadesk.ui.shell.context import UiContext


class WallOutput:
    def __init__(self, ctx: UiContext, screen: QWidget) -> None:
        self.ctx = ctx
        self.screen = screen
        self.projector: WallProjectorWindow | None = None
        self.saved: Path | None = None

    def _arena_name(self) -> str:
        arena = get_arena(self.ctx.db, self.ctx.arena_id)
        return arena.name if arena else ""

    def file_name(self, kind: str) -> str:
        tr = self.screen.tr
        stem = tr("Program wall") if kind == "wall" else tr("Schedule per space")
        return report_file_name(stem, self._arena_name(), "pdf")

    def save(self, kind: str, target: Path | None = None) -> Path | None:
        """Ask where (unless given), then write the PDF through a temporary file."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.screen,
                self.screen.tr("Save as PDF"),
                str(reports_dir() / self.file_name(kind)),
                "PDF (*.pdf)",
            )
            if not chosen:
                return None
            target = Path(chosen)
        wall = wall_store.get_wall(self.ctx.db, self.ctx.arena_id)
        build = build_wall_pdf if kind == "wall" else build_space_schedule_pdf
        name, language = self._arena_name(), self.ctx.language
        try:
            write_all_atomically(
                [(target, lambda temporary: build(wall, name, temporary, language=language))],
                error_key="wall.cannot_save",
            )
        except UserError as error:
            show_error(self.screen, error, self.ctx.language)
            return None
        self.saved = target
        say = getattr(self.screen, "say", None)
        if say is not None:
            say(arg(self.screen.tr("Saved: %1"), str(target)))
        return target

    def open_saved(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))

    # --- the projector -----------------------------------------------------------------

    def screen_menu(self) -> QMenu:
        """Which screen the projector view goes to (remembered, like the runner's)."""
        menu = QMenu(self.screen)
        menu.aboutToShow.connect(lambda: self._fill_screens(menu))
        return menu

    def _fill_screens(self, menu: QMenu) -> None:
        menu.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            text = f"{screen.name()} ({size.width()}×{size.height()})"
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(screen.name() == self.ctx.settings.projector_screen)
            action.setData(screen.name())
            action.triggered.connect(lambda _c=False, a=action: self.show_projector(a.data()))

    def show_projector(self, screen_name: str | None = None) -> WallProjectorWindow:
        if screen_name is not None:
            self.ctx.settings.projector_screen = screen_name
            self.ctx.settings.save()
        slot_id = getattr(self.screen, "chosen_slot_id", lambda: None)()
        if self.projector is None:
            self.projector = WallProjectorWindow(self.ctx)
        self.projector.show_slot(slot_id)
        self.projector.show_on(screen_by_name(self.ctx.settings.projector_screen))
        return self.projector

    def close(self) -> None:
        if self.projector is not None:
            self.projector.close()
