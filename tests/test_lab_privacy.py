"""A laboratorio item cannot re-identify a family: age bands instead of ages, children kept out
without consent, places flagged for review, a recorded basis, and a shared code (never a hash of
her name) that lets the chair see two offices' items are the same woman."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from rete_desktop.errors import BadInput
from rete_desktop.lab import age_bands, items
from rete_desktop.lab.pseudonymise import review_flags, shared_code
from rete_desktop.reports.lab_pdf import item_rows
from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
YEAR = date.today().year


@pytest.fixture
def network(tmp_path: Path) -> dict[str, Office]:
    return build_network(tmp_path / "net")


def _v(office: Office) -> tuple[str, str]:
    return ("--vault", str(office.path))


def _case(rete: CliRunner, office: Office, *consent: str) -> str:
    v = _v(office)
    case_id = rete(*v, "case", "new", "--title", "Bernasconi — Casalmaggiore").out.strip()
    for role, name, born in (("victim", "Giulia Bernasconi", YEAR - 38),
                             ("offender", "Marco Rota", YEAR - 41),
                             ("child", "Tommaso Bernasconi", YEAR - 7)):
        extra = ("--exposure", "witnessed") if role == "child" else ()
        assert rete(*v, "person", "add", "--case", case_id, "--role", role, "--name", name,
                    "--birth-year", str(born), *extra).code == 0
    if consent:
        assert rete(*v, "case", "consent", case_id, *consent).code == 0
    return case_id


@pytest.mark.parametrize(("age", "band"), [
    (0, "0-2"), (2, "0-2"), (3, "3-5"), (5, "3-5"), (6, "6-10"), (10, "6-10"), (11, "11-13"),
    (13, "11-13"), (14, "14-17"), (17, "14-17"), (18, "18-24"), (24, "18-24"), (25, "25-34"),
    (34, "25-34"), (35, "35-44"), (44, "35-44"), (45, "45-54"), (54, "45-54"), (55, "55-64"),
    (64, "55-64"), (65, "65+"), (99, "65+"),
])
def test_age_bands_follow_school_stages_and_decades(age: int, band: str) -> None:
    assert age_bands.band_of_age(age) == band


def test_the_item_carries_bands_not_ages(rete: CliRunner, network: dict[str, Office]) -> None:
    cc = network["carabinieri"]
    case_id = _case(rete, cc, "--share-with", "cav")
    shown = rete(*_v(cc), "lab", "item", "--case", case_id, "--show", "--json")
    assert shown.code == 0, shown.err
    summary = json.loads(shown.out)
    assert summary["persons"] == [{"role": "victim", "age_band": "35-44"},
                                  {"role": "offender", "age_band": "35-44"}]
    assert summary["children"]["list"] == [{"age_band": "6-10", "exposure": "witnessed"}]
    outgoing = shown.out.replace(summary["case_code"], "")  # a random code may hold digits
    for exact in ("38", "41", '"age"'):
        assert exact not in outgoing
    plain = rete(*_v(cc), "lab", "item", "--case", case_id, "--show").out
    assert "aged 35–44" in plain and "aged 6–10" in plain
    assert "38" not in plain.replace(summary["case_code"], "")


def test_no_children_consent_keeps_children_out_of_the_item(
    rete: CliRunner, network: dict[str, Office]
) -> None:
    cc = network["carabinieri"]
    case_id = _case(rete, cc, "--share-with", "cav", "--no-children")
    shown = rete(*_v(cc), "lab", "item", "--case", case_id, "--show", "--json",
                 "--request", "Tommaso ha paura del padre.")
    summary = json.loads(shown.out)
    assert summary["children_withheld"] is True
    assert summary["children"] == {"count": 0, "witnessed": 0, "direct": 0, "list": []}
    assert "Tommaso" not in shown.out and "6-10" not in shown.out
    plain = rete(*_v(cc), "lab", "item", "--case", case_id, "--show").out
    assert "not shared (consent)" in plain


def test_an_item_without_a_recorded_basis_is_refused(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = network["carabinieri"], network["cav"]
    case_id = _case(rete, cc)  # no consent, no sharing decision
    out = tmp_path / "item.age"
    r = rete(*_v(cc), "lab", "item", "--case", case_id, "--to", cav.office_id, "--out", out)
    assert r.code == 5 and "no basis" in r.err and not out.exists()
    assert rete(*_v(cc), "case", "consent", case_id, "--share-with", "cav").code == 0
    r = rete(*_v(cc), "lab", "item", "--case", case_id, "--to", cav.office_id, "--out", out)
    assert r.code == 0, r.err


def test_places_in_the_request_are_flagged_and_sending_waits_for_confirmation(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    cc, cav = network["carabinieri"], network["cav"]
    case_id = _case(rete, cc, "--share-with", "cav")
    request = ("Lei lavora alla ditta Trasporti Padani; il figlio va alla scuola media "
               "Marconi. Chiede la casa rifugio.")
    shown = rete(*_v(cc), "lab", "item", "--case", case_id, "--show", "--request", request)
    assert "To review before sending" in shown.err
    assert "«lavora alla ditta Trasporti Padani»" in shown.err
    assert "«scuola media Marconi»" in shown.err
    out = tmp_path / "item.age"
    args = ("lab", "item", "--case", case_id, "--to", cav.office_id, "--out", str(out),
            "--request", request)
    r = rete(*_v(cc), *args)
    assert r.code == 5 and "«scuola media Marconi»" in r.err and not out.exists()
    assert rete(*_v(cc), *args, "--confirm-reviewed").code == 0 and out.exists()
    # a request naming nothing of the kind goes without a confirmation
    r = rete(*_v(cc), *args[:-1], "Valutare la casa rifugio.")
    assert r.code == 0, r.err


def test_flags_cover_streets_workplaces_and_known_places() -> None:
    flags = review_flags("Abita in viale Po vicino all'ospedale Oglio Po; lavora a Viadana.",
                         ["Bernasconi — Viadana"])
    assert flags == ["viale Po vicino all'ospedale Oglio Po", "lavora a Viadana"]
    assert review_flags("Chiede un colloquio e la casa rifugio.") == []


def test_two_offices_proposing_the_same_woman_share_a_code_the_chair_sees(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path, qtbot
) -> None:
    cc, social, cav = network["carabinieri"], network["social"], network["cav"]
    case_id = _case(rete, cc, "--share-with", "social_services,cav")
    r = rete(*_v(cc), "packet", "export", "--case", case_id, "--to", social.office_id,
             "--out", str(tmp_path), "--json")
    assert r.code == 0, r.err
    sent = json.loads(r.out)
    received = json.loads(rete(*_v(social), "packet", "import", sent["file"], "--json").out)
    filed = received["case_id"]
    assert rete(*_v(social), "case", "consent", filed, "--share-with", "cav").code == 0
    other = _case(rete, social, "--share-with", "cav")  # another woman, never referred
    for office, case in ((cc, case_id), (social, filed), (social, other)):
        out = tmp_path / f"{office.name}-{case}.age"
        r = rete(*_v(office), "lab", "item", "--case", case, "--to", cav.office_id,
                 "--out", out)
        assert r.code == 0, r.err
        assert rete(*_v(cav), "lab", "import", out).code == 0
    pending = {p["id"]: p for p in json.loads(rete(*_v(cav), "lab", "items", "--json").out)}
    code = shared_code(sent["packet_id"])
    linked = [p for p in pending.values() if p["summary"]["shared_codes"] == [code]]
    assert len(linked) == 2
    first, second = linked
    assert first["same_case_as"] == [second["id"]] and second["same_case_as"] == [first["id"]]
    alone = next(p for p in pending.values() if p not in linked)
    assert alone["same_case_as"] == [] and alone["summary"]["shared_codes"] == []
    assert "same case as" in rete(*_v(cav), "lab", "items").out
    # the code is derived from the referral's random id: nothing about her
    text = json.dumps(first["summary"])
    assert "Bernasconi" not in text and code.startswith("RETE-")
    # the chair's screen shows the two items as one case
    from rete_desktop.ui.lab_chair import ChairPanel

    with cav.open() as vault:
        panel = ChairPanel(vault)
        qtbot.addWidget(panel)
        panel.refresh()
        cells = {panel.agenda.pending.item(r, 0).text(): panel.agenda.pending.item(r, 0).toolTip()
                 for r in range(panel.agenda.pending.rowCount())}
    a, b = (p["case_code"] for p in linked)
    assert f"{a} = {b}" in cells and f"{b} = {a}" in cells
    assert "Same woman as" in cells[f"{a} = {b}"]


def test_items_stored_with_exact_ages_stay_readable_as_bands() -> None:
    old = {"format": "rete-lab-item/1", "case_code": "LAB-7KQ2-M9XD", "office_kind": "cav",
           "risk": "high", "status": "open", "request": "",
           "persons": [{"role": "victim", "age": 47}],
           "children": {"count": 1, "witnessed": 1, "direct": 0,
                        "list": [{"age": 7, "exposure": "witnessed"}]}}
    assert items.validate_item(old) is old
    rows = dict(item_rows(old, "it"))
    assert rows["Persone"] == "Vittima: 45–54 anni" and "47" not in str(rows)
    assert "6–10 anni" in rows["Minori coinvolti"]
    new = {**old, "format": "rete-lab-item/2", "shared_codes": [], "children_withheld": False}
    with pytest.raises(BadInput):  # an exact age in the new format is refused
        items.validate_item(new)


def test_the_chair_links_two_offices_items_by_id_with_a_reason_and_can_undo_it(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> None:
    """She went to the station and, separately, to social services: no referral, no shared
    code. The chair links the two items by their ids (never by name), with a screened reason,
    audited; unlinking restores the two separate cases."""
    cav = network["cav"]
    ours, theirs, same_office = _unrelated_items(rete, network, tmp_path)

    def link(*args: str) -> tuple[int, str]:
        r = rete(*_v(cav), "lab", "link", *args)
        return r.code, r.err

    assert link(ours, theirs, "--reason", "Stessa famiglia, riconosciuta da via Roma 12")[0] == 4
    assert link(theirs, same_office, "--reason", "stessa famiglia")[0] == 4  # one office
    assert link(ours, "f" * 32, "--reason", "stessa famiglia")[0] == 6
    assert link(ours, ours, "--reason", "stessa famiglia")[0] == 4
    code, err = link(ours, theirs, "--reason", "Stessa famiglia: confermato in riunione")
    assert code == 0 and "linked as the same case" in err, err
    assert link(theirs, ours, "--reason", "di nuovo")[0] == 4  # already linked, either order
    after = {p["id"]: p["same_case_as"] for p in json.loads(
        rete(*_v(cav), "lab", "items", "--json").out)}
    assert after == {ours: [theirs], theirs: [ours], same_office: []}
    assert "same case as" in rete(*_v(cav), "lab", "items").out
    audit = json.loads(rete(*_v(cav), "audit", "list", "--json").out)
    assert [e["action"] for e in audit if e["action"].startswith("lab.link")] == ["lab.link"]

    r = rete(*_v(cav), "lab", "unlink", theirs, ours)
    assert r.code == 0 and "removed" in r.err
    assert all(p["same_case_as"] == [] for p in json.loads(
        rete(*_v(cav), "lab", "items", "--json").out))
    assert rete(*_v(cav), "lab", "unlink", theirs, ours).code == 6
    audit = json.loads(rete(*_v(cav), "audit", "list", "--json").out)
    assert {"lab.link", "lab.unlink"} <= {e["action"] for e in audit}


def _unrelated_items(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path
) -> tuple[str, str, str]:
    """Items at the chair (the CAV) from the station and, twice, from social services, none
    sharing a code: the station's, social services' first and second item ids."""
    cc, social, cav = network["carabinieri"], network["social"], network["cav"]
    for office in (cc, social, social):
        case = _case(rete, office, "--share-with", "cav")
        out = tmp_path / f"{office.name}-{case}.age"
        assert rete(*_v(office), "lab", "item", "--case", case, "--to", cav.office_id,
                    "--out", out).code == 0
        assert rete(*_v(cav), "lab", "import", out).code == 0
    pending = json.loads(rete(*_v(cav), "lab", "items", "--json").out)
    assert all(p["same_case_as"] == [] for p in pending)
    ours = next(p["id"] for p in pending if p["sender"] == cc.office_id)
    theirs, same_office = (p["id"] for p in pending if p["sender"] == social.office_id)
    return ours, theirs, same_office


def test_the_chair_links_and_unlinks_two_cases_on_its_screen(
    rete: CliRunner, network: dict[str, Office], tmp_path: Path, qtbot
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from rete_desktop.lab import links
    from rete_desktop.ui.lab_chair import ChairPanel

    ours, theirs, _ = _unrelated_items(rete, network, tmp_path)
    with network["cav"].open() as vault:
        panel = ChairPanel(vault)
        qtbot.addWidget(panel)
        panel.refresh()
        rows = {item.id: row for row, item in enumerate(panel.agenda._pending)}

        def select(*ids: str) -> None:
            panel.agenda.pending.clearSelection()
            for item_id in ids:
                panel.agenda.pending.selectionModel().select(
                    panel.agenda.pending.model().index(rows[item_id], 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)

        select(ours)
        agenda = panel.agenda
        assert not agenda.link_button.isEnabled() and not agenda.unlink_button.isEnabled()
        select(ours, theirs)
        assert agenda.link_button.isEnabled() and not agenda.unlink_button.isEnabled()
        agenda.link_reason.setText("chiamata da 333 1234567")  # a phone: refused, nothing linked
        panel.agenda.link_button.click()
        assert "Not done" in panel.status.text() and links.list_links(vault) == []
        select(ours, theirs)
        panel.agenda.link_reason.setText("stessa famiglia, confermato in riunione")
        panel.agenda.link_button.click()
        assert [(x.item_a, x.item_b) for x in links.list_links(vault)] == [
            tuple(sorted((ours, theirs)))]
        codes = [agenda.pending.item(r, 0).text() for r in range(agenda.pending.rowCount())]
        assert sum(" = " in c for c in codes) == 2
        select(ours, theirs)
        assert panel.agenda.unlink_button.isEnabled() and not panel.agenda.link_button.isEnabled()
        panel.agenda.unlink_button.click()
        assert links.list_links(vault) == []
        assert not any(" = " in panel.agenda.pending.item(r, 0).text()
                       for r in range(panel.agenda.pending.rowCount()))
