"""The laboratorio's agenda and minutes as office documents: time and place, the representatives
present for each office, the verbalizzante and the chair's signature block, and separate
sections for urgencies, complex cases and prevention actions; in Italian and English."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from rete_desktop.lab import meeting
from rete_desktop.reports import lab_pdf
from tests.packet_fixtures import Office, build_network, lab_case


@pytest.fixture
def network(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path / "net")


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _ok(r: object) -> str:
    assert r.code == 0, r.err  # type: ignore[attr-defined]
    return str(r.out)  # type: ignore[attr-defined]


def _items_at_chair(rete, network, tmp_path: Path) -> None:
    cav = network["cav"]
    for key, request in (("carabinieri", "Valutare la casa rifugio."),
                         ("social", "Coordinare il supporto ai minori.")):
        office = network[key]
        item = tmp_path / f"{key}.age"
        _ok(rete("lab", "item", "--case", lab_case(rete, office, f"Caso {key}"), "--to",
                 cav.office_id, "--out", item, "--request", request,
                 "--vault", str(office.path)))
        _ok(rete("lab", "import", item, "--vault", str(cav.path)))


def test_agenda_and_minutes_carry_the_meeting_as_an_office_records_it(
        rete, network, tmp_path):
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    chair = ("--vault", str(cav.path))
    _items_at_chair(rete, network, tmp_path)
    agenda_pdf = tmp_path / "agenda.pdf"
    when = date.today() + timedelta(days=7)
    meeting_id = json.loads(_ok(rete(
        "lab", "agenda", "--date", when.isoformat(), "--to", cc.office_id, "--to",
        social.office_id, "--out", tmp_path / "agenda.age", "--pdf", agenda_pdf,
        "--time", "15.30", "--place", "Municipio di Casalmaggiore, sala consiliare",
        "--chair-person", "Dott.ssa Elena Ferri", "--prevention",
        "Incontri nelle scuole medie sul rispetto", "--json", *chair)))["id"]
    text = _text(agenda_pdf.read_bytes())
    for expected in ("Ora 15:30", "Municipio di Casalmaggiore, sala consiliare",
                     "Dott.ssa Elena Ferri", "Urgenze", "Nessuna urgenza.", "Casi complessi",
                     "Azioni di prevenzione", "Incontri nelle scuole medie sul rispetto",
                     "Il/la presidente", when.strftime("%d/%m/%Y")):
        assert expected in text, expected
    assert "Il/la verbalizzante" not in text  # the agenda is signed by the chair only

    shown = json.loads(_ok(rete("lab", "show", meeting_id, "--json", *chair)))
    urgent = next(i["item_id"] for i in shown["items"]
                  if i["sender_office_id"] == social.office_id)
    _ok(rete("lab", "present", "--meeting", meeting_id, "--office", cc.office_id, *chair))
    _ok(rete("lab", "details", "--meeting", meeting_id, "--secretary", "Ass. soc. Luca Moretti",
             "--representative", f"{cc.office_id}=Mar. Giulia Verdi",
             "--representative", f"{cav.office_id}=Elena Ferri, Sara Gatti",
             "--urgent", urgent, *chair))
    _ok(rete("lab", "decision", "add", "--meeting", meeting_id, "--item", urgent, "--text",
             "Segnalare al Tribunale per i minorenni.", *chair))
    minutes_pdf = tmp_path / "minutes.pdf"
    _ok(rete("lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--to",
             social.office_id, "--out", tmp_path / "minutes.age", "--pdf", minutes_pdf, *chair))
    text = _text(minutes_pdf.read_bytes())
    for expected in ("Verbalizzante Ass. soc. Luca Moretti", "Mar. Giulia Verdi",
                     "Elena Ferri, Sara Gatti", "Il/la verbalizzante", "Il/la presidente",
                     "Segnalare al Tribunale per i minorenni.", "Ora 15:30", "Pagina 1 di"):
        assert expected in text, expected
    # the urgency is under Urgenze, before the complex cases
    assert text.index("Urgenze") < text.index("Segnalare al Tribunale") < text.index(
        "Casi complessi") < text.index("Azioni di prevenzione")

    # a member receives the same details and prints the same document
    _ok(rete("lab", "import", tmp_path / "minutes.age", "--vault", str(cc.path)))
    with cc.open() as vault:
        received = meeting.stored_document(vault, meeting_id)
    english = _text(lab_pdf.minutes_pdf(received, "en"))
    for expected in ("Minutes taken by Ass. soc. Luca Moretti", "Urgencies", "Complex cases",
                     "Prevention actions", "Representatives", "The chair", "Time 15:30"):
        assert expected in english, expected
    assert "Page 1 of" in english and "Pagina" not in english  # the footer follows too


def test_bad_details_are_refused_and_change_nothing(rete, network, tmp_path):
    cav, cc = network["cav"], network["carabinieri"]
    chair = ("--vault", str(cav.path))
    meeting_id = json.loads(_ok(rete(
        "lab", "agenda", "--date", date.today().isoformat(), "--to", cc.office_id, "--out",
        tmp_path / "agenda.age", "--time", "10:00", "--json", *chair)))["id"]
    for bad in (("--time", "25:00"), ("--representative", "nobody=Mario Rossi"),
                ("--representative", "no equals sign"), ("--urgent", "no-such-item")):
        r = rete("lab", "details", "--meeting", meeting_id, *bad, *chair)
        assert r.code in (4, 6) and "Traceback" not in r.err, bad
    with cav.open() as vault:
        assert meeting.get_details(vault, meeting_id).time == "10:00"


def test_a_received_document_with_malformed_details_is_refused():
    from rete_desktop.errors import BadInput
    from rete_desktop.lab.details import from_json

    assert from_json(None, "agenda").time == ""  # documents from before have none
    for bad, field in (("x", "details"), ({"time": "7pm"}, "details.time"),
                       ({"place": 3}, "details.place"),
                       ({"representatives": ["a"]}, "details.representatives"),
                       ({"representatives": {"cc": 3}}, "details.representatives.cc"),
                       ({"representatives": {str(i): "" for i in range(201)}},
                        "details.representatives"),
                       ({"prevention": "not a list"}, "details.prevention"),
                       ({"urgent": [1]}, "details.urgent[0]"),
                       ({"secretary": "x" * 301}, "details.secretary")):
        with pytest.raises(BadInput) as refused:
            from_json(bad, "agenda")
        # the office reads which document and which field, in its language
        assert refused.value.message("it").startswith(
            "Documento del laboratorio non valido (agenda): il campo «" + field + "»"), bad
        assert "{" not in refused.value.message("en"), bad


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=400),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.sampled_from(["time", "place", "chair_person", "secretary", "representatives",
                         "urgent", "prevention", "x"]) | st.text(max_size=8), inner,
        max_size=6),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_details_a_sender_writes_are_read_or_refused_in_words(value):
    from rete_desktop.errors import BadInput
    from rete_desktop.lab.details import from_json

    try:
        details = from_json(value, "minutes")
    except BadInput as exc:
        assert exc.message("en").startswith("Invalid laboratorio document (minutes): the ")
        assert "{" not in exc.message("it")
    else:
        assert isinstance(details.to_json(), dict)
