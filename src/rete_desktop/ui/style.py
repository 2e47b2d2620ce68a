"""The app's few colours in one place: red means "refused, overdue, high risk" on every screen,
green "accepted, saved", grey a hint. A screen names the meaning, not the hex code."""

from __future__ import annotations

ERROR = "#b00020"  # refusals, overdue deadlines, high risk, revoked offices
OK = "#1b5e20"  # accepted, saved, verified (4.5:1 on white, as every colour here)
WARNING = "#7a4b00"  # offices a consent excludes, actions to chase
MUTED = "#555"  # hints, empty states, draft state
BORDER = "#888"  # drop areas
ERROR_ON_GREY = "#8b0000"  # red on the sidebar's grey (7:1): an overdue backup
RISK_MEDIUM = "#8a5300"  # between OK and ERROR on the risk chart
WEAK = "#d35400"  # a passphrase that would be refused (the strength bar)
FAIR = "#27ae60"  # a passphrase accepted, not yet strong (the strength bar)
PAGE_BACKDROP = "#8a8a8a"  # behind the white pages of a PDF preview
CHILD_ROW = "#fff4cc"  # a child's row among the persons of a case

ERROR_TEXT = f"color: {ERROR};"
ERROR_BOLD = f"color: {ERROR}; font-weight: bold;"
OK_TEXT = f"color: {OK};"
OK_BOLD = f"color: {OK}; font-weight: bold;"
WARNING_BOLD = f"color: {WARNING}; font-weight: bold;"
MUTED_TEXT = f"color: {MUTED};"
DROP_AREA = f"border: 2px dashed {BORDER}; color: {MUTED};"
ERROR_ON_GREY_BOLD = f"color: {ERROR_ON_GREY}; font-weight: bold;"
PAGES = f"background: {PAGE_BACKDROP};"
NOTICE_BANNER = "QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"
