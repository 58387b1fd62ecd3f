"""Readings kept narrow after a review: each new reading of a question, tried on a tiny pack
where it must not fire (or must still fire), as an outsider would type it. The packs and
questions are in narrow_readings.yaml."""

from pathlib import Path

import pytest
import yaml

from tests.handlers.test_reading import ask, fillers, small_pack

CASES = yaml.safe_load((Path(__file__).parent / "narrow_readings.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["q"] for c in CASES])
def test_a_reading_stays_narrow(tmp_path, case):
    with small_pack(tmp_path, case["subject"], [*case["entries"], *fillers()]) as router:
        reply = ask(router, case["q"])
        assert reply.answered is case["answered"], reply.text
        if "says" in case:
            assert case["says"] in reply.text, reply.text
