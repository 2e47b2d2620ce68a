"""Regenerate the packet test vectors: `python -m tests.vectors.make_packet_vectors`.

Writes a real rete-packet/1 referral from a test sender to a test recipient, the two test
offices' keys, and expected.json with the manifest and part hashes. The keys are TEST KEYS,
published on purpose; never use them for anything else. Re-running changes the packet bytes
(age encryption is randomized) and the keys, so commit all files together.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from rete_desktop.crypto.keys import OfficeKeys
from rete_desktop.packets.manifest import canonical_json
from rete_desktop.packets.packet import build_packet
from rete_desktop.reports.referral_pdf import ChildLine, ReferralSummary, referral_pdf

HERE = Path(__file__).resolve().parent
SENDER_ID = "5e4d3c2b1a090807"
RECIPIENT_ID = "0f1e2d3c4b5a6978"
CREATED = datetime(2026, 3, 2, 9, 30, 0, tzinfo=UTC)
PACKET_ID = "7f3c9a210b4de8115aa0c3d2e1f00918"

CASE = {
    "format": "rete-referral/1",
    "sender_protocol": "2026/000042",
    "case": {"reference": "2026/0007", "title": "Maltrattamenti in famiglia (dati di prova)",
             "risk": "high", "opened_on": "2026-03-01", "status": "open"},
    "reason": "Denuncia per maltrattamenti; la donna chiede un colloquio al CAV.",
    "requested_action": "Primo colloquio entro 48 ore.",
    "contact": "Brig. Test · Stazione Carabinieri di Prova · +39 0375 000000",
    "consent": {"share_with": ["cav"], "include_notes": True, "include_children": True,
                "recorded_on": "2026-03-01", "legal_basis": None},
    "persons": [
        {"role": "victim", "name": "Maria Prova", "birth_year": 1988, "exposure": None,
         "phone": None, "address": None, "codice_fiscale": None},
        {"role": "child", "name": "Paolo Prova", "birth_year": 2017, "exposure": "witnessed",
         "phone": None, "address": None, "codice_fiscale": None},
    ],
    "notes": [{"id": "00000000000000a1", "created": "2026-03-01T22:10:00+00:00",
               "category": "interview", "text": "Nota di prova.", "author": "tester",
               "amends": None}],
    "tasks": [{"title": "Valutazione del rischio", "owner_kind": "cav", "due": "2026-03-04",
               "status": "open"}],
}


def main() -> None:
    sender, recipient = OfficeKeys.generate(), OfficeKeys.generate()
    pdf = referral_pdf(ReferralSummary(
        sender_name="Stazione Carabinieri di Prova", sender_kind="carabinieri",
        protocol="2026/000042", issued_on=date(2026, 3, 2),
        recipients=("Centro Antiviolenza di Prova",), case_reference="2026/0007",
        case_title=CASE["case"]["title"], risk="high", consent_kinds=("cav",),  # type: ignore[index]
        consent_recorded_on=date(2026, 3, 1), consent_legal_basis=None,
        children=(ChildLine(2017, "witnessed"),), children_withheld=False,
        reason=CASE["reason"], requested_action=CASE["requested_action"],  # type: ignore[arg-type]
        contact=CASE["contact"], notes_count=1,  # type: ignore[arg-type]
        tasks=(("Valutazione del rischio", "2026-03-04"),),
    ))
    parts = {"case.json": ("application/json", json.dumps(CASE, ensure_ascii=False).encode()),
             "summary.pdf": ("application/pdf", pdf)}
    sealed, manifest = build_packet(
        sender, SENDER_ID, "referral", {RECIPIENT_ID: recipient.encryption_recipient()}, parts,
        created=CREATED, packet_id=PACKET_ID,
    )
    (HERE / "packet-referral.age").write_bytes(sealed.data)
    (HERE / "recipient-age-identity.txt").write_text(recipient.age_identity_string() + "\n")
    (HERE / "sender-age-identity.txt").write_text(sender.age_identity_string() + "\n")
    (HERE / "sender-signing-key.pub").write_text(sender.signing_public_openssh() + "\n")
    (HERE / "sender-signing-key").write_bytes(sender.signing_private_openssh())
    expected = {
        "sender": {"office_id": SENDER_ID, "signing_key": sender.signing_public_openssh(),
                   "encryption_key": sender.encryption_recipient()},
        "recipient": {"office_id": RECIPIENT_ID,
                      "encryption_key": recipient.encryption_recipient()},
        "manifest_json": manifest.to_bytes().decode(),
        "parts": {name: {"media_type": t, "sha256": info.sha256, "size": info.size}
                  for (name, (t, _)), info in zip(parts.items(), manifest.parts, strict=True)},
    }
    (HERE / "packet-referral.expected.json").write_bytes(
        canonical_json(expected).replace(b',"', b',\n"') + b"\n")


if __name__ == "__main__":
    main()
