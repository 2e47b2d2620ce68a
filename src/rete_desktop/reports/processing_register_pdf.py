"""The record of processing activities (registro dei trattamenti, GDPR art. 30) as a PDF.

The fixed text describes what Rete Desktop does with personal data; the controller and DPO
contact details (entered once per office), the retention rules and the volumes come from the
vault, so the printed record matches the office.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from rete_desktop.domain.audit_actions import AuditAction
from rete_desktop.domain.dates import day
from rete_desktop.i18n import Text, translate
from rete_desktop.reports.pdfdoc import build_pdf, para
from rete_desktop.storage import privacy_contacts, retention
from rete_desktop.storage.subject_access import controller
from rete_desktop.storage.vault import Vault

_SECTIONS = ("purpose", "basis", "subjects", "data", "recipients", "transfers")


def _count(what: str, count: int) -> Text:
    """A volume with its noun agreeing with the number ("1 caso", "2 casi")."""
    return Text(f"register.counts.{what}", {"count": count})


def processing_register_pdf(vault: Vault, lang: str | None = None,
                            today: date | None = None) -> bytes:
    def t(message_id: str, **params: object) -> str:
        return translate(message_id, lang, **params)

    today = today or date.today()
    office = controller(vault)
    by_status = dict(vault.query("SELECT status, count(*) FROM cases GROUP BY status"))
    policy = retention.get_policy(vault)

    def years(value: int | None) -> str:
        return t("retention.never") if value is None else str(value)

    story: list[Flowable] = [
        para(t("register.title"), "Title"),
        para(t("register.generated", office=office.name, kind=office.kind,
               office_id=office.office_id, date=day(today))),
    ]
    contacts = privacy_contacts.get_contacts(vault)
    given = (contacts.controller, contacts.controller_contact, contacts.dpo, contacts.dpo_contact)
    shown = [value or t("register.not_given") for value in given]
    story += [para(t("register.contacts.h"), "Heading2"), para(t(
        "register.contacts", controller=shown[0], controller_contact=shown[1], dpo=shown[2],
        dpo_contact=shown[3]))]
    if not all(given):  # where to enter them, once
        story.append(para(t("register.contacts_where")))
    for section in _SECTIONS:
        story += [para(t(f"register.{section}.h"), "Heading2"), para(t(f"register.{section}"))]
    story += [
        para(t("register.retention.h"), "Heading2"),
        para(t("retention.policy", closed=years(policy.closed_years),
               monitoring=years(policy.monitoring_years), open=years(policy.open_years))),
        para(t("register.security.h"), "Heading2"),
        para(t("register.security")),
        para(t("register.counts.h"), "Heading2"),
        para(t(
            "register.counts", open=_count("open", by_status.get("open", 0)),
            monitoring=by_status.get("monitoring", 0),
            closed=_count("closed", by_status.get("closed", 0)),
            persons=_count("persons", vault.query_one("SELECT count(*) FROM persons")[0]),
            due=_count("cases", len(retention.review_list(vault, today))),
            erased=_count("erased", vault.query_one(
                "SELECT count(*) FROM audit WHERE action = 'case.erase'")[0]),
        )),
        Spacer(1, 30),
        para(t("register.signature")),
    ]
    return build_pdf(t("register.title"), story)


def processing_register(vault: Vault, lang: str | None = None) -> bytes:
    """The record as a person prints or saves it (both shells): built, and audited."""
    data = processing_register_pdf(vault, lang)
    vault.log(AuditAction.REGISTER_PRINT, "vault", None)
    return data
