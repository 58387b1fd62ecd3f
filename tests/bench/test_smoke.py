"""CI runs the benchmarks only at toy size: proof the scripts still work, no timings judged."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_python_m_bench_smoke_prints_every_section():
    out = subprocess.run([sys.executable, "-m", "bench", "--smoke", "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    for name in ("briefbot", "rank_bm25", "like"):
        assert {"answered_correct_rate", "declined_correct_rate"} <= set(result["quality"][name])
    for row in result["speed"].values():
        assert {"briefbot", "fts5_floor", "rank_bm25"} <= set(row)
        assert {"p50_ms", "p99_ms"} <= set(row["briefbot"])
    assert {"briefbot", "minimal_bolt", "throughput_ratio"} <= set(result["slack"])
    assert result["slack"]["briefbot"]["replies"] == result["slack"]["briefbot"]["sent"]
    assert result["digest"] and {"rss_after_load_mb", "start_up_s", "idle_rss_mb"} <= set(
        result["footprint"])
