"""LibreOffice (7.4, Writer/Web) opening the reading export spun at full CPU for ever and never showed it:
each document's <div> carried its anchor id around the metadata table (a <div id> holding a <table> hangs
its HTML import; the same page without the id opened at once). The anchor is now on the document's heading,
and no element holding a table has an id."""
from __future__ import annotations

from html.parser import HTMLParser

from annotator.core.export import html_page
from tests.core.test_export_html import spans_of, store  # noqa: F401  (a fixture)


class Ids(HTMLParser):
    """The ids of the elements open around each <table>, and of each <h1>."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.around_tables: list[str] = []
        self.headings: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        element_id = dict(attrs).get("id")
        if tag == "table":
            self.around_tables += [i for _t, i in self.open if i]
        if tag == "h1":
            self.headings.append(element_id)
        if tag not in ("meta", "br"):
            self.open.append((tag, element_id))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass


def test_no_element_around_a_table_has_an_id_the_anchor_is_on_the_heading(store, tmp_path):  # noqa: F811
    out = tmp_path / "page.html"
    html_page.write(store, out)
    ids = Ids()
    ids.feed(out.read_text(encoding="utf-8"))
    assert ids.headings and all(i and i.startswith("doc-") for i in ids.headings), ids.headings
    assert ids.around_tables == []
