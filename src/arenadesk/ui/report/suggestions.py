"""What the group's boards suggest for the report, confirmed per section."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from arenadesk.store import reports
from arenadesk.ui.common.forms import translate_buttons


class SuggestionsDialog(QDialog):
    """Shows what the boards suggest; only the ticked sections are added, to the end."""

    def __init__(self, found: reports.Suggestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggestions from the boards"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These notes from the group's boards can be added. Nothing you have typed is "
                    "changed; what is already there is not added again."
                )
            )
        )
        self.choices: dict[str, QCheckBox] = {}
        names = {
            "problem": self.tr("Problem (from the challenges and barriers)"),
            "result": self.tr("Result (from the goal and the vision)"),
            "action_items": self.tr("Next steps (from the road and the measures)"),
        }
        for section, name in names.items():
            lines = found.for_section(section)
            box = QCheckBox(f"{name}: {len(lines)}")
            box.setChecked(bool(lines))
            box.setEnabled(bool(lines))
            preview = QLabel(
                "\n".join(f"– {line}" for line in lines[:8]) + ("\n…" if len(lines) > 8 else "")
            )
            preview.setStyleSheet("color: #555; margin-left: 24px;")
            preview.setWordWrap(True)
            self.choices[section] = box
            layout.addWidget(box)
            layout.addWidget(preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        return {section for section, box in self.choices.items() if box.isChecked()}
