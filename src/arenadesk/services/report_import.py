"""Bring a group's Word report into the arena: plan what goes where, then write it in one
transaction. Without a group the document's code and title make a new group; an existing
group's empty sections are filled and filled ones replaced only when asked. Participants
are matched to the arena's people by name, or created with what the report says (nothing
more: no days, no perspective it did not give)."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field

from arenadesk.i18n.messages import UserError, message
from arenadesk.importers.docx_report import INLINE, TEXT_KEYS, ImportedReport
from arenadesk.importers.report_people import ImportedPerson
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store import report_template
from arenadesk.store import reports as report_store
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft
from arenadesk.store.people import PersonDraft


@dataclass
class ImportPlan:
    report: ImportedReport
    group_id: uuid.UUID | None  # None: a new group from the document's code and title
    code: str
    title: str
    write: dict[str, str] = field(default_factory=dict)  # section -> "fill" | "replace"
    kept: set[str] = field(default_factory=set)  # filled sections left as they are
    people: list[tuple[ImportedPerson, uuid.UUID | None, bool]] = field(default_factory=list)
    extra_keys: dict[str, str] = field(default_factory=dict)  # heading -> existing key
    replace: bool = False

    def lines(self, language: str) -> list[str]:
        """What goes where, one line per label of the document."""
        new = self.group_id is None
        out = [
            message(
                "report_import.group_new" if new else "report_import.group_existing",
                language,
                code=self.code,
                title=self.title,
            )
        ]
        if "description" in self.write:
            out.append(message("report_import.description", language))
        for written, where in self.report.placed:
            out.append(self._line(written, where, language))
        return out

    def _line(self, written: str, where: str, language: str) -> str:
        if where.startswith("participants:"):
            matched = sum(1 for _, pid, _ in self.people if pid is not None)
            already = sum(1 for _, _, member in self.people if member)
            return message(
                "report_import.people",
                language,
                written=written,
                matched=matched,
                new=len(self.people) - matched,
                already=already,
            )
        if where.startswith("extra:"):
            return message(
                "report_import.extra", language, written=written, heading=where[len("extra:") :]
            )
        if where == "empty":
            return message("report_import.empty", language, written=written)
        if where == "boards":
            return message("report_import.boards", language, written=written)
        section = message(f"section.{where}", language)
        if where in self.kept:
            return message("report_import.section_kept", language, written=written, section=section)
        key = (
            "report_import.section_replaced"
            if self.write.get(where) == "replace"
            else "report_import.section_filled"
        )
        return message(key, language, written=written, section=section)


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def plan_import(
    db: Database,
    arena_id: uuid.UUID,
    report: ImportedReport,
    *,
    group_code: str | None = None,
    replace: bool = False,
    path: object = "",
) -> ImportPlan:
    """What the import would do; reads, never writes."""
    if group_code:
        group = group_store.find_group_by_code(db, arena_id, group_code)
        if group is None:
            raise UserError("cli.no_group", code=group_code)
        plan = ImportPlan(report, group.id, group.code, group.title)
        texts = report_store.get_texts(db, group.id)
        current: dict[str, bool] = {key: bool(getattr(texts, key).strip()) for key in TEXT_KEYS}
        current["next_meeting"] = bool(texts.next_meeting.strip())
        current["caller"] = bool(texts.next_meeting_caller.strip())
        current["next_steps"] = bool(report_store.list_action_items(db, group.id))
        current["self_evaluation"] = not report_store.get_self_evaluation(db, group.id).is_empty
        current["description"] = bool(group.description.strip())
        members = {m.person_id for m in group.members}
    else:
        if not report.code:
            raise UserError("docx.no_code", path=path)
        if group_store.find_group_by_code(db, arena_id, report.code) is not None:
            raise UserError("docx.code_taken", code=report.code)
        plan = ImportPlan(report, None, report.code, report.title or report.code)
        current, members = {}, set()
    offered = _offered(report)
    for key in offered:
        if not current.get(key):
            plan.write[key] = "fill"
        elif replace:
            plan.write[key] = "replace"
        else:
            plan.kept.add(key)
    known = {_name_key(p.name): p.id for p in reversed(people_store.list_people(db, arena_id))}
    for person in report.participants:
        person_id = known.get(_name_key(person.name))
        plan.people.append((person, person_id, person_id in members))
    template = report_template.get_template(db, arena_id)
    plan.extra_keys = {s.heading.casefold(): s.key for s in template.extras()}
    plan.replace = replace
    return plan


def _offered(report: ImportedReport) -> list[str]:
    keys = [key for key in TEXT_KEYS if report.texts.get(key, "").strip()]
    if report.action_items:
        keys.append("next_steps")
    if report.next_meeting:
        keys.append("next_meeting")
    if report.next_meeting_caller:
        keys.append("caller")
    if not report.self_evaluation.is_empty:
        keys.append("self_evaluation")
    if report.description:
        keys.append("description")
    return keys


def apply_import(
    db: Database, arena_id: uuid.UUID, plan: ImportPlan
) -> tuple[uuid.UUID, ChangeSet]:
    """Write the plan in one transaction: all of it or nothing."""
    report = plan.report
    with db.session():
        if plan.group_id is None:
            description = report.description if "description" in plan.write else ""
            group_id = group_store.create_group(
                db, arena_id, GroupDraft(plan.code, plan.title, description)
            )
        else:
            group_id = plan.group_id
            if "description" in plan.write:
                group = group_store.get_group(db, group_id)
                assert group is not None
                group_store.update_group(
                    db,
                    group_id,
                    GroupDraft(
                        group.code,
                        group.title,
                        report.description,
                        group.main_area,
                        group.owner_org,
                    ),
                )
        _write_sections(db, group_id, plan)
        order = _write_people(db, arena_id, group_id, plan)
        _write_extras(db, arena_id, group_id, plan)
        if plan.group_id is None and order:
            group_store.set_member_order(db, group_id, order)
    changes = ChangeSet.kinds_of(Kind.GROUPS, Kind.PEOPLE, Kind.MEMBERSHIPS, Kind.REPORTS)
    return group_id, changes | ChangeSet.of(Kind.GROUPS, group_id)


def _write_sections(db: Database, group_id: uuid.UUID, plan: ImportPlan) -> None:
    report = plan.report
    for key in TEXT_KEYS:
        if key in plan.write:
            report_store.save_text(db, group_id, key, report.texts[key])
    for key in INLINE:
        if key in plan.write:
            field_name = "next_meeting" if key == "next_meeting" else "next_meeting_caller"
            value = report.next_meeting if key == "next_meeting" else report.next_meeting_caller
            report_store.save_text(db, group_id, field_name, value)
    if "next_steps" in plan.write:
        for entry in report_store.list_action_items(db, group_id):
            report_store.delete_action_item(db, entry.id)
        for item in report.action_items:
            report_store.add_action_item(db, group_id, item)
    if "self_evaluation" in plan.write:
        report_store.save_self_evaluation(db, group_id, report.self_evaluation)


def _write_people(
    db: Database, arena_id: uuid.UUID, group_id: uuid.UUID, plan: ImportPlan
) -> list[uuid.UUID]:
    """Match or create each person and put them in the group; the memberships in the
    document's order."""
    order: list[uuid.UUID] = []
    created: dict[str, uuid.UUID] = {}
    seen: set[uuid.UUID] = set()
    for person, person_id, member in plan.people:
        if person_id is None:
            person_id = created.get(_name_key(person.name))
        if person_id is None:
            person_id = people_store.create_person(
                db,
                arena_id,
                PersonDraft(person.name, person.title[:200], person.organisation[:200]),
            )
            created[_name_key(person.name)] = person_id
        if member or person_id in seen:
            continue
        seen.add(person_id)
        order.append(
            group_store.add_member(
                db, group_id, person_id, person.role, list(person.days), person.note[:200]
            )
        )
    return order


def _write_extras(db: Database, arena_id: uuid.UUID, group_id: uuid.UUID, plan: ImportPlan) -> None:
    texts = report_template.get_extra_texts(db, group_id)
    merged: dict[str, str] = {}
    for heading, text in plan.report.extras:
        if text.strip():
            merged[heading] = f"{merged[heading]}\n\n{text}" if heading in merged else text
    for heading, text in merged.items():
        key = plan.extra_keys.get(heading.casefold())
        if key is None:
            key = report_template.add_extra_section(db, heading, arena_id)
            plan.extra_keys[heading.casefold()] = key
        if not texts.get(key, "").strip() or plan.replace:
            report_template.save_extra_text(db, group_id, key, text)
        elif texts[key].strip() != text.strip():
            report_template.save_extra_text(db, group_id, key, f"{texts[key]}\n\n{text}")
