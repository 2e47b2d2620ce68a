"""Plain records and rules of the office's work: no I/O, no Qt."""
