"""The report's participants: name (and role, for those who lead), title, organisation and
days, read only (members are edited on the Groups screen)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from arenadesk.store.groups import MemberRow
from arenadesk.ui.common.texts import days_label, role_label
from arenadesk.ui.report.sections import fit_height

LEADING_ROLES = ("facilitator", "owner", "resource")


class ParticipantsTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Job title or role"),
                self.tr("Organisation"),
                self.tr("Days"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Wrapped rows are as tall as their text at the width the columns end up with.
        self.horizontalHeader().sectionResized.connect(lambda *_: fit_height(self, spare_rows=0))

    def show_members(self, members: Sequence[MemberRow]) -> None:
        self.setRowCount(len(members))
        for row, member in enumerate(members):
            leader = role_label(member.role) if member.role.value in LEADING_ROLES else ""
            cells = (
                f"{member.name} ({leader})" if leader else member.name,
                member.title,
                member.organisation,
                days_label(member.days),
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
        fit_height(self, spare_rows=0)
