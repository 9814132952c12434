"""The first label key of a session is as quick as the next: the suggesters' word lists, the
gazetteer and their patterns load in a worker once the project has painted (350-511 ms of the
first DISTRICT key before, even in a short document)."""
from __future__ import annotations

import threading

from annotator.core.suggest import _get_suggester, default_suggesters, gazetteer, segment
from annotator.gui import warming


def test_the_window_loads_the_suggesters_in_a_worker_once_a_project_is_open(window, qtbot):
    qtbot.waitUntil(lambda: warming.started() is not None)
    worker = warming.started()
    assert worker is not threading.current_thread() and worker.name == "warm-suggesters"
    worker.join(60)
    assert not worker.is_alive()
    assert segment._tokenizer is not None  # jieba's words
    assert gazetteer._load_gazetteer.cache_info().currsize >= 1
    assert _get_suggester.cache_info().currsize == len(default_suggesters())


def test_the_gazetteer_is_loaded_once_when_two_threads_ask_at_once(monkeypatch):
    made = []
    real = gazetteer.from_text

    def counting(*args, **kwargs):
        made.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(gazetteer, "from_text", counting)
    got = []
    threads = [threading.Thread(target=lambda: got.append(gazetteer.load_gazetteer("")), name=f"t{i}")
               for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(got) == 2 and got[0] is got[1]
    assert len(made) <= 1  # 0: loaded before this test (the cache kept for the rest of the session)
