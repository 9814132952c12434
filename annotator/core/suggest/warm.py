"""What a label key needs, loaded before the first key asks for it.

The first DISTRICT key of a session took 350-511 ms even in a short document: jieba's word list,
the gazetteer and the suggesters' patterns load when first used (``suggest/segment.py``,
``gazetteer.load_gazetteer``, ``get_suggester``). The window calls :func:`warm_up` in a worker
thread once a project is open. Each of those loads once per process under its own lock, so a key
pressed while the worker is still loading waits for the worker's load rather than starting a second.
"""
from __future__ import annotations

from annotator.core.suggest import default_suggesters, segment
from annotator.core.suggest.values import value_in_paragraph

SAMPLE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"


def warm_up() -> None:
    """Load the word list, the gazetteer and every rule suggester's patterns (a few hundred ms, once)."""
    segment.warm_up()
    for suggester in default_suggesters():
        list(suggester.suggest(SAMPLE))
    start = SAMPLE.index("湖里区")
    value_in_paragraph("DISTRICT", SAMPLE, start, start + 3)  # its line places it: no document read
