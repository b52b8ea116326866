"""Pasting people into a group: a preview of who is new and who is known, one transaction,
and an undo that takes exactly that back."""

from __future__ import annotations

from arenadesk.domain.people_paste import parse_pasted
from arenadesk.domain.vocabulary import Role
from arenadesk.services.people_paste import add_pasted, preview_paste, redo_paste, undo_paste
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code, get_group
from arenadesk.store.people import list_people


def test_paste_preview_add_undo_redo(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena, "1B")
    assert group is not None
    inside = group.members[0].name
    known = next(p for p in list_people(demo_db, arena) if not any(c == "1B" for c, _ in p.groups))
    pasted = parse_pasted(
        f"Ny Person, Rådgiver, NAV\n{known.name.upper()}\n{inside}\nAnnen Ny (fasilitator)"
    )
    rows = preview_paste(demo_db, arena, group.id, pasted.people)
    assert [(r.match is None, r.in_group) for r in rows] == [
        (True, False),
        (False, False),
        (False, True),
        (True, False),
    ]
    people_before = len(list_people(demo_db, arena))
    result = add_pasted(demo_db, arena, group.id, rows, Role.PARTICIPANT)
    assert len(result.created) == 2 and len(result.memberships) == 3
    after = get_group(demo_db, group.id)
    assert after is not None and after.member_count == group.member_count + 3
    added = {m.name: m for m in after.members}
    assert added["Ny Person"].title == "Rådgiver" and added["Ny Person"].days == ()
    assert added["Annen Ny"].role is Role.FACILITATOR
    assert added["Ny Person"].perspective.value == "ukjent"
    undo_paste(demo_db, result)
    assert get_group(demo_db, group.id).member_count == group.member_count  # type: ignore[union-attr]
    assert len(list_people(demo_db, arena)) == people_before
    redo_paste(demo_db, result)
    assert get_group(demo_db, group.id).member_count == group.member_count + 3  # type: ignore[union-attr]
