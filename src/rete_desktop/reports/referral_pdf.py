"""The referral summary PDF that travels inside a referral packet (`parts/summary.pdf`).

One A4 page for the receiving operator: who sends, to whom, under which protocol number, what
the woman consented to, the children involved, the risk, what is asked and whom to call back.
Names appear in the body only; the PDF metadata is neutral (title, author, subject), and the
file is built in memory with ``invariant=1`` so the same referral gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from rete_desktop.i18n import translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports.pdfdoc import build_pdf, field_table, para

NEUTRAL_TITLE = "Rete - documento"


@dataclass(frozen=True)
class ChildLine:
    birth_year: int | None
    exposure: str | None


@dataclass(frozen=True)
class SharingLine:
    """A recipient and the legal basis on which it receives the case."""

    recipient: str
    basis: str  # a SharingBasis value
    norm: str | None = None


@dataclass(frozen=True)
class RecordLine:
    """One line of the structured record: ``kind`` is assessment, access_source, relation,
    violence, measure or service; ``values`` are codes and dates, named in the PDF's language."""

    kind: str
    values: tuple[str, ...]


# For each kind of record line: which of its values are vocabulary codes (position -> name).
_CODES = {"assessment": {1: "RiskLevel"}, "access_source": {0: "AccessSource"},
          "relation": {1: "Relation"}, "violence": {0: "ViolenceForm"},
          "measure": {0: "MeasureKind"}, "service": {0: "ServiceKind"}}


def record_text(line: RecordLine, lang: str) -> str:
    """A record line in words, e.g. "Mario R. — ex partner — Anna B."."""
    words = [vocabulary.label(_CODES[line.kind][i], v, lang) if i in _CODES[line.kind] else v
             for i, v in enumerate(line.values)]
    return translate(f"referral_pdf.record.{line.kind}", lang,
                     **{f"v{i}": w or "…" for i, w in enumerate(words)})


@dataclass(frozen=True)
class ReferralSummary:
    sender_name: str
    sender_kind: str
    protocol: str
    issued_on: date
    recipients: tuple[str, ...]
    case_reference: str
    case_title: str
    risk: str
    consent_kinds: tuple[str, ...]
    consent_recorded_on: date | None
    consent_legal_basis: str | None
    children: tuple[ChildLine, ...]
    children_withheld: bool
    reason: str
    requested_action: str
    contact: str
    notes_count: int
    tasks: tuple[tuple[str, str], ...]  # (title, due or "-")
    attachment_names: tuple[str, ...] = ()
    sharing: tuple[SharingLine, ...] = ()
    record: tuple[RecordLine, ...] = ()


def referral_pdf(summary: ReferralSummary, lang: str = "it") -> bytes:
    def t(message_id: str, **params: object) -> str:
        return translate(f"referral_pdf.{message_id}", lang, **params)

    def kind(value: str) -> str:
        return vocabulary.formal("OfficeKind", value, lang)

    def exposure(value: str | None) -> str:
        return (vocabulary.formal("ChildExposure", value, lang, capital=False) if value
                else t("exposure.none"))

    risk = vocabulary.formal("RiskLevel", summary.risk, lang, capital=False)

    letterhead = Table(
        [[para(summary.sender_name, "Heading2"), para(t("protocol", number=summary.protocol))],
         [para(kind(summary.sender_kind)), para(summary.issued_on.strftime("%d/%m/%Y"))]],
        colWidths=[115 * mm, 55 * mm],
    )
    letterhead.setStyle(TableStyle([
        ("LINEBELOW", (0, 1), (-1, 1), 1, colors.darkred),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    if summary.children_withheld:
        children = t("children_withheld")
    elif summary.children:
        children = "; ".join(
            t("child", year=c.birth_year or "?", exposure=exposure(c.exposure))
            for c in summary.children
        )
    else:
        children = t("none")
    consent = ", ".join(kind(k) for k in summary.consent_kinds) or t("none")
    if summary.consent_recorded_on:
        consent += " — " + t("recorded_on", date=summary.consent_recorded_on.strftime("%d/%m/%Y"))
    if summary.consent_legal_basis:
        consent += " — " + summary.consent_legal_basis
    story: list[Flowable] = [
        letterhead,
        Spacer(1, 6 * mm),
        para(t("title"), "Title"),
        field_table([
            (t("from"), summary.sender_name),
            (t("to"), "; ".join(summary.recipients)),
            (t("case"), f"{summary.case_reference} — {summary.case_title}"),
            (t("risk"), risk.upper() if summary.risk == "high" else risk),
            (t("consent"), consent),
            (t("basis"), "; ".join(
                f"{b.recipient}: {vocabulary.label('SharingBasis', b.basis, lang)}"
                + (f" ({b.norm})" if b.norm else "") for b in summary.sharing) or t("none")),
            (t("children"), children),
            (t("reason"), summary.reason or "-"),
            (t("action"), summary.requested_action or "-"),
            (t("contact"), summary.contact or "-"),
            (t("notes"), str(summary.notes_count)),
            (t("attachments"), "; ".join(summary.attachment_names) or t("none")),
        ]),
    ]
    if summary.record:
        story += [para(t("record"), "Heading3"),
                  field_table([(t(f"record_label.{line.kind}"), record_text(line, lang))
                               for line in summary.record])]
    if summary.tasks:
        story += [para(t("tasks"), "Heading3"),
                  field_table([(due, title) for title, due in summary.tasks])]
    story += [Spacer(1, 6 * mm), para(t("footer"), "Italic")]
    return build_pdf(NEUTRAL_TITLE, story)
