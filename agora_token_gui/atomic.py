"""Writing a file all or nothing, without changing what the user's path is (standard library only).

The text goes to a temporary file beside the real target and is renamed over it, so a crash or
a full disk never leaves half a file. A path that is a symbolic link keeps being that link: the
file it points to is replaced, not the link. An existing file keeps its permission bits; a new
one gets 0600 (the contents are credentials).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> None:
    """Replace the file at ``path`` (or the file its symlink points to) with ``text`` in UTF-8.

    Raises:
        OSError: the directory is not writable, the disk is full, ...
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
