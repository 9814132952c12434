"""Writing output files so that a crash never leaves a half-written one behind."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from annotator.core.errors import SaveError


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces ``target`` only if the block succeeds."""
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as e:
        raise SaveError(f"{target}: cannot write there ({e.strerror})") from e
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except OSError as e:
        raise SaveError(f"{target}: could not be written ({e.strerror}); nothing was changed") from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write_text(target: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
