"""A full laboratorio cycle across three vaults, driven through the CLI:
items -> agenda -> minutes -> actions on the owners' tasks -> action done -> chair sees it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import CliRunner
from tests.packet_fixtures import Office, build_network, lab_case


@pytest.fixture
def network(tmp_path: Path):
    return build_network(tmp_path / "net")





def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_full_meeting_cycle_items_agenda_minutes_action_done(rete, network, tmp_path):
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    vc, vs, vchair = (("--vault", str(o.path)) for o in (cc, social, cav))
    cc_case = lab_case(rete, cc, "Bernasconi — Casalmaggiore")
    social_case = lab_case(rete, social, "Bernasconi — Viadana")

    # the operator sees exactly what leaves
    shown = rete("lab", "item", "--case", cc_case, "--request",
                 "Valutare casa rifugio; la signora Giulia Bernasconi (345 123 4567) "
                 "è seguita dal 2024.", "--show", "--json", *vc)
    assert shown.code == 0, shown.err
    assert "Bernasconi" not in shown.out and "4567" not in shown.out
    summary = json.loads(shown.out)
    assert summary["children"] == {"count": 1, "witnessed": 1, "direct": 0,
                                   "list": [{"age_band": "6-10", "exposure": "witnessed"}]}

    # items to the chair
    item1 = tmp_path / "item1.age"
    r = rete("lab", "item", "--case", cc_case, "--to", cav.office_id, "--out", item1,
             "--request", "Valutare casa rifugio; la signora Giulia Bernasconi (345 123 4567) "
             "è seguita dal 2024.", *vc)
    assert r.code == 0, r.err
    item2 = tmp_path / "item2.age"
    assert rete("lab", "item", "--case", social_case, "--to", cav.office_id, "--out", item2,
                "--request", "Coordinare il supporto ai minori.", *vs).code == 0
    for f in (item1, item2):
        r = rete("lab", "import", f, "--json", *vchair)
        assert r.code == 0, r.err
        assert json.loads(r.out)["kind"] == "agenda-item"
    pending = json.loads(rete("lab", "items", "--json", *vchair).out)
    assert len(pending) == 2
    assert summary in [p["summary"] for p in pending]  # byte-for-byte what was shown

    # agenda
    agenda, agenda_pdf = tmp_path / "agenda.age", tmp_path / "agenda.pdf"
    meeting_date = date.today() + timedelta(days=7)
    r = rete("lab", "agenda", "--date", meeting_date.isoformat(), "--to", cc.office_id,
             "--to", social.office_id, "--out", agenda, "--pdf", agenda_pdf, "--json", *vchair)
    assert r.code == 0, r.err
    meeting_id = json.loads(r.out)["id"]
    text = _pdf_text(agenda_pdf)
    assert "Rete Casalasca" in text and "Pagina 1 di" in text
    assert summary["case_code"] in text and "Bernasconi" not in text
    for vault in (vc, vs):
        r = rete("lab", "import", agenda, "--json", *vault)
        assert r.code == 0, r.err
        assert json.loads(r.out)["id"] == meeting_id

    # during the meeting
    items = {i["summary"]["case_code"]: i["item_id"]
             for i in json.loads(rete("lab", "show", meeting_id, "--json", *vchair).out)["items"]}
    cc_item = items[summary["case_code"]]
    assert rete("lab", "present", "--meeting", meeting_id, "--office", cav.office_id,
                "--office", cc.office_id, *vchair).code == 0
    assert rete("lab", "decision", "add", "--meeting", meeting_id, "--item", cc_item,
                "--text", "Attivare la casa rifugio.", *vchair).code == 0
    due = (date.today() + timedelta(days=14)).isoformat()
    r = rete("lab", "action", "add", "--meeting", meeting_id, "--item", cc_item, "--owner",
             cc.office_id, "--due", due, "--title", "Verificare il braccialetto elettronico",
             "--json", *vchair)
    assert r.code == 0, r.err
    action_id = json.loads(r.out)["id"]
    assert rete("lab", "action", "add", "--meeting", meeting_id, "--owner", social.office_id,
                "--title", "Organizzare la formazione nelle scuole", *vchair).code == 0

    # minutes to all
    minutes, minutes_pdf = tmp_path / "minutes.age", tmp_path / "minutes.pdf"
    r = rete("lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--to",
             social.office_id, "--out", minutes, "--pdf", minutes_pdf, *vchair)
    assert r.code == 0, r.err
    text = _pdf_text(minutes_pdf)
    assert "Verificare il braccialetto elettronico" in text and "assente" in text
    assert "Bernasconi" not in text
    r = rete("lab", "import", minutes, "--json", *vc)
    assert r.code == 0, r.err
    assert json.loads(r.out)["my_actions"] == [action_id]
    assert rete("lab", "import", minutes, "--json", *vs).code == 0

    # the owner sees the action among its tasks, on its own case, with the deadline
    tasks = json.loads(rete("task", "list", "--json", *vc).out)
    lab_tasks = [t for t in tasks if t["case_id"] == cc_case and t["due"] == due]
    assert len(lab_tasks) == 1 and "braccialetto" in lab_tasks[0]["title"]
    social_tasks = json.loads(rete("task", "list", "--json", *vs).out)
    assert not [t for t in social_tasks if "Laboratorio" in t["title"]]  # general action: no case
    mine = json.loads(rete("lab", "action", "list", "--mine", "--open", "--json", *vs).out)
    assert [a["title"] for a in mine] == ["Organizzare la formazione nelle scuole"]

    # done: signed update back to the chair
    update = tmp_path / "update.age"
    assert rete("lab", "action-done", action_id, "--out", update, *vc).code == 0
    tasks = json.loads(rete("task", "list", "--json", *vc).out)
    assert [t["status"] for t in tasks if t["due"] == due] == ["done"]
    r = rete("lab", "import", update, "--json", *vchair)
    assert r.code == 0, r.err
    actions = json.loads(rete("lab", "action", "list", "--meeting", meeting_id, "--json",
                              *vchair).out)
    assert {a["id"]: a["status"] for a in actions}[action_id] == "done"


def test_action_update_from_another_office_is_refused(rete, network, tmp_path):
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    vc, vs, vchair = (("--vault", str(o.path)) for o in (cc, social, cav))
    agenda = tmp_path / "agenda.age"
    meeting_id = json.loads(rete("lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                                 "--to", social.office_id, "--out", agenda, "--json",
                                 *vchair).out)["id"]
    action_id = json.loads(rete("lab", "action", "add", "--meeting", meeting_id, "--owner",
                                cc.office_id, "--title", "Contattare la scuola", "--json",
                                *vchair).out)["id"]
    minutes = tmp_path / "minutes.age"
    assert rete("lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--to",
                social.office_id, "--out", minutes, *vchair).code == 0
    assert rete("lab", "import", minutes, *vs).code == 0
    # social services may not close the carabinieri's action
    r = rete("lab", "action-done", action_id, "--out", tmp_path / "u.age", *vs)
    assert r.code == 4
    # the chair refuses a replayed minutes packet
    assert rete("lab", "import", minutes, *vs).code == 5


def test_chair_can_put_its_own_case_on_the_agenda(rete, network, tmp_path):
    cav = network["cav"]
    v = ("--vault", str(cav.path))
    case_id = lab_case(rete, cav, "Caso del centro")
    r = rete("lab", "item", "--case", case_id, "--to", cav.office_id, "--json", *v)
    assert r.code == 0, r.err
    assert len(json.loads(rete("lab", "items", "--json", *v).out)) == 1


def _meeting_with_item(rete, network, tmp_path) -> tuple[str, str, Path]:
    """Carabinieri send one item; the chair (CAV) files it and sends the agenda.

    Returns the meeting id, the item id and the agenda packet."""
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    item = tmp_path / "item.age"
    case_id = lab_case(rete, cc, "Bernasconi — Casalmaggiore")
    assert rete("lab", "item", "--case", case_id, "--to", cav.office_id, "--out", item,
                "--vault", cc.path).code == 0
    r = rete("lab", "import", item, "--json", "--vault", cav.path)
    assert r.code == 0, r.err
    item_id = json.loads(r.out)["id"]
    agenda = tmp_path / "agenda.age"
    r = rete("lab", "agenda", "--date", (date.today() + timedelta(days=7)).isoformat(),
             "--to", cc.office_id, "--to", social.office_id, "--out", agenda, "--json",
             "--vault", cav.path)
    assert r.code == 0, r.err
    return json.loads(r.out)["id"], item_id, agenda


def test_lab_import_says_what_arrived_and_what_to_do_next(rete, network, tmp_path):
    cav, cc = network["cav"], network["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    item = tmp_path / "item.age"
    case_id = lab_case(rete, cc, "Bernasconi — Casalmaggiore")
    assert rete("lab", "item", "--case", case_id, "--to", cav.office_id, "--out", item,
                *vc).code == 0
    r = rete("lab", "import", item, *vchair)
    assert r.code == 0, r.err
    code = json.loads(rete("lab", "items", "--json", *vchair).out)[0]["case_code"]
    assert f"Received from {cc.name}: case {code}" in r.err and "rete lab agenda" in r.err

    agenda = tmp_path / "agenda.age"
    meeting_id = json.loads(rete("lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                                 "--out", agenda, "--json", *vchair).out)["id"]
    r = rete("lab", "import", agenda, *vc, env={"RETE_LANG": "it"})
    assert r.code == 0, r.err
    assert "ordine del giorno della riunione del 2030-01-10 (1 caso)" in r.err
    assert f"rete lab show {meeting_id}" in r.err

    action_id = json.loads(rete("lab", "action", "add", "--meeting", meeting_id, "--owner",
                                cc.office_id, "--title", "Contattare la scuola", "--json",
                                *vchair).out)["id"]
    minutes = tmp_path / "minutes.age"
    assert rete("lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--out",
                minutes, *vchair).code == 0
    r = rete("lab", "import", minutes, *vc)
    assert "minutes of the meeting of 2030-01-10; actions assigned to this office: 1" in r.err
    assert "rete lab action-done" in r.err

    update = tmp_path / "update.age"
    assert rete("lab", "action-done", action_id, "--out", update, *vc).code == 0
    r = rete("lab", "import", update, *vchair)
    assert f"{cc.name} reports the action “Contattare la scuola” ({action_id}) done" in r.err


def test_chair_is_present_unless_marked_absent(rete, network, tmp_path):
    cav, cc, social = network["cav"], network["carabinieri"], network["social"]
    vchair = ("--vault", cav.path)
    meeting_id, _, _ = _meeting_with_item(rete, network, tmp_path)
    assert rete("lab", "present", "--meeting", meeting_id, "--office", cc.office_id,
                *vchair).code == 0
    shown = json.loads(rete("lab", "show", meeting_id, "--json", *vchair).out)
    assert {o["office_id"] for o in shown["present"]} == {cav.office_id, cc.office_id}
    assert [o["office_id"] for o in shown["absent"]] == [social.office_id]
    assert rete("lab", "present", "--meeting", meeting_id, "--office", cc.office_id,
                "--chair-absent", *vchair).code == 0
    shown = json.loads(rete("lab", "show", meeting_id, "--json", *vchair).out)
    assert [o["office_id"] for o in shown["present"]] == [cc.office_id]


def test_names_the_chair_knows_are_removed_from_decisions_and_actions_with_a_warning(
    rete, network, tmp_path
):
    cav, cc = network["cav"], network["carabinieri"]
    vchair = ("--vault", cav.path)
    lab_case(rete, cav, "Caso del centro")  # Giulia and Tommaso Bernasconi are known to the chair
    meeting_id, item_id, _ = _meeting_with_item(rete, network, tmp_path)
    r = rete("lab", "decision", "add", "--meeting", meeting_id, "--item", item_id, "--text",
             "La signora Giulia BERNASCONI va in casa rifugio con Tommaso.", *vchair)
    assert r.code == 0, r.err
    assert "Giulia BERNASCONI" in r.err and "Tommaso" in r.err
    r = rete("lab", "action", "add", "--meeting", meeting_id, "--owner", cc.office_id,
             "--title", "Accompagnare Bernasconi in tribunale", *vchair)
    assert r.code == 0, r.err
    assert "Bernasconi" in r.err
    shown = rete("lab", "show", meeting_id, "--json", *vchair).out
    assert "Bernasconi" not in shown and "BERNASCONI" not in shown and "Tommaso" not in shown
    doc = json.loads(shown)
    assert doc["decisions"][0]["text"] == "La signora [omesso] va in casa rifugio con [omesso]."
    assert doc["actions"][0]["title"] == "Accompagnare [omesso] in tribunale"
    r = rete("lab", "decision", "add", "--meeting", meeting_id, "--text",
             "Prossimo incontro sulla formazione.", *vchair)
    assert r.code == 0 and r.err == ""


def test_a_case_with_a_laboratorio_action_on_its_tasks_can_be_erased(rete, network, tmp_path):
    """Regression: lab_actions.task_id points at the case's task; erasure used to crash."""
    cav, cc = network["cav"], network["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    meeting_id, item_id, agenda = _meeting_with_item(rete, network, tmp_path)
    assert rete("lab", "import", agenda, *vc).code == 0
    assert rete("lab", "action", "add", "--meeting", meeting_id, "--item", item_id, "--owner",
                cc.office_id, "--title", "Verificare il braccialetto", *vchair).code == 0
    minutes = tmp_path / "minutes.age"
    assert rete("lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--out",
                minutes, *vchair).code == 0
    assert rete("lab", "import", minutes, *vc).code == 0
    case_id = json.loads(rete("case", "list", "--json", *vc).out)[0]["id"]

    r = rete("case", "erase", case_id, "--yes", *vc)

    assert r.code == 0, r.err
    assert rete("case", "show", case_id, *vc).code == 6
    [action] = json.loads(rete("lab", "action", "list", "--json", *vc).out)
    assert action["title"] == "Verificare il braccialetto" and action["task_id"] is None
    assert rete("audit", "verify", *vc).code == 0


IT = {"RETE_LANG": "it"}


def _lab_meeting_with_action(rete: CliRunner, tmp_path: Path) -> tuple[dict[str, Office], str]:
    net = build_network(tmp_path / "net")
    cav, cc = net["cav"], net["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    case_id = rete(*vc, "case", "new", "--title", "Caso", "--risk", "alto").out.strip()
    rete(*vc, "case", "basis", case_id, "--share-with", "laboratorio", "--basis", "consent",
         "--collected", "orale", "--reason", "discussione in rete")
    item = tmp_path / "item.age"
    assert rete(*vc, "lab", "item", "--case", case_id, "--to", cav.office_id, "--out",
                item).code == 0
    assert rete(*vchair, "packet", "import", item).code == 0
    return net, case_id


def _lab_meeting(rete: CliRunner, tmp_path: Path) -> tuple[dict[str, Office], str, str]:
    """A chaired meeting with the carabinieri's item on the agenda: (offices, meeting, item)."""
    net, _ = _lab_meeting_with_action(rete, tmp_path)
    vchair = ("--vault", net["cav"].path)
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to",
                      net["carabinieri"].office_id, "--out", tmp_path / "a.age").out.strip()
    shown = json.loads(rete(*vchair, "--json", "lab", "show", meeting_id).out)
    return net, meeting_id, shown["items"][0]["item_id"]


def test_lab_lists_read_italian(rete: CliRunner, tmp_path: Path) -> None:
    net, _ = _lab_meeting_with_action(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vchair = ("--vault", cav.path)
    r = rete(*vchair, "lab", "items", env=IT)
    assert r.code == 0 and "alto" in r.out and "high" not in r.out
    assert "Stazione Carabinieri Casalmaggiore" in r.out
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                      "--out", tmp_path / "a.age").out.strip()
    rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", cc.office_id,
         "--title", "Verificare")
    r = rete(*vchair, "lab", "action", "list", env=IT)
    assert r.code == 0 and "da fare" in r.out and "open" not in r.out
    assert "Stazione Carabinieri Casalmaggiore" in r.out
    r = rete(*vchair, "lab", "meetings", env=IT)
    assert r.code == 0 and "presiede" in r.out and "chair" not in r.out
    assert "ordine del giorno" in r.out and "agenda" not in r.out.replace("ordine", "")


def test_lab_show_reads_as_translated_minutes_and_json_stays_the_document(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, item_id = _lab_meeting(rete, tmp_path)
    cc = net["carabinieri"]
    vchair = ("--vault", net["cav"].path)
    rete(*vchair, "lab", "decision", "add", "--meeting", meeting_id, "--item", item_id,
         "--text", "Attivare la casa rifugio.")
    rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--item", item_id,
         "--owner", cc.office_id, "--due", "2030-01-24", "--title", "Verificare il braccialetto")
    doc = json.loads(rete(*vchair, "--json", "lab", "show", meeting_id).out)
    assert doc["format"] == "rete-lab-minutes/1" and doc["decisions"][0]["item_id"] == item_id
    code = doc["items"][0]["summary"]["case_code"]

    italian = rete(*vchair, "lab", "show", meeting_id, env=IT)
    assert italian.code == 0, italian.err
    assert "{" not in italian.out and '"' not in italian.out
    for text in (f"1. Caso {code} — proposto da {cc.name}", "Ufficio proponente: Carabinieri",
                 "Livello di rischio: alto", "Minori coinvolti: 0", "Decisioni:",
                 "- Attivare la casa rifugio.", "- Verificare il braccialetto — ufficio "
                 f"incaricato: {cc.name} — entro il 2030-01-24 — da fare", "Presenti:"):
        assert text in italian.out, italian.out
    english = rete(*vchair, "lab", "show", meeting_id).out
    for text in (f"1. Case {code} — proposed by {cc.name}", "Risk level: high",
                 "Children involved: 0", "Decisions:", f"owner: {cc.name} — due 2030-01-24"
                 " — open"):
        assert text in english, english
    assert "Livello" not in english


def test_lab_item_show_speaks_the_users_language_and_the_pdf_stays_italian(
    rete: CliRunner, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    net = build_network(tmp_path / "net")
    cc, cav = net["carabinieri"], net["cav"]
    v = ("--vault", cc.path)
    case_id = rete(*v, "case", "new", "--title", "Caso", "--risk", "alto").out.strip()
    rete(*v, "person", "add", "--case", case_id, "--role", "vittima", "--name", "A",
         "--birth-year", "1990")
    rete(*v, "case", "consent", case_id, "--share-with", "cav")
    english = rete(*v, "lab", "item", "--case", case_id, "--show")
    assert english.code == 0, english.err
    for text in ("Case code:", "Proposing office: Carabinieri", "Risk level: high",
                 "Persons: Victim:", "Request to the network: -"):
        assert text in english.out, english.out
    for italian in ("Codice caso", "Livello di rischio", "Vittima", "alto"):
        assert italian not in english.out
    assert "Livello di rischio: alto" in rete(*v, "lab", "item", "--case", case_id, "--show",
                                               env=IT).out
    shown = json.loads(rete(*v, "--json", "lab", "item", "--case", case_id, "--show").out)
    assert shown["risk"] == "high" and shown["persons"][0]["role"] == "victim"

    out = tmp_path / "item.age"
    assert rete(*v, "lab", "item", "--case", case_id, "--to", cav.office_id, "--out",
                out).code == 0
    with cav.open() as vault:
        from rete_desktop.packets.packet import receive_packet

        parts: dict[str, bytes] = {}

        def keep(conn: object, packet: object, protocol: str) -> None:
            parts["pdf"] = packet.part("item.pdf")  # type: ignore[attr-defined]

        receive_packet(vault, out.read_bytes(), ("agenda-item",), store=keep)
    import io

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(parts["pdf"])).pages)
    assert "Livello di rischio" in text and "alto" in text and "Risk level" not in text


def test_an_action_reported_done_twice_makes_one_update_and_the_chair_records_it_once(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, _ = _lab_meeting(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vc, vchair = ("--vault", cc.path), ("--vault", cav.path)
    action_id = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner",
                     cc.office_id, "--title", "Verificare").out.strip()
    minutes = tmp_path / "minutes.age"
    rete(*vchair, "lab", "minutes", "--meeting", meeting_id, "--to", cc.office_id, "--out",
         minutes)
    assert rete(*vc, "lab", "import", minutes).code == 0
    first, second = tmp_path / "u1.age", tmp_path / "u2.age"
    assert rete(*vc, "lab", "action-done", action_id, "--out", first).code == 0
    r = rete(*vc, "lab", "action-done", action_id, "--out", second)
    assert r.code == 4 and "already reported done on" in r.err and action_id in r.err
    assert not second.exists()
    with cc.open() as vault:  # an update made twice anyway (by an older version)
        from rete_desktop.lab import exchange

        with vault.transaction() as conn:
            conn.execute("UPDATE lab_actions SET status = 'open' WHERE id = ?", (action_id,))
        second.write_bytes(exchange.send_action_done(vault, action_id).data)  # type: ignore[union-attr]
    assert rete(*vchair, "lab", "import", first).code == 0
    done = json.loads(rete(*vchair, "--json", "lab", "action", "list").out)[0]
    r = rete(*vchair, "lab", "import", second, env=IT)
    assert r.code == 0, r.err
    assert "già registrata come svolta" in r.err and "Nulla è cambiato" in r.err
    assert json.loads(rete(*vchair, "--json", "lab", "action", "list").out)[0] == done
    with cav.open() as vault:
        assert len(vault.query("SELECT 1 FROM audit WHERE action = 'lab.action_update'")) == 1


def test_an_action_for_a_revoked_office_says_it_is_revoked(
    rete: CliRunner, tmp_path: Path
) -> None:
    net = build_network(tmp_path / "net")
    cav, cc, social = net["cav"], net["carabinieri"], net["social"]
    vchair = ("--vault", cav.path)
    meeting_id = rete(*vchair, "lab", "agenda", "--date", "2030-01-10", "--to", cc.office_id,
                      "--out", tmp_path / "a.age").out.strip()
    assert rete(*vchair, "directory", "revoke", social.office_id, "--yes").code == 0
    for owner in (social.office_id, cc.office_id):  # not invited, or invited then revoked
        if owner == cc.office_id:
            assert rete(*vchair, "directory", "revoke", cc.office_id, "--yes").code == 0
        r = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", owner,
                 "--title", "Verificare")
        assert r.code == 5 and "revoked from the network directory" in r.err, r.err
        assert "not found" not in r.err
    r = rete(*vchair, "lab", "action", "add", "--meeting", meeting_id, "--owner", "nobody",
             "--title", "Verificare")
    assert r.code == 6


def test_lab_present_and_an_empty_lab_items_say_so_on_stderr(
    rete: CliRunner, tmp_path: Path
) -> None:
    net, meeting_id, _ = _lab_meeting(rete, tmp_path)
    cav, cc = net["cav"], net["carabinieri"]
    vchair = ("--vault", cav.path)
    r = rete(*vchair, "lab", "present", "--meeting", meeting_id, "--office", cc.office_id,
             env=IT)
    assert r.code == 0 and r.out == ""
    assert "Presenze registrate per la riunione del 2030-01-10. Uffici presenti: 2" in r.err
    assert cc.name in r.err and cav.name in r.err
    r = rete(*vchair, "lab", "items", env=IT)  # the only item went on the agenda
    assert r.code == 0 and r.out == "" and "Nessun caso in attesa" in r.err
    assert rete(*vchair, "--json", "lab", "items").out.strip() == "[]"
    assert "No cases waiting" in rete(*vchair, "lab", "items").err
