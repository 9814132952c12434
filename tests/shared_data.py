"""Where tests and benchmarks find the shared data: the gold corpus, the reports, the
gazetteer tables. One place, one environment variable.

``ANNOTATOR_SHARED`` names the folder; unset, it is ``shared/`` beside the checkout
(``../shared``, as laid out for development and CI). A test that needs a file that is not
there is skipped with a message naming the folder and the variable - never passed quietly.
"""
from __future__ import annotations

import os
from pathlib import Path

SHARED_ENV = "ANNOTATOR_SHARED"
ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared data folder (it may not exist)."""
    return Path(os.environ.get(SHARED_ENV) or ROOT.parent / "shared")


def shared_files(sub: str, pattern: str = "*") -> list[Path]:
    """The files of ``sub`` matching ``pattern``, sorted; empty when there are none."""
    return sorted(p for p in (shared_dir() / sub).glob(pattern) if p.is_file())


def missing_reason(sub: str, pattern: str = "*") -> str:
    return (f"no shared data {sub}/{pattern} in {shared_dir()} "
            f"(set {SHARED_ENV} to the folder holding corpus/, reports/, gazetteer/)")


def require(sub: str, pattern: str = "*") -> list[Path]:
    """The files of ``sub`` matching ``pattern``; the calling test is skipped when there are none."""
    files = shared_files(sub, pattern)
    if not files:
        import pytest

        pytest.skip(missing_reason(sub, pattern))
    return files
