"""The group combo box of the runner, the boards and the report screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from arenadesk.ui.common.forms import index_of_data

if TYPE_CHECKING:
    from arenadesk.ui.shell.context import UiContext


def fill_with_groups(combo: QComboBox, ctx: UiContext) -> None:
    """The arena's groups as "code  title", each with its id as data. The group chosen in
    it before (else the current group) stays chosen, else the first. No signal while it is
    filled: the caller goes on from the group now chosen."""
    from arenadesk.store.groups import list_groups

    chosen = combo.currentData() or ctx.current_group
    combo.blockSignals(True)
    combo.clear()
    for group in list_groups(ctx.db, ctx.arena_id):
        combo.addItem(f"{group.code}  {group.title}", group.id)
    combo.setCurrentIndex(max(index_of_data(combo, chosen), 0))
    combo.blockSignals(False)
