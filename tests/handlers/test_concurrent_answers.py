"""Adapters answer on worker threads (asyncio.to_thread), so one router serves many threads at
once. Every answer must be what the same question gets alone."""

import threading
from pathlib import Path

import yaml

from content.text import stem
from handlers import answer
from handlers.router import Router, Settings
from tests.conftest import ask

HERE = Path(__file__).parent


def test_many_threads_get_the_answers_one_thread_gets(store, monkeypatch):
    questions = [item["q"] for name in ("dev_questions.yaml", "holdout_questions.yaml")
                 for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))]
    unlimited = Settings(user_rate=0)  # one member asks them all
    alone = {q: ask(Router(store, unlimited), q).text for q in questions}
    # A tiny entry cache makes threads evict each other's entries all the time, and a cold
    # stem cache makes every thread stem words itself.
    monkeypatch.setattr(answer, "CACHE_SIZE", 3)
    stem.cache_clear()
    router = Router(store, unlimited)
    got: dict[tuple[int, str], str] = {}
    failures: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for q in questions[offset:] + questions[:offset]:
                got[(offset, q)] = ask(router, q).text
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(i * 17,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures[:3]
    wrong = [(q, text) for (_, q), text in got.items() if text != alone[q]]
    assert not wrong, wrong[:3]
