"""Where the application's shipped files live (no Qt, no I/O at import)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PROJECTS = ROOT / "projects"
DEMO_PROJECT = PROJECTS / "demo"
DB_FILENAME = "project.sqlite"
