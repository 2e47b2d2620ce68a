"""The app's few colours in one place: red means "refused, overdue, high risk" on every screen,
green "accepted, saved", grey a hint. A screen names the meaning, not the hex code."""

from __future__ import annotations

ERROR = "#b00020"  # refusals, overdue deadlines, high risk, revoked offices
OK = "#1b5e20"  # accepted, saved, verified (4.5:1 on white, as every colour here)
WARNING = "#7a4b00"  # offices a consent excludes, actions to chase
MUTED = "#555"  # hints, empty states, draft state
BORDER = "#888"  # drop areas

ERROR_TEXT = f"color: {ERROR};"
ERROR_BOLD = f"color: {ERROR}; font-weight: bold;"
OK_TEXT = f"color: {OK};"
OK_BOLD = f"color: {OK}; font-weight: bold;"
WARNING_BOLD = f"color: {WARNING}; font-weight: bold;"
MUTED_TEXT = f"color: {MUTED};"
DROP_AREA = f"border: 2px dashed {BORDER}; color: {MUTED};"
