"""Text helpers used from many threads at once (Bolt and discord.py answer on worker threads)."""

import random
import string
import threading

from content.text import name_keys, stem, stems


def test_stemming_from_many_threads_gives_the_single_thread_result():
    rng = random.Random(5)
    suffixes = ["ational", "iveness", "fulness", "ization", "ing", "ed", "ies", "ousli", "s"]
    words = list({
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) + rng.choice(suffixes)
        for _ in range(40_000)
    })
    stem.cache_clear()
    expected = {w: stem(w) for w in words}
    stem.cache_clear()  # every thread below must really stem, not read the cache
    failures: list[BaseException] = []
    results: dict[str, str] = {}

    def work(chunk: list[str]) -> None:
        try:
            for word in chunk:
                results[word] = stem(word)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(words[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures[:3]
    assert results == expected


def test_a_shortened_title_before_a_name_stems_as_the_title_too():
    assert {"admir", "adm"} <= stems("Rear Adm. Dana Holt")
    assert {"lieuten", "governor"} <= stems("Lt. Gov. Sam Reyes")
    # only before a name: not a lower-case "gen.", nor a title before nothing
    assert "general" not in stems("a gen. of ferries") and "doctor" not in stems("Dr.")
    assert "judg" in stems("Mr Justice Grace Hill") and "judg" in stems("Justice Grace Hill ruled")
    for text in ["the Justice Department", "Justice Secretary Ana Ruiz", "the Climate Justice Act"]:
        assert "judg" not in stems(text), text
    # a street's "Dr." ending a sentence, a title before a single letter
    assert "doctor" not in stems("the depot on Harbour Dr. Crews rebuilt it")
    assert "general" not in stems("a survey of Gen. Z voters") and "secretari" not in stems(
        "Sec. A of the rules")


def test_a_nickname_in_quotation_marks_is_a_name_too():
    assert name_keys(['Dana "Dee" Holt']) == {"dana dee holt", "dee holt"}
    # alone too, when it is no everyday word ("dee", "red" are)
    assert "kiki" in name_keys(["Kristin \u201cKiki\u201d van der Berg"])
    assert "red" not in name_keys(['Dana "Red" Holt'])
    assert name_keys(["Gull Island", ""]) == {"gull island"}

