"""The laboratorio's documents as this office holds them, for the screen and the printer.

The chair's agenda and minutes are rebuilt from its vault (so the minutes can be read before
they are sent); a member's are the signed documents it received. Either way the PDF is made in
memory, in the network's Italian like the one that travels in the packet.
"""

from __future__ import annotations

from rete_desktop.lab import meeting
from rete_desktop.reports import lab_pdf
from rete_desktop.storage.vault import Vault


def meeting_pdf(vault: Vault, meeting_id: str) -> tuple[str, bytes]:
    """``("agenda"|"minutes", pdf)``: the minutes once sent or received, else the agenda."""
    m = meeting.get_meeting(vault, meeting_id)
    if m.status == "minutes":
        return "minutes", lab_pdf.minutes_pdf(meeting.stored_document(vault, meeting_id))
    doc = meeting.agenda_doc(vault, meeting_id) if m.role == "chair" \
        else meeting.stored_document(vault, meeting_id)
    return "agenda", lab_pdf.agenda_pdf(doc)


def draft_minutes_pdf(vault: Vault, meeting_id: str) -> bytes:
    """The minutes of a meeting this office chairs as they stand now (before sending them)."""
    meeting.chaired(vault, meeting_id)
    return lab_pdf.minutes_pdf(meeting.minutes_doc(vault, meeting_id))
