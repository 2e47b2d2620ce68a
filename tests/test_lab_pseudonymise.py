"""Pseudonymisation of laboratorio items: no identifying value of any person of the case leaves,
neither in the item JSON nor in its PDF, whatever the operator typed in the request."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from datetime import date

import pytest
from codicefiscale import codicefiscale
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from rete_desktop.domain.records import Case, Person
from rete_desktop.domain.vocabulary import CaseStatus, ChildExposure, PersonRole, RiskLevel
from rete_desktop.errors import SecurityRefused
from rete_desktop.lab.age_bands import band_of_age
from rete_desktop.lab.pseudonymise import (
    REDACTED,
    case_summary,
    document_json,
    ensure_no_leak,
    identifiers_of,
    scrub_text,
)
from rete_desktop.reports.lab_pdf import item_pdf
from rete_desktop.storage import cases, sharing

TODAY = date(2026, 6, 1)
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
FILLERS = ["la signora", "riferisce che", "il figlio", "chiede", "casa rifugio", "tel.", "cf",
           "abita in", "nata il", "nel", "e", "urgente", "1522", "rischio alto"]
SEPARATORS = [" ", ", ", ": ", " (", ") ", "\n", "; ", " - "]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).casefold()


def make_persons(seed: int, count: int) -> list[dict]:
    """Synthetic persons with every identifying field filled (Faker it_IT, seeded)."""
    fake = Faker("it_IT")
    fake.seed_instance(seed)
    people = []
    for i in range(count):
        female = i % 2 == 0
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
        born = fake.date_between(date(1950, 1, 1), date(2024, 12, 31))
        people.append({
            "role": [PersonRole.VICTIM, PersonRole.OFFENDER, PersonRole.CHILD][min(i, 2)],
            "first": first, "last": last, "name": f"{first} {last}", "born": born,
            "phone": f"3{fake.random_int(20, 49)}{fake.random_int(1000000, 9999999)}",
            "street": fake.street_address(),
            "address": f"{fake.street_address()}, {fake.postcode()} {fake.city()}",
            "cf": codicefiscale.encode(lastname=last, firstname=first, gender="F" if female
                                       else "M", birthdate=born.strftime("%d/%m/%Y"),
                                       birthplace="Cremona"),
        })
    for p in people:  # the street the operator may type is the one recorded
        p["address"] = f"{p['street']}, 26041 Casalmaggiore"
    return people


def _records(people: list[dict]) -> tuple[Case, list[Person]]:
    case = Case(id="c1", reference="2026/0042", title=f"{people[0]['name']} — Casalmaggiore",
                status=CaseStatus.OPEN, risk=RiskLevel.HIGH, opened_on=TODAY)
    persons = [
        Person(id=f"p{i}", case_id="c1", role=p["role"], name=p["name"],
               birth_year=p["born"].year,
               exposure=ChildExposure.WITNESSED if p["role"] is PersonRole.CHILD else None,
               phone=f"+39{p['phone']}", address=p["address"], codice_fiscale=p["cf"])
        for i, p in enumerate(people)
    ]
    return case, persons


def _variants(p: dict) -> list[str]:
    """The ways an operator writes a person's data in free text."""
    born = p["born"]
    ph = p["phone"]
    return [
        p["name"], f"{p['last'].upper()} {p['first']}", f"sig.ra {p['last']}", p["first"].lower(),
        f"+39 {ph[:3]} {ph[3:6]} {ph[6:]}", f"{ph[:3]}-{ph[3:]}", ph,
        f"{ph[:3]}.{ph[3:6]}.{ph[6:8]}.{ph[8:]}", f"0039{ph}",
        p["cf"], p["cf"].lower(), p["address"], p["street"], p["street"].upper(),
        f"nata nel {born.year}", born.strftime("%d/%m/%Y"), f"{born.day} {MONTHS[born.month - 1]}"
        f" {born.year}", born.isoformat(), f"{p['first']}.{p['last']}@example.it".lower(),
    ]


# Particles of names ("Delle Donne", "Dal Monte") that are everyday Italian words: alone they
# identify no one, and the request must be able to say "delle" or "dalla".
EVERYDAY_PARTICLES = frozenset(("del", "dei", "degli", "della", "delle", "dal", "dalla", "dall"))


def assert_nothing_identifying(text: str, people: list[dict]) -> None:
    """An independent check (not the module's own): every value, as words, folded."""
    folded = _fold(text)
    digits_only = re.sub(r"(?<=\d)[\s\-./()]+(?=\d)", "", folded)
    for p in people:
        for word in (p["first"], p["last"], p["name"], p["street"].split(",")[0]):
            parts = [x for x in re.split(r"\W+", _fold(word))
                     if len(x) >= 3 and x not in EVERYDAY_PARTICLES]
            for w in [_fold(word)] + parts:
                assert not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded), (w, text)
        assert _fold(p["cf"]) not in folded
        assert p["phone"] not in digits_only
        assert not re.search(rf"(?<!\d){p['born'].year}(?!\d)", folded), (p["born"], text)
        assert "@" not in folded


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10**9),
    count=st.integers(1, 4),
    picks=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 18), st.sampled_from(FILLERS),
                             st.sampled_from(SEPARATORS)), min_size=1, max_size=12),
)
def test_no_identifying_value_appears_in_item_json_or_pdf(seed, count, picks):
    people = make_persons(seed, count)
    case, persons = _records(people)
    request = "".join(
        f"{filler}{sep}{_variants(people[who % count])[what]}{sep}" for who, what, filler, sep
        in picks
    )
    summary = case_summary(case, persons, case_code="LAB-7KQ2-M9XD", office_kind="cav",
                           request=request, today=TODAY)
    assert_nothing_identifying(document_json(summary).decode("utf-8"), people)
    pdf = item_pdf(summary, "Rete Casalasca", "Centro Antiviolenza", "Consorzio", TODAY)
    assert_nothing_identifying(_pdf_text(pdf), people)


def test_a_surname_that_is_an_everyday_word_is_removed_too():
    """Faker found «Lauretta Delle»: «la signora DELLE Lauretta» left «DELLE», her surname,
    because «delle» is a particle of other surnames («Delle Donne»)."""
    people = [{**make_persons(7, 1)[0], "first": "Lauretta", "last": "Delle",
               "name": "Lauretta Delle"}]
    case, persons = _records(people)
    summary = case_summary(case, persons, case_code="LAB-7KQ2-M9XD", office_kind="cav",
                           request="la signora DELLE Lauretta chiede aiuto", today=TODAY)
    assert_nothing_identifying(document_json(summary).decode("utf-8"), people)
    assert_nothing_identifying(_pdf_text(item_pdf(summary, "Rete", "Centro", "Consorzio",
                                                  TODAY)), people)
    assert "chiede aiuto" in summary["request"]


def test_a_random_code_that_reads_like_her_birth_year_does_not_block_the_item():
    """Codes are four characters from digits and consonants: one group in 81 is all digits, so
    now and then a code read «1987» for a woman born in 1987 and the item was refused (seen
    once while the demo was built). The year in her words is still removed."""
    people = make_persons(7, 1)
    year = people[0]["born"].year
    case, persons = _records(people)
    summary = case_summary(case, persons, case_code=f"LAB-{year}-M9XD", office_kind="cav",
                           shared_codes=[f"RETE-K7Q2-{year}"],
                           request=f"nata nel {year}, chiede aiuto", today=TODAY)
    assert summary["case_code"] == f"LAB-{year}-M9XD"
    assert str(year) not in summary["request"] and "chiede aiuto" in summary["request"]


def test_item_holds_ages_risk_children_and_the_request_not_the_reference():
    people = make_persons(7, 3)
    case, persons = _records(people)
    summary = case_summary(case, persons, case_code="LAB-7KQ2-M9XD", office_kind="cav",
                           request="Valutare l'inserimento in casa rifugio.", today=TODAY)
    assert summary["risk"] == "high"
    assert summary["persons"][0] == {
        "role": "victim", "age_band": band_of_age(TODAY.year - people[0]["born"].year)}
    assert summary["children"]["count"] == 1 and summary["children"]["witnessed"] == 1
    assert summary["request"] == "Valutare l'inserimento in casa rifugio."
    text = document_json(summary).decode()
    assert "2026/0042" not in text and "0042" not in text


def test_ordinary_words_survive_scrubbing():
    people = make_persons(3, 2)
    _, persons = _records(people)
    clean, count = scrub_text("È andata via di casa: chiede ospitalità per 3 mesi.",
                              identifiers_of(persons))
    assert (clean, count) == ("È andata via di casa: chiede ospitalità per 3 mesi.", 0)


def test_scrubbed_values_are_marked():
    people = make_persons(5, 1)
    _, persons = _records(people)
    clean, count = scrub_text(f"Contattare {people[0]['name']} al {people[0]['phone']}.",
                              identifiers_of(persons))
    assert clean == f"Contattare {REDACTED} al {REDACTED}." and count == 2


def test_a_document_still_holding_a_name_is_refused():
    people = make_persons(11, 1)
    _, persons = _records(people)
    with pytest.raises(SecurityRefused):
        ensure_no_leak(json.dumps({"request": people[0]["last"]}), identifiers_of(persons))


def test_show_json_prints_the_outgoing_item_and_holds_no_identifier(rete, vault_dir, vault):
    people = make_persons(21, 3)
    case_id = cases.create_case(vault, f"{people[0]['name']} — Viadana", risk="medium")
    for p in people:
        cases.add_person(vault, case_id, p["role"].value, p["name"],
                         birth_year=p["born"].year,
                         exposure="direct" if p["role"] is PersonRole.CHILD else None,
                         phone=p["phone"], address=p["address"], codice_fiscale=p["cf"])
    sharing.record_decision(vault, case_id, "laboratorio", "consent", collected="orale",
                            reason="discussione in rete")
    vault.close()
    request = " ".join(v for p in people for v in _variants(p))
    r = rete("lab", "item", "--case", case_id, "--request", request, "--show", "--json",
             "--vault", vault_dir)
    assert r.code == 0, r.err
    assert_nothing_identifying(r.out, people)
    again = rete("lab", "item", "--case", case_id, "--request", request, "--show", "--json",
                 "--vault", vault_dir)
    assert again.out == r.out  # stable: the case code is kept
    assert json.loads(r.out)["children"]["direct"] == 1
