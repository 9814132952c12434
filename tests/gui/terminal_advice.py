"""What a message of the window must not hold: advice for a terminal the window's user may not have ('annotator
restore P', --encoding); shared by the tests of the window's wording (tests/gui/test_advice_*.py)."""
from __future__ import annotations

import re

COMMANDS = ("adjudicate|agreement|coders|documents|done|evaluate|export|export-package|gui|import|import-again|"
            "import-annotations|labels|merge|meta|methods|model-settings|new|open-package|remove|rename|restore|"
            "review|shared|stats|suggest|suggest-links|train")
_TERMINAL = re.compile(rf"annotator ({COMMANDS})\b|(?<![\w-])--[a-z]")


def terminal_advice(text: str) -> list[str]:
    """The commands and options of the command line ``text`` names."""
    return [m.group(0) for m in _TERMINAL.finditer(text)]
