"""The organiser's exports in the File menu: the compiled arena report (PDF or Word), the
spreadsheets (Excel or CSV) and the Open Space inputs and working reports (all four). The
work is done by `reports.saving` and `reports.sheets`; this module asks for the file and
says where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from arenadesk.domain.report import report_file_name
from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import reports_dir
from arenadesk.ui.common.background import Cancelled, Progress, run_with_progress
from arenadesk.ui.common.forms import AutoSaver, show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.shell.context import UiContext


def add_actions(
    window: QMainWindow, menu: QMenu, ctx: UiContext
) -> tuple[QAction, QAction, QAction]:
    """'Arena report…', 'Export spreadsheet…' and 'Export inputs and working reports…' at
    the end of `menu`."""
    report = menu.addAction(
        icon("report"), QCoreApplication.translate("ArenaExport", "&Arena report…")
    )
    report.triggered.connect(lambda: export_arena_report(window, ctx))
    sheets = menu.addAction(
        icon("table"), QCoreApplication.translate("ArenaExport", "Export &spreadsheet…")
    )
    sheets.triggered.connect(lambda: export_spreadsheet(window, ctx))
    proceedings = menu.addAction(
        icon("export"),
        QCoreApplication.translate("ArenaExport", "Export &inputs and working reports…"),
    )
    proceedings.triggered.connect(lambda: export_proceedings(window, ctx))
    return report, sheets, proceedings


def _default_name(ctx: UiContext, what: str, extension: str) -> Path:
    arena = ctx.arena()
    name = arena.name if arena else "ArenaDesk"
    return reports_dir() / report_file_name(name, what, extension)


def _ask(parent: QWidget, title: str, default: Path, filters: list[tuple[str, str]]) -> Path | None:
    """A save dialog; a name typed without an extension gets the chosen filter's one."""
    patterns = ";;".join(f"{label} (*.{extension})" for label, extension in filters)
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(default), patterns)
    if not chosen:
        return None
    path = Path(chosen)
    known = {extension for _label, extension in filters}
    if path.suffix.lower().lstrip(".") not in known:
        extension = next((e for label, e in filters if selected.startswith(label)), filters[0][1])
        path = path.with_name(f"{path.name}.{extension}")
    return path


def _target(
    parent: QWidget,
    ctx: UiContext,
    target: Path | None,
    title: str,
    what: str,
    filters: list[tuple[str, str]],
) -> Path | None:
    """The file to write (asked for unless given, offering `what` named after the arena
    with the first filter's extension), with what was just typed saved first; None when
    the person cancelled."""
    if target is None:
        target = _ask(parent, title, _default_name(ctx, what, filters[0][1]), filters)
    if target is not None:
        _flush_typing(parent)
    return target


def _step_reporter(progress: Progress, labels: dict[str, str]) -> Callable[[str], None]:
    """A use case's steps as the progress dialog's numbered, labelled steps."""
    order = list(labels)

    def on_step(step: str) -> None:
        progress(order.index(step), len(order), labels[step])

    return on_step


def _flush_typing(parent: QWidget) -> None:
    """What was typed a moment ago belongs in the export."""
    window = parent.window()
    for saver in window.findChildren(AutoSaver):
        if saver.pending:
            saver.flush()


def export_arena_report(parent: QWidget, ctx: UiContext, target: Path | None = None) -> Path | None:
    """Ask for a .pdf or .docx file (unless `target` is given) and write the report."""
    from arenadesk.services import exports

    target = _target(
        parent,
        ctx,
        target,
        QCoreApplication.translate("ArenaExport", "Save the arena report"),
        "arenarapport",
        [
            (QCoreApplication.translate("ArenaExport", "PDF"), "pdf"),
            (QCoreApplication.translate("ArenaExport", "Word document"), "docx"),
        ],
    )
    if target is None:
        return None
    destination = target
    steps = {
        "reading": QCoreApplication.translate("ArenaExport", "Reading the reports…"),
        "writing": QCoreApplication.translate("ArenaExport", "Writing the arena report…"),
    }

    def work(progress: Progress) -> None:
        exports.export_arena_report(
            ctx.db, ctx.arena_id, destination, ctx.language, _step_reporter(progress, steps)
        )

    if not _in_background(parent, ctx, work):
        return None
    _tell_saved(
        parent, QCoreApplication.translate("ArenaExport", "The arena report was saved:"), [target]
    )
    return target


def export_spreadsheet(parent: QWidget, ctx: UiContext, target: Path | None = None) -> list[Path]:
    """Ask for an .xlsx or .csv file (unless `target` is given) and write the tables; a
    .csv name gets three files beside it, one per table."""
    from arenadesk.services.exports import export_sheets

    target = _target(
        parent,
        ctx,
        target,
        QCoreApplication.translate("ArenaExport", "Export spreadsheet"),
        "regneark",
        [
            (QCoreApplication.translate("ArenaExport", "Excel workbook"), "xlsx"),
            (QCoreApplication.translate("ArenaExport", "CSV, one file per table"), "csv"),
        ],
    )
    if target is None:
        return []
    destination = target
    written: list[Path] = []

    def work(progress: Progress) -> None:
        written.extend(export_sheets(ctx.db, ctx.arena_id, destination, ctx.language))

    if not _in_background(parent, ctx, work):
        return []
    _tell_saved(
        parent, QCoreApplication.translate("ArenaExport", "The spreadsheet was saved:"), written
    )
    return written


def export_proceedings(parent: QWidget, ctx: UiContext, target: Path | None = None) -> Path | None:
    """Ask for a file (unless `target` is given) and write the Open Space inputs and
    working reports: .pdf or .docx with both appendices, .xlsx or .csv with the inputs."""
    from arenadesk.services import exports

    target = _target(
        parent,
        ctx,
        target,
        QCoreApplication.translate("ArenaExport", "Export inputs and working reports"),
        "innspill",
        [
            (QCoreApplication.translate("ArenaExport", "PDF"), "pdf"),
            (QCoreApplication.translate("ArenaExport", "Word document"), "docx"),
            (QCoreApplication.translate("ArenaExport", "Excel workbook"), "xlsx"),
            (QCoreApplication.translate("ArenaExport", "CSV"), "csv"),
        ],
    )
    if target is None:
        return None
    destination = target

    def work(progress: Progress) -> None:
        exports.export_proceedings(
            ctx.db, ctx.arena_id, destination, ctx.language, lambda _step: progress.check()
        )

    if not _in_background(parent, ctx, work):
        return None
    _tell_saved(
        parent,
        QCoreApplication.translate("ArenaExport", "The inputs and working reports were saved:"),
        [target],
    )
    return target


def _in_background(parent: QWidget, ctx: UiContext, work: Callable[[Progress], None]) -> bool:
    """Run the export in a worker behind a progress dialog; False (and said why) when it
    failed or was cancelled, in which case nothing was written."""
    label = QCoreApplication.translate("ArenaExport", "Exporting…")
    try:
        run_with_progress(parent, label, work)
    except Cancelled:
        return False
    except UserError as error:
        show_error(parent, error, ctx.language)
        return False
    return True


def _tell_saved(parent: QWidget, lead: str, paths: list[Path]) -> QMessageBox:
    """Where the files went, in a box that does not block (Esc or OK closes it)."""
    box = QMessageBox(parent)
    box.setObjectName("arena-export-saved")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("ArenaDesk")
    box.setText(lead)
    box.setInformativeText("\n".join(str(path) for path in paths))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(QCoreApplication.translate("buttons", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    if isinstance(parent.window(), QMainWindow):
        status = parent.window().statusBar()  # type: ignore[attr-defined]
        status.showMessage(f"{lead} {paths[0]}" if len(paths) == 1 else lead, 15_000)
    return box
