from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.serve.helpers import Running, running


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    """One server for a whole test module (starting one takes about a millisecond, but why wait)."""
    with running() as found:
        yield found
