"""The ``rete`` command: argument parsing and printing only (logic lives in the layers below)."""

from rete_desktop import messages
from rete_desktop.cli import help_texts, usage_texts

messages.register("cli/help_texts", help_texts.MESSAGES)
messages.register("cli/usage_texts", usage_texts.MESSAGES)
