"""The ``rete`` command: argument parsing and printing only (logic lives in the layers below)."""
