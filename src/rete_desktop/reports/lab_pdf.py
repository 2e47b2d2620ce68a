"""PDFs of the laboratorio distrettuale: a case item, the agenda and the minutes (Italian;
the item's rows are also shown on screen in the UI language).

They print only what the pseudonymised documents hold (case codes, age bands, risk, children,
requests, decisions, actions) plus the network's and the offices' names: never a person's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from rete_desktop.domain.dates import day
from rete_desktop.i18n import translate
from rete_desktop.lab import age_bands
from rete_desktop.lab.details import MeetingDetails, from_json
from rete_desktop.messages import vocabulary
from rete_desktop.reports.paged import build_paged_pdf
from rete_desktop.reports.pdfdoc import field_table, para

# An item's fields and the vocabularies naming their values (messages/vocabulary.py).
_GROUPS = {"kind": ("OfficeKind", True), "status": ("CaseStatus", False),
           "risk": ("RiskLevel", False), "exposure": ("ChildExposure", False),
           "role": ("PersonRole", True)}


def vocabulary_word(group: str, value: str | None, lang: str, fallback: str) -> str:
    """An item's stored value (``risk``/``high``) as the documents name it; else ``fallback``."""
    name, capital = _GROUPS[group]
    if value is None or value not in vocabulary.VOCABULARIES[name]:
        return fallback
    return vocabulary.formal(name, value, lang, capital=capital)


def item_rows(summary: dict[str, Any], lang: str = "it") -> list[tuple[str, str]]:
    """Label/value rows of a pseudonymised item (shared by the PDFs, the app's preview and
    ``rete lab item --show``), in ``lang`` (the documents' Italian unless one is passed)."""

    def t(key: str, **params: Any) -> str:
        return translate(f"lab_pdf.{key}", lang, **params)

    def word(group: str, value: str | None, fallback: str) -> str:
        return vocabulary_word(group, value, lang, fallback)

    def age(entry: dict[str, Any]) -> str:
        band = age_bands.band_of_entry(entry)  # items stored with exact ages show bands too
        return t("age_unknown") if band is None else t("age_band", band=age_bands.display(band))

    children = summary["children"]
    kids = ", ".join(
        f"{age(c)} ({word('exposure', c['exposure'], t('exposure.none'))})"
        for c in children["list"]
    )
    persons = "; ".join(f"{word('role', p['role'], p['role'])}: {age(p)}"
                        for p in summary["persons"]) or "-"
    if summary.get("children_withheld"):
        children_text = t("children_withheld")
    else:
        children_text = t("children_count", count=children["count"],
                          witnessed=children["witnessed"], direct=children["direct"]) \
            + (f": {kids}" if kids else "")
    shared = [(t("shared_codes"), ", ".join(summary["shared_codes"]))] \
        if summary.get("shared_codes") else []
    return [
        (t("case_code"), summary["case_code"]),
        (t("office"), word("kind", summary["office_kind"], summary["office_kind"])),
        (t("status"), word("status", summary["status"], summary["status"])),
        (t("risk"), word("risk", summary["risk"], summary["risk"])),
        (t("persons"), persons),
        (t("children"), children_text),
        *shared,
        *record_rows(summary, lang),
        (t("request"), summary["request"] or "-"),
    ]


def record_rows(summary: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """The basis and the structured record of an item (none in items from older versions)."""
    def words(name: str, values: list[str]) -> str:
        return ", ".join(vocabulary.label(name, v, lang) for v in values) or "-"

    rows = []
    if summary.get("basis"):
        rows.append((translate("lab_pdf.basis", lang),
                     vocabulary.label("SharingBasis", summary["basis"], lang)))
    record = summary.get("record")
    if not record:
        return rows
    a = record.get("assessment")
    if a:
        rows.append((translate("lab_pdf.assessment", lang), translate(
            "lab_pdf.assessment_line", lang, level=vocabulary.label("RiskLevel", a["level"],
                                                                    lang),
            score=a["score"], instrument=a["instrument"], yes=", ".join(a["yes"]) or "-")))
    if record.get("relation"):
        rows.append((translate("lab_pdf.relation", lang),
                     vocabulary.label("Relation", record["relation"], lang)))
    rows += [(translate(f"lab_pdf.{key}", lang), words(name, record.get(key, [])))
             for key, name in (("violence", "ViolenceForm"), ("measures", "MeasureKind"),
                               ("services", "ServiceKind"))]
    return rows


def _t(key: str, lang: str, **params: Any) -> str:
    return translate(f"lab_pdf.{key}", lang, **params)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table with bold column names repeated on each page."""
    table = Table([[para(h, "Label") for h in header], *[[para(c) for c in r] for r in rows]],
                  colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _offices_table(rows: Sequence[dict[str, str]], details: MeetingDetails, lang: str,
                   attendance: bool) -> Table:
    """Each office with its kind and its representatives (and, in the minutes, presence)."""
    header = [_t("col.office", lang), _t("col.kind", lang), _t("col.representatives", lang)]
    if attendance:
        header.append(_t("col.attendance", lang))
    data = [[o["name"], vocabulary_word("kind", o["kind"], lang, o["kind"]),
             details.names_for(o["office_id"]) or "-",
             *([o["mark"]] if attendance else [])] for o in rows]
    widths = [65 * mm, 40 * mm, 45 * mm, 20 * mm] if attendance else [70 * mm, 45 * mm,
                                                                       55 * mm]
    return _grid(header, data, widths)


def _header(kind: str, doc: dict[str, Any], lang: str) -> str:
    return _t("header", lang, network=doc["network"], document=kind,
              date=day(doc["date"]))


def _intro(title: str, doc: dict[str, Any], lang: str = "it") -> list[Flowable]:
    details = from_json(doc.get("details"), "document")
    chair = doc["chair"]["name"] + (f" — {details.chair_person}" if details.chair_person
                                    else "")
    rows = [(_t("date", lang), day(doc["date"]))]
    rows += [(_t("time", lang), details.time)] if details.time else []
    rows += [(_t("place", lang), details.place)] if details.place else []
    rows.append((_t("chair", lang), chair))
    rows += [(_t("secretary", lang), details.secretary)] if details.secretary else []
    return [
        para(doc["network"], "Title"),
        para(_t("subtitle", lang, document=title), "Heading2"),
        field_table(rows),
        Spacer(1, 4 * mm),
        para(_t("pseudonymised", lang), "Italic"),
        Spacer(1, 4 * mm),
    ]


def item_pdf(summary: dict[str, Any], network: str, sender: str, chair: str,
             on: date) -> bytes:
    """One item as proposed to the chair (travels with the agenda-item packet)."""
    doc = {"network": network, "date": on.isoformat(), "chair": {"name": chair}}
    story = _intro(_t("doc.item", "it"), doc)
    story += [field_table([(_t("sent_by", "it"), sender)]), Spacer(1, 4 * mm),
              field_table(item_rows(summary))]
    return build_paged_pdf("Laboratorio - proposta", _header(_t("doc.item_short", "it"), doc,
                                                             "it"), story)


def _decisions_and_actions(
    item_id: str | None, minutes: dict[str, Any], names: dict[str, str], lang: str
) -> list[Flowable]:
    out: list[Flowable] = []
    decisions = [d for d in minutes["decisions"] if d["item_id"] == item_id]
    actions = [a for a in minutes["actions"] if a["item_id"] == item_id]
    if decisions:
        out.append(para(_t("decisions", lang), "Heading5"))
        out += [para(f"• {d['text']}") for d in decisions]
    if actions:
        out.append(para(_t("actions", lang), "Heading5"))
        out.append(_grid(
            [_t("col.action", lang), _t("col.owner", lang), _t("col.due", lang)],
            [[a["title"], names.get(a["owner_office_id"], a["owner_office_id"]),
              day(a["due"]) if a["due"] else "-"] for a in actions],
            [85 * mm, 60 * mm, 25 * mm]))
    return out


def _items(doc: dict[str, Any], minutes: dict[str, Any] | None, lang: str) -> list[Flowable]:
    """Urgencies first, then the complex cases, each item with its decisions and actions."""
    names = _names(doc)
    urgent = set(from_json(doc.get("details"), "document").urgent)
    story: list[Flowable] = []
    for heading, empty, entries in (
            ("section.urgent", "no_urgent", [e for e in doc["items"] if e["item_id"] in urgent]),
            ("section.complex", "no_items",
             [e for e in doc["items"] if e["item_id"] not in urgent])):
        # the heading goes in the first item's block, so it never ends a page alone
        title: list[Flowable] = [para(_t(heading, lang), "Heading2")]
        if not entries:
            story += [KeepTogether([*title, para(_t(empty, lang))]), Spacer(1, 4 * mm)]
        for entry in entries:
            block: list[Flowable] = [
                *title,
                para(_t("item_title", lang, position=entry["position"],
                        code=entry["summary"]["case_code"]), "Heading3"),
                field_table(item_rows(entry["summary"], lang)),
            ]
            title = []
            if minutes is not None:
                block += _decisions_and_actions(entry["item_id"], minutes, names, lang)
            story += [KeepTogether(block), Spacer(1, 4 * mm)]
    return story


def _section_heading(text: str) -> Flowable:
    """A section heading that never ends a page (it moves on with what follows)."""
    return KeepTogether([CondPageBreak(40 * mm), para(text, "Heading2")])


def _prevention(doc: dict[str, Any], minutes: dict[str, Any] | None, lang: str,
                names: dict[str, str]) -> list[Flowable]:
    """The prevention actions on the agenda, then the minutes' general decisions and
    actions (those on no case: prevention, organisation)."""
    details = from_json(doc.get("details"), "document")
    story: list[Flowable] = [_section_heading(_t("section.prevention", lang))]
    story += [para(f"{n}. {text}") for n, text in enumerate(details.prevention, 1)] or \
        [para(_t("no_prevention", lang))]
    if minutes is not None:
        general = _decisions_and_actions(None, minutes, names, lang)
        if general:
            story += [Spacer(1, 2 * mm), *general]
    return story


def _signatures(doc: dict[str, Any], lang: str, minutes: bool) -> Flowable:
    """Lines to sign the paper copy: the chair, and for the minutes the verbalizzante."""
    details = from_json(doc.get("details"), "document")
    who = [(_t("sign.chair", lang), details.chair_person or doc["chair"]["name"])]
    if minutes:
        who.insert(0, (_t("sign.secretary", lang), details.secretary or ""))
    gap: list[Flowable | str] = [""]  # a blank column keeps the two signature lines apart
    cells = [sum(([para(role, "Label")] + gap for role, _ in who), [])[:-1],
             sum(([para(name)] + gap for _, name in who), [])[:-1],
             ["" for _ in range(2 * len(who) - 1)]]
    widths = [75 * mm, 20 * mm, 75 * mm][:2 * len(who) - 1]
    table = Table(cells, colWidths=widths, rowHeights=[None, None, 16 * mm],
                  hAlign="RIGHT")  # a single signature sits on the right, as on letters
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("LINEBELOW", (col, 2), (col, 2), 0.5, colors.black)
          for col in range(0, 2 * len(who) - 1, 2)],
    ]))
    return KeepTogether([CondPageBreak(45 * mm), Spacer(1, 8 * mm),
                         para(_t("date_line", lang, date=day(doc["date"]))), table])


def _names(doc: dict[str, Any]) -> dict[str, str]:
    return {o["office_id"]: o["name"]
            for o in doc.get("offices", []) + doc.get("present", []) + doc.get("absent", [])}


def agenda_pdf(agenda: dict[str, Any], lang: str = "it") -> bytes:
    details = from_json(agenda.get("details"), "agenda")
    title = _t("doc.agenda", lang)
    story = _intro(title, agenda, lang)
    story += [para(_t("convened", lang), "Heading2"),
              _offices_table(agenda["offices"], details, lang, attendance=False),
              Spacer(1, 6 * mm), *_items(agenda, None, lang),
              *_prevention(agenda, None, lang, _names(agenda)),
              _signatures(agenda, lang, minutes=False)]
    return build_paged_pdf(f"Laboratorio - {title}", _header(title, agenda, lang), story, lang)


def minutes_pdf(minutes: dict[str, Any], lang: str = "it") -> bytes:
    details = from_json(minutes.get("details"), "minutes")
    offices = [{**o, "mark": _t("present", lang)} for o in minutes["present"]]
    offices += [{**o, "mark": _t("absent", lang)} for o in minutes["absent"]]
    title = _t("doc.minutes", lang)
    story = _intro(title, minutes, lang)
    story += [para(_t("attendance", lang), "Heading2"),
              _offices_table(offices, details, lang, attendance=True),
              Spacer(1, 6 * mm), *_items(minutes, minutes, lang),
              *_prevention(minutes, minutes, lang, _names(minutes)),
              _signatures(minutes, lang, minutes=True)]
    return build_paged_pdf(f"Laboratorio - {title}", _header(title, minutes, lang), story, lang)
