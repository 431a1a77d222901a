"""``python -m agora_token_gui.cli`` is ``agora-token``."""

import sys

from agora_token_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
