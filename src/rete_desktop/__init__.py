"""Rete Desktop: an offline-first desk for one office of a territorial anti-violence network."""

__version__ = "0.1.0"
