"""GDPR duties: retention review, real erasure, data-subject access, processing register."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from rete_desktop.reports.processing_register_pdf import processing_register_pdf
from rete_desktop.storage import (
    attachments,
    audit,
    cases,
    erasure,
    notes,
    protocols,
    retention,
    search,
)
from rete_desktop.storage.vault import Vault
from tests.conftest import CliRunner
from tests.packet_fixtures import build_network
from tests.sqlcipher_pages import database_plaintext, wal_pages

VICTIM = "Giuseppina Marchetti"
OFFENDER = "Bruno Ferraguti"
SECRET = "Ha raccontato del trasferimento a Bozzolo dalla sorella"


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _full_case(vault: Vault, title: str = "Maltrattamenti in famiglia") -> dict[str, str]:
    """A case with persons, a note and its amendment, a draft and protocol tasks."""
    case_id = cases.create_case(vault, title, risk="high")
    victim = cases.add_person(vault, case_id, "victim", VICTIM, birth_year=1984,
                              phone="0375 123456")
    cases.add_person(vault, case_id, "offender", OFFENDER)
    note_id = notes.add_note(vault, case_id, SECRET, "interview")
    notes.amend_note(vault, note_id, SECRET + " (Mantova, non Bozzolo)")
    notes.save_draft(vault, case_id, "bozza non ancora salvata Zibello")
    protocol = protocols.import_protocol(
        vault, protocols.sample_protocol_files()[0].read_bytes()
    )
    protocols.apply_protocol(vault, case_id, protocol)
    return {"case": case_id, "victim": victim, "note": note_id}


def _close(vault: Vault, case_id: str, closed_on: date) -> None:
    cases.set_status(vault, case_id, "closed")
    with vault.transaction() as conn:
        conn.execute("UPDATE cases SET closed_on = ? WHERE id = ?",
                     (closed_on.isoformat(), case_id))


# --- retention --------------------------------------------------------------------------------

def test_closed_cases_are_due_for_review_after_the_policy_years(vault: Vault) -> None:
    old = cases.create_case(vault, "chiuso da tempo")
    recent = cases.create_case(vault, "chiuso da poco")
    cases.create_case(vault, "aperto")
    _close(vault, old, date(2019, 3, 1))
    _close(vault, recent, date(2025, 6, 1))
    due = retention.review_list(vault, today=date(2026, 1, 15))
    assert [i.case_id for i in due] == [old]
    assert due[0].due_on == date(2024, 3, 1)

    retention.set_policy(vault, retention.RetentionPolicy(closed_years=0, open_years=None))
    assert {i.case_id for i in retention.review_list(vault, date(2026, 1, 15))} == {old, recent}


def test_forgotten_open_cases_are_listed_when_the_policy_asks(vault: Vault) -> None:
    case_id = cases.create_case(vault, "dimenticato")
    retention.set_policy(vault, retention.RetentionPolicy(open_years=2))
    assert retention.review_list(vault, date.today()) == []
    later = retention.add_years(date.today(), 3)
    assert [i.case_id for i in retention.review_list(vault, later)] == [case_id]


def test_retention_cli_sets_policy_and_lists_due_cases(vault_dir: Path, rete: CliRunner) -> None:
    with Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                      office_kind="cav")[0] as vault:
        case_id = cases.create_case(vault, "chiuso")
        _close(vault, case_id, date(2010, 1, 1))
    v = ("--vault", str(vault_dir))
    r = rete(*v, "retention", "review", "--json")
    assert r.code == 0 and [i["case_id"] for i in json.loads(r.out)] == [case_id]
    r = rete(*v, "retention", "policy", "--closed-years", "none", "--json")
    assert r.code == 0 and json.loads(r.out)["closed"] is None
    r = rete(*v, "retention", "review")
    assert r.code == 0 and "No case is due" in r.err
    assert rete(*v, "retention", "policy", "--closed-years", "-3").code == 4
    with pytest.raises(SystemExit) as usage:
        rete(*v, "retention", "policy", "--open-years", "x")
    assert usage.value.code == 2


# --- erasure ----------------------------------------------------------------------------------

def test_erasure_removes_every_row_and_keeps_a_content_free_audit_entry(vault: Vault) -> None:
    ids = _full_case(vault)
    keep = cases.create_case(vault, "altro fascicolo")
    notes.add_note(vault, keep, "nota che resta")

    report = erasure.erase_case(vault, ids["case"])

    assert report.counts["notes"] == 2 and report.counts["persons"] == 2
    for table in ("cases", "persons", "notes", "tasks", "drafts", "search_index"):
        assert vault.query_one(
            f"SELECT count(*) FROM {table} WHERE {'id' if table == 'cases' else 'case_id'} = ?",
            (ids["case"],))[0] == 0, table
    assert search.search(vault, "Marchetti") == [] and search.search(vault, "Bozzolo") == []
    assert [n.text for n in notes.list_notes(vault, keep)] == ["nota che resta"]
    assert vault.get_meta(erasure.ERASING_FLAG) is None
    assert audit.verify_chain(vault) > 0
    entry = audit.list_entries(vault, limit=1)[0]
    assert (entry.action, entry.entity_id) == ("case.erase", ids["case"])
    dump = json.dumps([tuple(r) for r in vault.query("SELECT * FROM audit")])
    assert "Marchetti" not in dump and "Bozzolo" not in dump and "Maltrattamenti" not in dump
    assert vault.integrity_problems() == []


def test_erased_text_is_gone_from_every_page_of_the_file(vault: Vault) -> None:
    ids = _full_case(vault)
    vault.checkpoint()
    before = database_plaintext(vault.directory, vault.raw_key)
    assert SECRET.encode() in before and VICTIM.encode() in before  # the check can see it

    erasure.erase_case(vault, ids["case"])

    after = database_plaintext(vault.directory, vault.raw_key)
    for text in (SECRET, VICTIM, OFFENDER, "Zibello", "bozzolo", "marchetti", "ferraguti"):
        assert text.encode() not in after, text
    # Folded into the file: the WAL holds at most the commit that cleared the pending mark,
    # the meta table's pages (tests/test_erasure_crash.py), nothing written before the erasure.
    meta = {r[0] for r in vault.query("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meta'")}
    assert set(wal_pages(vault.directory)) <= meta


def test_notes_stay_append_only_after_an_erasure(vault: Vault) -> None:
    erasure.erase_case(vault, _full_case(vault)["case"])
    keep = cases.create_case(vault, "altro")
    notes.add_note(vault, keep, "resta")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.execute("DELETE FROM notes")


def test_case_erase_cli_needs_yes_and_audit_still_verifies(
    vault_dir: Path, rete: CliRunner
) -> None:
    with Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                      office_kind="cav")[0] as vault:
        ids = _full_case(vault)
    v = ("--vault", str(vault_dir))
    r = rete(*v, "case", "erase", ids["case"])
    assert r.code == 2 and "cannot be undone" in r.err
    assert rete(*v, "case", "show", ids["case"]).code == 0
    r = rete(*v, "case", "erase", ids["case"], "--yes")
    assert r.code == 0 and "erased" in r.err
    assert rete(*v, "case", "show", ids["case"]).code == 6
    assert rete(*v, "case", "erase", ids["case"], "--yes").code == 6
    assert rete(*v, "audit", "verify").code == 0
    assert rete(*v, "vault", "check").code == 0


def test_case_erase_says_what_it_removed_in_words(vault_dir: Path, rete: CliRunner) -> None:
    with Vault.create(vault_dir, "correct horse battery staple", office_name="CAV",
                      office_kind="cav")[0] as vault:
        ids = _full_case(vault)
    v = ("--vault", str(vault_dir))
    it = {"RETE_LANG": "it"}
    assert rete(*v, "case", "consent", ids["case"], "--share-with", "cav").code == 0
    assert rete(*v, "lab", "item", "--case", ids["case"], "--show").code == 0  # a lab code
    r = rete(*v, "case", "erase", ids["case"], env=it)
    assert r.code == 2 and "2 persone, 2 note" in r.err and "compiti" in r.err
    r = rete(*v, "case", "erase", ids["case"], "--yes", env=it)
    assert r.code == 0, r.err
    for words in ("2 persone", "2 note", "1 bozza", "compiti", "1 codice del laboratorio"):
        assert words in r.err, r.err
    assert "=" not in r.err and "lab_case_codes" not in r.err and "0 allegati" not in r.err


def test_erasure_counts_read_singular_and_plural_in_both_languages() -> None:
    from rete_desktop.storage.erasure_words import erased_in_words

    counts = {"notes": 1, "persons": 3, "attachments": 0, "packet_register": 1}
    assert erased_in_words(counts, "it") == (
        "3 persone, 1 nota, 1 riga del registro di protocollo scollegata (la riga resta)")
    assert erased_in_words(counts, "en") == (
        "3 persons, 1 note, 1 register line unlinked (the line stays)")
    assert erased_in_words({"notes": 0}, "it") == "nessun altro dato collegato"
    assert erased_in_words({"future_table": 2}, "en") == "future_table=2"


# --- subject access -----------------------------------------------------------------------------

def test_person_export_holds_her_data_but_not_other_peoples(
    vault_dir: Path, rete: CliRunner, tmp_path: Path
) -> None:
    with Vault.create(vault_dir, "correct horse battery staple", office_name="CAV Oglio Po",
                      office_kind="cav")[0] as vault:
        ids = _full_case(vault)
        case_id = cases.get_person(vault, ids["victim"]).case_id
        attachments.add_attachment(vault, case_id, "referto-pronto-soccorso.pdf", b"%PDF-1.4 x")
    out = tmp_path / "export"
    r = rete("--vault", str(vault_dir), "person", "export", ids["victim"], "--out", str(out))
    assert r.code == 0, r.err
    doc = json.loads((out / f"person-{ids['victim']}.json").read_text("utf-8"))
    assert doc["person"]["name"] == VICTIM and doc["person"]["birth_year"] == 1984
    assert doc["case_reference"] and doc["controller"]["name"] == "CAV Oglio Po"
    assert [n["text"] for n in doc["notes"]][0] == SECRET
    assert doc["other_person_roles"] == ["offender"] and len(doc["tasks"]) > 0
    assert any(e["action"] == "note.add" for e in doc["access_log"])
    assert OFFENDER not in json.dumps(doc, ensure_ascii=False)
    text = _pdf_text((out / f"person-{ids['victim']}.pdf").read_bytes())
    assert VICTIM in text and "Bozzolo" in text and OFFENDER not in text
    assert re.search(r"\b\d\d/\d\d/\d{4}\b", text)  # dates as Italian offices write them
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b", text), "an ISO date in the export"
    assert "GDPR art. 15" in text and "referto-pronto-soccorso.pdf" in text
    assert [a["name"] for a in doc["attachments"]] == ["referto-pronto-soccorso.pdf"]
    assert (out / f"person-{ids['victim']}.pdf").stat().st_mode & 0o077 == 0
    with Vault.open(vault_dir, "correct horse battery staple") as vault:
        assert audit.list_entries(vault, limit=2)[1].action == "person.export"


def test_person_export_of_unknown_person_is_not_found(vault: Vault, rete: CliRunner,
                                                      tmp_path: Path) -> None:
    vault.close()
    r = rete("--vault", str(vault.directory), "person", "export", "feedfacefeedface",
             "--out", str(tmp_path / "x"))
    assert r.code == 6 and not (tmp_path / "x").exists()


# --- processing register ------------------------------------------------------------------------

def test_processing_register_is_a_printable_pdf_with_the_office_and_policy(
    vault: Vault, rete: CliRunner, tmp_path: Path
) -> None:
    _full_case(vault)
    text = _pdf_text(processing_register_pdf(vault, "it", date(2026, 2, 1)))
    assert "Registro delle attività di trattamento" in text
    assert "Centro Antiviolenza Test" in text and "chiusi (dalla chiusura) 5;" in text
    assert "1 aperto," in text and VICTIM not in text
    assert "01/02/2026" in text and "2026-02-01" not in text
    vault.close()
    out = tmp_path / "registro.pdf"
    r = rete("--vault", str(vault.directory), "processing-register", "--out", str(out),
             "--lang", "en")
    assert r.code == 0 and "Record of processing activities" in _pdf_text(out.read_bytes())


def test_erasing_a_referred_case_removes_the_packet_copy_but_keeps_the_register_line(
    tmp_path: Path,
) -> None:
    from rete_desktop.domain.records import Consent
    from rete_desktop.domain.vocabulary import OfficeKind
    from rete_desktop.packets import referral, register

    net = build_network(tmp_path)
    station, cav = net["carabinieri"], net["cav"]
    with station.open() as vault:
        case_id = cases.create_case(vault, "Caso da cancellare")
        cases.add_person(vault, case_id, "victim", VICTIM, birth_year=1984)
        cases.set_consent(vault, case_id, Consent(share_with=(OfficeKind.CAV,)))
        _, protocol = referral.export_referral(vault, case_id, [cav.office_id])
        entry_id = register.list_register(vault)[0].id
        assert register.evidence(vault, entry_id)
        erasure.erase_case(vault, case_id)
        (line,) = register.list_register(vault)
        assert line.protocol == protocol and line.case_id is None
        assert vault.query("SELECT count(*) FROM packet_evidence")[0][0] == 0


IT = {"RETE_LANG": "it"}


def test_subject_access_pdf_reads_italian(rete: CliRunner, station: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    case_id = rete("--vault", station, "case", "new", "--title", "Caso", "--risk", "alto").out
    person = rete("--vault", station, "person", "add", "--case", case_id.strip(), "--role",
                  "vittima", "--name", "Anna").out.strip()
    rete("--vault", station, "note", "add", "--case", case_id.strip(), "--text", "prima",
         "--category", "colloquio")
    rete("--vault", station, "case", "consent", case_id.strip(), "--share-with",
         "servizi-sociali")
    out = tmp_path / "dsar"
    r = rete("--vault", station, "person", "export", person, "--out", out, env=IT)
    assert r.code == 0, r.err
    pdf = next(out.glob("*.pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "vittima" in text and "alto" in text and "aperto" in text
    assert "colloquio" in text and "servizi sociali" in text
    for english in ("victim", "high", "interview", "social_services"):
        assert english not in text


def test_retention_policy_reads_as_a_sentence(rete: CliRunner, station: Path) -> None:
    r = rete("--vault", station, "retention", "policy", "--monitoring-years", "3", env=IT)
    assert r.code == 0
    text = r.out
    assert "dopo mai" not in text and "mai anni" not in text
    assert "5" in text and "3" in text
    r = rete("--vault", station, "retention", "policy")
    assert "after never" not in r.out and "never years" not in r.out
