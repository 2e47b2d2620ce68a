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
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rete_desktop.i18n import translate
from rete_desktop.lab import age_bands
from rete_desktop.messages import vocabulary
from rete_desktop.reports.paged import build_paged_pdf
from rete_desktop.reports.pdfdoc import field_table, para


def italian_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


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


def _offices_table(rows: Sequence[dict[str, str]], note: str = "") -> Table:
    data = [[para("Ufficio", "Heading6"), para("Tipo", "Heading6"), para(note, "Heading6")]]
    data += [[para(o["name"]), para(vocabulary_word("kind", o["kind"], "it", o["kind"])),
              para(o.get("mark", ""))] for o in rows]
    table = Table(data, colWidths=[95 * mm, 50 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _header(kind: str, doc: dict[str, Any]) -> str:
    return f"{doc['network']} — Laboratorio distrettuale antiviolenza — {kind} del " \
        f"{italian_date(doc['date'])}"


def _intro(title: str, doc: dict[str, Any]) -> list[Flowable]:
    return [
        para(doc["network"], "Title"),
        para(f"Laboratorio distrettuale antiviolenza — {title}", "Heading2"),
        field_table([
            ("Data della riunione", italian_date(doc["date"])),
            ("Presiede", doc["chair"]["name"]),
        ]),
        Spacer(1, 4 * mm),
        para("Documento pseudonimizzato: i casi sono indicati solo con il codice caso. "
             "Non riportare nomi o altri dati identificativi.", "Italic"),
        Spacer(1, 4 * mm),
    ]


def item_pdf(summary: dict[str, Any], network: str, sender: str, chair: str,
             on: date) -> bytes:
    """One item as proposed to the chair (travels with the agenda-item packet)."""
    doc = {"network": network, "date": on.isoformat(), "chair": {"name": chair}}
    story = _intro("proposta di caso per l'ordine del giorno", doc)
    story += [field_table([("Inviata da", sender)]), Spacer(1, 4 * mm),
              field_table(item_rows(summary))]
    return build_paged_pdf("Laboratorio - proposta", _header("Proposta", doc), story)


def _decisions_and_actions(
    item_id: str | None, minutes: dict[str, Any], names: dict[str, str]
) -> list[Flowable]:
    out: list[Flowable] = []
    decisions = [d for d in minutes["decisions"] if d["item_id"] == item_id]
    actions = [a for a in minutes["actions"] if a["item_id"] == item_id]
    if decisions:
        out.append(para("Decisioni", "Heading5"))
        out += [para(f"• {d['text']}") for d in decisions]
    if actions:
        out.append(para("Azioni", "Heading5"))
        data = [[para(h, "Heading6") for h in ("Azione", "Ufficio incaricato", "Entro il")]]
        data += [[para(a["title"]), para(names.get(a["owner_office_id"], a["owner_office_id"])),
                  para(italian_date(a["due"]) if a["due"] else "-")] for a in actions]
        table = Table(data, colWidths=[85 * mm, 60 * mm, 25 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        out.append(table)
    return out


def _items(doc: dict[str, Any], minutes: dict[str, Any] | None) -> list[Flowable]:
    names = {o["office_id"]: o["name"]
             for o in doc.get("offices", []) + doc.get("present", []) + doc.get("absent", [])}
    story: list[Flowable] = [para("Casi in discussione", "Heading2")]
    if not doc["items"]:
        story.append(para("Nessun caso proposto."))
    for entry in doc["items"]:
        block: list[Flowable] = [
            para(f"{entry['position']}. Caso {entry['summary']['case_code']}", "Heading3"),
            field_table(item_rows(entry["summary"])),
        ]
        if minutes is not None:
            block += _decisions_and_actions(entry["item_id"], minutes, names)
        story += [KeepTogether(block), Spacer(1, 4 * mm)]
    if minutes is not None:
        general = _decisions_and_actions(None, minutes, names)
        if general:
            story += [para("Decisioni e azioni generali", "Heading2"), *general]
    return story


def agenda_pdf(agenda: dict[str, Any]) -> bytes:
    story = _intro("ordine del giorno", agenda)
    story += [para("Uffici convocati", "Heading2"), _offices_table(agenda["offices"]),
              Spacer(1, 6 * mm), *_items(agenda, None)]
    return build_paged_pdf("Laboratorio - ordine del giorno", _header("Ordine del giorno", agenda),
                           story)


def minutes_pdf(minutes: dict[str, Any]) -> bytes:
    offices = [{**o, "mark": "presente"} for o in minutes["present"]]
    offices += [{**o, "mark": "assente"} for o in minutes["absent"]]
    story = _intro("verbale", minutes)
    story += [para("Uffici presenti", "Heading2"), _offices_table(offices, "Presenza"),
              Spacer(1, 6 * mm), *_items(minutes, minutes)]
    return build_paged_pdf("Laboratorio - verbale", _header("Verbale", minutes), story)
