"""``python -m agora_token_gui`` starts the desktop app."""

import sys

from agora_token_gui.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
