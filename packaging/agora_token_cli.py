"""Entry script for the bundled `agora-token` executable: the same as the pip console script."""

import multiprocessing
import sys

from agora_token_gui.cli import main

if __name__ == "__main__":
    # `batch --jobs N` starts worker processes; a frozen executable must let them run (Windows,
    # macOS spawn a copy of this executable).
    multiprocessing.freeze_support()
    sys.exit(main())
