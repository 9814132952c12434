"""The demo project in the window: its amounts come with suggested links, and L accepts them."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.demo import ensure_demo
from tests.gui.app_start import start


@pytest.fixture
def project(tmp_path) -> Path:  # the window fixture opens the demo, as built on a first start
    return ensure_demo(tmp_path / "demo")


def test_l_on_a_demo_amount_accepts_its_suggested_link(window, store, qtbot):
    doc = window.doc_id
    amounts = [a for a in store.annotations(doc) if a.label == "AMOUNT"]
    amount = next(a for a in amounts if any(k.status == "suggested" for k in store.links_from(a.id)))
    (link,) = [k for k in store.links_from(amount.id) if k.status == "suggested"]
    stats = window.statistics
    stats.show()
    qtbot.waitUntil(lambda: "Links: 0" not in stats.project_links.text() and " open, " in stats.project_links.text())
    window.select_annotation(amount.id)
    assert "(suggested" in window.form.links_label.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    (after,) = store.links_from(amount.id)
    assert (after.id, after.kind, after.target_id, after.status, after.annotator) == (
        link.id, link.kind, link.target_id, "accepted", "tester")
    assert "(suggested" not in window.form.links_label.text()


def test_the_window_opened_on_an_old_untouched_demo_shows_its_suggested_links(settings, monkeypatch, qapp, tmp_path):
    """The last project was the demo an earlier version built (no links): the start brings it up
    to date before opening it, as a first start builds it."""
    import annotator.core.suggest.links as links
    from annotator import demo
    from annotator.core.store import Store
    from annotator.core.suggest.runner import suggest_documents
    from annotator.gui import app as app_module
    from annotator.paths import DATA_DIR_ENV, demo_project

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    with monkeypatch.context() as m:  # as an earlier version built it
        m.setattr(links, "suggest_spans_and_links", lambda store: suggest_documents(store))
        m.setattr(demo, "META_KEY", "not-the-demo-key")
        folder = ensure_demo()
    settings.last_project = str(folder)
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    opened = start(qapp, monkeypatch, lambda window: (window.store.folder, len(window.store.links())))
    assert opened and opened[0][0] == demo_project() and opened[0][1] > 0
    with Store.open(folder) as store:
        assert all(k.status == "suggested" for k in store.links())
