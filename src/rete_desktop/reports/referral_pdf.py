"""The referral summary PDF that travels inside a referral packet (`parts/summary.pdf`).

Written for the receiving operator, who reads it on screen or files it on paper: who sends, to
whom, under which protocol number and legal basis; the woman (named: every recipient receives
the case on a recorded basis) and the contact she agreed to; a short account of what happened,
the forms of violence, the latest risk assessment, the children (unless her consent keeps them
in the sending office), the measures; what is asked, with overdue deadlines flagged; whom to
call back (the operator's name, role and direct line, never the computer's login) and a
signature block. Dates are dd/mm/yyyy. What the consent keeps back (children, notes' text, her
phone and address) is not printed.

Names appear in the body only; the PDF metadata is neutral (title, author, subject), and the
file is built in memory with ``invariant=1`` so the same referral gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rete_desktop.domain.dates import day
from rete_desktop.i18n import translate
from rete_desktop.messages import vocabulary
from rete_desktop.reports.pdfdoc import STYLES, build_pdf, field_table, para

NEUTRAL_TITLE = "Rete - documento"
_FLAG = ParagraphStyle("overdue", parent=STYLES["BodyText"], textColor=colors.darkred,
                       fontName="Helvetica-Bold")


@dataclass(frozen=True)
class ChildLine:
    birth_year: int | None
    exposure: str | None


@dataclass(frozen=True)
class WomanLine:
    """The woman the referral is about, as the receiver needs her to reach her safely."""

    name: str
    birth_year: int | None
    agreed_contact: str = ""  # how she agreed to be contacted; empty: ask the sender first


@dataclass(frozen=True)
class TaskLine:
    title: str
    due: date | None
    owner_kind: str | None  # an OfficeKind value; None: any office
    overdue: bool
    done: bool = False


@dataclass(frozen=True)
class CallBack:
    """Whom the receiver calls back: a person with a direct line, then the office."""

    operator: str  # role and name, e.g. "App. Sc. Mario Rossi"
    phone: str  # the operator's direct line as shown; empty when not given
    office: str  # office name, phones, e-mails, hours


@dataclass(frozen=True)
class SharingLine:
    """A recipient and the legal basis on which it receives the case."""

    recipient: str
    basis: str  # a SharingBasis value
    norm: str | None = None


@dataclass(frozen=True)
class RecordLine:
    """One line of the structured record: ``kind`` is assessment, access_source, relation,
    violence, measure or service; ``values`` are codes and ISO dates, named in the PDF's
    language."""

    kind: str
    values: tuple[str, ...]


# For each kind of record line: which of its values are vocabulary codes (position -> name).
_CODES = {"assessment": {1: "RiskLevel"}, "access_source": {0: "AccessSource"},
          "relation": {1: "Relation"}, "violence": {0: "ViolenceForm"},
          "measure": {0: "MeasureKind"}, "service": {0: "ServiceKind"}}
_DATED = ("violence", "service")  # (code, from, to): the period is said only when known



def _period(since: str, until: str, lang: str) -> str:
    if since and until:
        return translate("referral_pdf.period.both", lang, since=day(since), until=day(until))
    if since or until:
        which = "since" if since else "until"
        return translate(f"referral_pdf.period.{which}", lang, since=day(since),
                         until=day(until))
    return ""


def record_text(line: RecordLine, lang: str) -> str:
    """A record line in words, e.g. "Mario R. è ex partner di Anna B."."""
    words = [vocabulary.label(_CODES[line.kind][i], v, lang) if i in _CODES[line.kind]
             else day(v) for i, v in enumerate(line.values)]
    if line.kind in _DATED:
        period = _period(line.values[1], line.values[2], lang)
        return translate("referral_pdf.record.dated", lang, thing=words[0],
                         period=period) if period else words[0]
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
    callback: CallBack
    notes_count: int
    tasks: tuple[TaskLine, ...]
    women: tuple[WomanLine, ...] = ()
    account: str = ""
    attachment_names: tuple[str, ...] = ()
    sharing: tuple[SharingLine, ...] = ()
    record: tuple[RecordLine, ...] = ()


def _section(title: str, body: Sequence[Flowable]) -> KeepTogether:
    """A heading kept on the page of what it heads (no orphan headings)."""
    return KeepTogether([Spacer(1, 3 * mm), para(title, "Section"), *body])


def _tasks(summary: ReferralSummary, t: Callable[..., str], lang: str) -> list[Flowable]:
    """The protocol's deadlines, overdue ones flagged; the heading starts a page when the first
    rows would not fit under it, and a long list runs on under the repeated column names."""
    header = [para(t(h), "Label") for h in ("task.due", "task.what", "task.office",
                                            "task.state")]
    rows: list[list[Flowable]] = []
    for task in summary.tasks:
        office = vocabulary.formal("OfficeKind", task.owner_kind, lang) if task.owner_kind \
            else t("task.any_office")
        state = Paragraph(t("task.overdue"), _FLAG) if task.overdue else \
            para(t("task.done" if task.done else "task.open"))
        rows.append([para(day(task.due) or "-"), para(task.title), para(office), state])

    table = Table([header, *rows], colWidths=[24 * mm, 82 * mm, 40 * mm, 24 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ]))
    return [CondPageBreak(45 * mm), Spacer(1, 3 * mm), para(t("tasks"), "Section"), table]


def _signature(summary: ReferralSummary, t: Callable[..., str]) -> Table:
    """Date, the operator's name and a line to sign the paper copy on."""
    table = Table([
        [para(t("signature.date", date=day(summary.issued_on))),
         para(t("signature.operator"), "Label")],
        [para(t("signature.place")), para(summary.callback.operator)],
        ["", para(t("signature.sign"))],
    ], colWidths=[85 * mm, 85 * mm], rowHeights=[None, None, 16 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (1, 2), (1, 2), "BOTTOM"),
        ("LINEABOVE", (1, 2), (1, 2), 0, colors.white),
        ("LINEBELOW", (1, 2), (1, 2), 0.5, colors.black),
    ]))
    return table


def referral_pdf(summary: ReferralSummary, lang: str = "it") -> bytes:
    def t(message_id: str, **params: object) -> str:
        return translate(f"referral_pdf.{message_id}", lang, **params)

    def kind(value: str) -> str:
        return vocabulary.formal("OfficeKind", value, lang)

    def exposure(value: str | None) -> str:
        return (vocabulary.formal("ChildExposure", value, lang, capital=False) if value
                else t("exposure.none"))

    def lines(which: str) -> str:
        return "; ".join(record_text(r, lang) for r in summary.record if r.kind == which)

    risk = vocabulary.formal("RiskLevel", summary.risk, lang, capital=False)
    letterhead = Table(
        [[para(summary.sender_name, "Heading2"), para(t("protocol", number=summary.protocol))],
         [para(kind(summary.sender_kind)), para(day(summary.issued_on))]],
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
        consent += " — " + t("recorded_on", date=day(summary.consent_recorded_on))
    if summary.consent_legal_basis:
        consent += " — " + summary.consent_legal_basis
    women: list[tuple[str, str]] = []
    for woman in summary.women:
        women += [(t("woman.name"), woman.name),
                  (t("woman.born"), str(woman.birth_year) if woman.birth_year else "-"),
                  (t("woman.contact"), woman.agreed_contact or t("woman.no_contact"))]
    assessment = lines("assessment")
    story: list[Flowable] = [
        letterhead,
        Spacer(1, 5 * mm),
        para(t("title"), "Title"),
        field_table([
            (t("from"), summary.sender_name),
            (t("to"), "; ".join(summary.recipients)),
            (t("case"), f"{summary.case_reference} — {summary.case_title}"),
            (t("basis"), "; ".join(
                f"{b.recipient}: {vocabulary.label('SharingBasis', b.basis, lang)}"
                + (f" ({b.norm})" if b.norm else "") for b in summary.sharing) or t("none")),
            (t("consent"), consent),
        ]),
        _section(t("section.woman"), [field_table(women or [(t("woman.name"),
                                                             t("woman.not_stated"))])]),
        _section(t("section.facts"), [field_table([
            (t("account"), summary.account or t("not_written")),
            (t("reason"), summary.reason or "-"),
            (t("violence_forms"), lines("violence") or t("not_recorded")),
            *[(t(f"record_label.{k}"), lines(k)) for k in ("relation", "access_source")
              if lines(k)],
        ])]),
        _section(t("section.risk"), [field_table([
            (t("risk"), risk.upper() if summary.risk == "high" else risk),
            (t("record_label.assessment"), assessment or t("not_assessed")),
        ])]),
        _section(t("section.children"), [field_table([(t("children"), children)])]),
        _section(t("section.measures"), [field_table([
            (t("record_label.measure"), lines("measure") or t("none")),
            (t("record_label.service"), lines("service") or t("none")),
        ])]),
        _section(t("section.request"), [field_table([
            (t("action"), summary.requested_action or "-"),
            (t("notes"), str(summary.notes_count)),
            (t("attachments"), "; ".join(summary.attachment_names) or t("none")),
        ])]),
    ]
    story += [
        KeepTogether([  # whom to call back, signed: one block, never split
            Spacer(1, 3 * mm), para(t("contact"), "Section"), field_table([
                (t("callback.operator"), summary.callback.operator),
                (t("callback.phone"), summary.callback.phone or t("callback.no_phone")),
                (t("callback.office"), summary.callback.office or "-"),
            ]),
            Spacer(1, 3 * mm), para(t("signature"), "Section"), _signature(summary, t),
            Spacer(1, 5 * mm), para(t("footer"), "Italic"),
        ]),
    ]
    if summary.tasks:  # after the signature: the protocol's deadlines, as an annex
        story += _tasks(summary, t, lang)
    return build_pdf(NEUTRAL_TITLE, story)
