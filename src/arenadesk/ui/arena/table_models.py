"""Qt table models over the store's row objects (groups, people, members)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from arenadesk.domain.vocabulary import Role
from arenadesk.store.rows import GroupRow, MemberRow, PersonRow
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import (
    Counts,
    days_label,
    percent,
    perspective_label,
    role_label,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
# Roles as plain ints: a view asks every cell for a dozen roles on each paint and resize,
# and looking up PySide6's enum members every time cost more than the answers.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over frozen row objects; columns are (untranslated header, getter)."""

    # Headers are QT_TRANSLATE_NOOP markers (typed as object), translated when shown.
    def __init__(self, columns: Sequence[tuple[Any, Callable[[Row], Any]]]) -> None:
        super().__init__()
        self._columns = columns
        self._rows: list[Row] = []
        self._shown: dict[tuple[int, int], Any] = {}  # (row, column) -> its text, once made

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown.clear()
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("tables", str(self._columns[section][0]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY_ROLE, SORT_ROLE):
            # Rows are frozen: each cell's text is made once (a label, a translation, a
            # judged mix), however often the view paints or measures it.
            cell = (index.row(), index.column())
            shown = self._shown.get(cell, self)
            if shown is self:
                shown = self._shown[cell] = self._columns[cell[1]][1](self._rows[cell[0]])
            return shown
        return self.extra_data(self._rows[index.row()], index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        return None


def diversity_badge(group: GroupRow) -> str:
    mix = group.diversity
    if not mix.total or mix.dominant is None:
        return ""
    return f"{percent(mix.dominant_share)} {perspective_label(mix.dominant)}"


def diversity_tooltip(group_or_mix: Any) -> str:
    mix = group_or_mix.diversity if isinstance(group_or_mix, GroupRow) else group_or_mix
    lines = [f"{perspective_label(p)}: {n} ({percent(share)})" for p, n, share in mix.shares()]
    rule = QCoreApplication.translate(
        "tables",
        "The arena's principle: at most 70 % of a group from one perspective, so that users, "
        "service providers, researchers, authorities and employers meet.",
    )
    if mix.unknown:
        rule += "\n" + Counts().perspective_basis(mix.known)
    return "\n".join([*lines, "", rule]) if lines else rule


class GroupTableModel(RowTableModel[GroupRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("tables", "Code"), lambda g: g.code),
                (QT_TRANSLATE_NOOP("tables", "Title"), lambda g: g.title),
                (
                    QT_TRANSLATE_NOOP("tables", "Owner"),
                    lambda g: g.owner_org or ", ".join(g.owners),
                ),
                (QT_TRANSLATE_NOOP("tables", "Facilitators"), lambda g: ", ".join(g.facilitators)),
                (QT_TRANSLATE_NOOP("tables", "Members"), lambda g: g.member_count),
                (QT_TRANSLATE_NOOP("tables", "Diversity"), diversity_badge),
            ]
        )

    def extra_data(self, row: GroupRow, column: int, role: int) -> Any:
        if column == 5 and role == TOOLTIP_ROLE:
            return diversity_tooltip(row)
        # The view asks every cell for a dozen roles: the mix is judged only where it shows.
        warned = role in (DECORATION_ROLE, FOREGROUND_ROLE)
        if column == 5 and warned and row.diversity.too_homogeneous:
            if role == DECORATION_ROLE:
                return icon("warning", WARNING_COLOUR)
            return QBrush(QColor(WARNING_COLOUR))
        if column == 4 and role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED
        if column == 1 and role == TOOLTIP_ROLE:
            return row.description or None
        return None


class PeopleTableModel(RowTableModel[PersonRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("tables", "Name"), lambda p: p.name),
                (QT_TRANSLATE_NOOP("tables", "Job title"), lambda p: p.title),
                (QT_TRANSLATE_NOOP("tables", "Organisation"), lambda p: p.organisation),
                (
                    QT_TRANSLATE_NOOP("tables", "Perspective"),
                    lambda p: perspective_label(p.perspective),
                ),
                (
                    QT_TRANSLATE_NOOP("tables", "Groups"),
                    lambda p: ", ".join(
                        code if role is Role.PARTICIPANT else f"{code} ({role_label(role)})"
                        for code, role in p.groups
                    ),
                ),
            ]
        )


class MembersTableModel(RowTableModel[MemberRow]):
    def __init__(self) -> None:
        self.day_count = 2
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("tables", "Name"), lambda m: m.name),
                (QT_TRANSLATE_NOOP("tables", "Role"), lambda m: role_label(m.role)),
                (QT_TRANSLATE_NOOP("tables", "Job title"), lambda m: m.title),
                (QT_TRANSLATE_NOOP("tables", "Organisation"), lambda m: m.organisation),
                (
                    QT_TRANSLATE_NOOP("tables", "Perspective"),
                    lambda m: perspective_label(m.perspective),
                ),
                (
                    QT_TRANSLATE_NOOP("tables", "Present"),
                    lambda m: " · ".join(
                        part
                        for part in (days_label(m.days, self.day_count), m.attendance_note)
                        if part
                    ),
                ),
            ]
        )

    def extra_data(self, row: MemberRow, column: int, role: int) -> Any:
        leader = row.role in (Role.FACILITATOR, Role.OWNER)
        if role == FONT_ROLE and leader and column in (0, 1):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
