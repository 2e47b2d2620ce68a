"""Printable documents built with reportlab in memory (never through a temp file)."""
