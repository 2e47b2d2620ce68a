"""Entry point frozen by PyInstaller: the same ``main`` as the ``rete`` console script."""

import sys

from rete_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
