"""Entry script for the bundled `agora-token` executable: the same as the pip console script."""

import sys

from agora_token_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
