"""The group's standard report: the sections of the arena's report template (by default
those of the 2015 reports and the 2017 self-evaluation), suggestions from the boards,
and export to PDF and Word."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.report_template import (
    DEFAULT,
    DEFAULT_HEADINGS,
    ReportTemplate,
    TemplateSection,
)
from arenadesk.i18n.messages import ValidationError
from arenadesk.services import reports as report_service
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import report_template, reports
from arenadesk.ui.common.empty_state import EmptyState
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, index_of_data
from arenadesk.ui.common.group_choice import fill_with_groups
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.text_editor import RichTextEdit
from arenadesk.ui.common.texts import arg
from arenadesk.ui.report.output import ReportOutput
from arenadesk.ui.report.participants import ParticipantsTable
from arenadesk.ui.report.photos import ReportPhotos
from arenadesk.ui.report.sections import (
    ActionItemsEditor,
    SelfEvaluationEditor,
    text_box,
)
from arenadesk.ui.report.suggestions import SuggestionsDialog
from arenadesk.ui.report.template_dialog import ReportTemplateDialog
from arenadesk.ui.shell.context import UiContext

# The built-in sections' names on screen (the report prints the template's headings;
# a heading the organiser reworded shows as worded), and the editors' starting lines.
SECTION_LABELS = {
    "participants": QT_TRANSLATE_NOOP("ReportScreen", "Participants and their roles in the group"),
    "problem": QT_TRANSLATE_NOOP("ReportScreen", "Describe the problem"),
    "result": QT_TRANSLATE_NOOP("ReportScreen", "Result (from the group's work)"),
    "concretisation": QT_TRANSLATE_NOOP("ReportScreen", "Making the result concrete"),
    "next_steps": QT_TRANSLATE_NOOP("ReportScreen", "Further work on the challenge (next steps)"),
    "web_use": QT_TRANSLATE_NOOP("ReportScreen", "Desired use of the website"),
    "comments": QT_TRANSLATE_NOOP("ReportScreen", "Comments from the group"),
    "self_evaluation": QT_TRANSLATE_NOOP("ReportScreen", "Self-evaluation"),
}
EDITOR_LINES = {"problem": 5, "result": 5, "concretisation": 5, "web_use": 2, "comments": 3}
EXTRA_LINES = 3


class ReportScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group_id: uuid.UUID | None = None
        self.template: ReportTemplate = DEFAULT
        self.errors = InlineErrors()
        self.saver = AutoSaver(self.save_texts, self)
        self.output = ReportOutput(self, ctx.language)
        self.group = QComboBox()
        # A 200-character title must not widen the window past a laptop's screen.
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(24)
        self.group.currentIndexChanged.connect(lambda _i: self.load())
        self.group.currentIndexChanged.connect(lambda _i: ctx.choose_group(self.group_id))
        ctx.signals.group_chosen.connect(self._follow_group)
        self.suggest_button = QPushButton(icon("add"), self.tr("Suggestions from the boards…"))
        self.suggest_button.clicked.connect(self.suggest)
        self.template_button = QPushButton(icon("template"), self.tr("Report template…"))
        self.template_button.clicked.connect(self.edit_template)
        self.pdf_button = QPushButton(icon("save_copy"), self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button = QPushButton(icon("save_copy"), self.tr("Save as Word…"))
        self.docx_button.clicked.connect(lambda: self.export("docx", ask=True))
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group, 1)
        self.group_tools: tuple[QWidget, ...] = (
            self.group,
            self.suggest_button,
            self.template_button,
            self.pdf_button,
            self.docx_button,
            self.print_button,
        )
        for button in self.group_tools[1:]:
            top.addWidget(button)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.saved_to = QLabel()
        self.saved_to.setWordWrap(True)
        self.saved_to.setOpenExternalLinks(False)
        self.saved_to.linkActivated.connect(
            lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link))
        )

        body = QWidget()
        self.form = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.form.addWidget(self.heading)
        # Each section is a block (its heading and editor), arranged in the template's order.
        self.blocks: dict[str, QWidget] = {}
        self.titles: dict[str, QLabel] = {}
        self.participants = ParticipantsTable()
        self._block(
            "participants",
            self.participants,
            QLabel(self.tr("Edit the members on the Groups screen.")),
        )
        self.texts: dict[str, RichTextEdit] = {}
        for field, lines in EDITOR_LINES.items():
            self.texts[field] = self._text(field, lines)
            self._block(field, self.texts[field])
        self.action_items = ActionItemsEditor(ctx)
        self.next_meeting = QLineEdit()
        self.caller = QLineEdit()
        for widget in (self.next_meeting, self.caller):
            self.saver.watch(widget)
        meeting_box = QWidget()
        meeting = QFormLayout(meeting_box)
        meeting.setContentsMargins(0, 0, 0, 0)
        meeting.addRow(self.tr("Next meeting"), self.next_meeting)
        meeting.addRow(self.tr("Called by"), self.caller)
        self._block("next_steps", self.action_items, meeting_box)
        self.evaluation = SelfEvaluationEditor(ctx)
        self._block("self_evaluation", self.evaluation)
        self.extras: dict[str, RichTextEdit] = {}
        self.photos = ReportPhotos(ctx)  # *Bilder*: after the template's sections
        self.form.addWidget(self.photos)
        self.form.addWidget(self.errors.label_for("report_text"))
        self.form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.saved_to)
        # An arena without groups: what to do next instead of an empty form.
        self.empty = EmptyState()
        self.empty.say(
            self.tr("This arena has no challenge groups yet"),
            self.tr("Create a group first; its report is written here."),
        )
        self.pages = QStackedWidget()
        self.form_page = scroll
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        ctx.signals.database_changed.connect(self.reload)
        ctx.signals.changed.connect(self._on_changed)
        self.reload()

    def _block(self, key: str, *widgets: QWidget) -> QWidget:
        block = QWidget()
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel()
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #0b3d6e; margin-top: 10px;")
        column.addWidget(title)
        for widget in widgets:
            column.addWidget(widget)
        self.blocks[key], self.titles[key] = block, title
        block.hide()
        return block

    def _text(self, field: str, lines: int) -> RichTextEdit:
        box = text_box(lines)
        box.setObjectName(field)
        self.saver.watch(box)
        return box

    def _title(self, section: TemplateSection) -> str:
        """The organiser's heading when reworded, else the section's name in the UI's language."""
        label = SECTION_LABELS.get(section.key)
        if label is None or section.heading != DEFAULT_HEADINGS.get(section.key):
            return section.heading
        return self.tr(str(label))

    def _arrange(self) -> None:
        """Show the template's sections in its order, with editors for its extra sections."""
        self.template = report_template.get_template(self.ctx.db)
        for key in [k for k in self.extras if not self.template.has(k)]:
            self.extras.pop(key)
            block = self.blocks.pop(key)
            self.titles.pop(key)
            block.deleteLater()
        for section in self.template.extras():
            if section.key not in self.extras:
                self.extras[section.key] = self._text(section.key, EXTRA_LINES)
                self._block(section.key, self.extras[section.key])
        for block in self.blocks.values():
            self.form.removeWidget(block)
            block.hide()
        position = 1  # below the group's heading
        for section in self.template.sections:
            shown = self.blocks.get(section.key)
            if shown is None:  # the boards print from the Boards screen's data
                continue
            self.titles[section.key].setText(self._title(section))
            self.form.insertWidget(position, shown)
            shown.show()
            position += 1

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        fill_with_groups(self.group, self.ctx)
        self.pages.setCurrentIndex(1 if self.group.count() == 0 else 0)
        if self.saver.pending:
            self.saver.flush()
        self._arrange()
        self.load()

    def _follow_group(self, group_id: object) -> None:
        if isinstance(group_id, uuid.UUID) and group_id != self.group_id:
            self.select(group_id)

    def select(self, group_id: uuid.UUID) -> None:
        self.group.setCurrentIndex(max(index_of_data(self.group, group_id), 0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS, Kind.PEOPLE, Kind.MEMBERSHIPS):
            self.reload()
        elif changes.affects(Kind.REPORTS, Kind.BOARDS):
            self._check()

    def load(self) -> None:
        if self.saver.pending:
            self.saver.flush()
        self.group_id = self.group.currentData()
        # Without a group nothing here can be used, except the empty state's button.
        for widget in (*self.group_tools, self.form_page):
            widget.setEnabled(self.group_id is not None)
        if self.group_id is None:
            return
        group = group_store.get_group(self.ctx.db, self.group_id)
        assert group is not None
        self.heading.setText(f"{group.code}  {group.title}")
        self.photos.panel.set_owner({"group_id": self.group_id})
        self.group.setToolTip(f"{group.code} {group.title}")
        self.participants.show_members(group.members)
        texts = reports.get_texts(self.ctx.db, self.group_id)
        extras = report_template.get_extra_texts(self.ctx.db, self.group_id)
        self.saver.suspended = True
        for field, box in self.texts.items():
            box.setPlainText(getattr(texts, field))
        for key, box in self.extras.items():
            box.setPlainText(extras.get(key, ""))
        self.next_meeting.setText(texts.next_meeting)
        self.caller.setText(texts.next_meeting_caller)
        self.saver.suspended = False
        self.errors.clear()
        self.action_items.load(self.group_id)
        self.evaluation.load(self.group_id)
        self.saved_to.clear()
        self._check()

    def _check(self) -> None:
        """The completeness check: which of the template's sections are still empty."""
        if self.group_id is None:
            return
        names = {
            "participants": self.tr("participants"),
            "problem": self.tr("the problem"),
            "result": self.tr("the result"),
            "concretisation": self.tr("making it concrete"),
            "next_steps": self.tr("next steps"),
            "web_use": self.tr("use of the website"),
            "comments": self.tr("comments"),
            "self_evaluation": self.tr("self-evaluation"),
        }
        empty = reports.assemble_group_report(
            self.ctx.db, self.group_id, boards=False
        ).empty_sections()
        if empty:
            self.missing.setText(
                arg(
                    self.tr("Still empty (left out of the report): %1"),
                    ", ".join(names.get(s.key, s.heading) for s in empty),
                )
            )
            self.missing.setStyleSheet("color: #8a5300;")
        else:
            self.missing.setText(self.tr("Every section is filled in."))
            self.missing.setStyleSheet("color: #1b6e2a;")

    # --- editing -----------------------------------------------------------------------

    def save_texts(self) -> None:
        if self.group_id is None:
            return
        values = {field: box.toPlainText() for field, box in self.texts.items()}
        values["next_meeting"] = self.next_meeting.text()
        values["next_meeting_caller"] = self.caller.text()
        extras = {key: box.toPlainText() for key, box in self.extras.items()}
        try:
            changes = report_service.save_texts(self.ctx.db, self.group_id, values, extras)
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.errors.clear()
        self.ctx.signals.announce(changes)

    def edit_template(self) -> None:
        """The organiser's report template for the arena; the screen follows it."""
        self.saver.flush()
        dialog = ReportTemplateDialog(self.ctx, self)
        if dialog.exec():
            self._arrange()
            self.load()
            self.ctx.signals.announce(dialog.changes)

    def suggest(self) -> None:
        if self.group_id is None:
            return
        self.saver.flush()
        found = reports.board_suggestions(self.ctx.db, self.group_id)
        dialog = SuggestionsDialog(found, self)
        if dialog.exec() and dialog.chosen():
            changes = report_service.apply_suggestions(self.ctx.db, self.group_id, dialog.chosen())
            self.load()
            self.ctx.signals.announce(changes)

    def export(self, kind: str, *, ask: bool = False) -> Path | None:
        """Save the report; a PDF goes straight to the reports folder (one click)."""
        if self.group_id is None:
            return None
        self.saver.flush()
        report = reports.assemble_group_report(self.ctx.db, self.group_id, self.ctx.language)
        target = self.output.save(report, kind, ask=ask)
        if target is not None:
            self.saved_to.setText(
                arg(self.tr('Saved: <a href="%1">%2</a>'), str(target.parent), str(target))
            )
        return target

    def print_report(self) -> str | None:
        """Print the very PDF that "Save as PDF" writes, through the system print dialog."""
        if self.group_id is None:
            return None
        self.saver.flush()
        report = reports.assemble_group_report(self.ctx.db, self.group_id, self.ctx.language)
        where = self.output.print(report)
        if where is not None:
            self.saved_to.setText(arg(self.tr("Sent to %1."), where))
        return where
