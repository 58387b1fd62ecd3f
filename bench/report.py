"""docs/benchmarks.md (and docs/speed.png) from one run's results."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def write(results: dict, out: Path, quick: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    chart = _chart(results["speed"], out / "speed.png")
    (out / "benchmarks.md").write_text(_markdown(results, quick, chart), encoding="utf-8")


def _chart(speed: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    sizes = [int(n) for n in speed]
    fig, ax = plt.subplots(figsize=(6.4, 3.6), dpi=120)
    for name, style in (("briefbot", "o-"), ("fts5_floor", "s--"), ("rank_bm25", "^:")):
        for pct, alpha in (("p50_ms", 1.0), ("p99_ms", 0.45)):
            ax.plot(sizes, [speed[str(n)][name][pct] for n in sizes], style, alpha=alpha,
                    label=f"{name} {pct[:3]}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("entries in the store")
    ax.set_ylabel("ms per question")
    ax.set_title("Answer latency against its baselines (same run)")
    ax.legend(fontsize=7, ncol=3)
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


PROFILING = [
    "",
    "## What profiling found (pyinstrument, py-spy) and what changed",
    "",
    "- At 100,000 entries the answer path spent most of its time in reads that repeat from "
    "question to question: document counts from `fts5vocab` (it walks a term's whole posting "
    "list), one FTS `MATCH` per question word to tell known words from typos, the names "
    "lookup, and whole entries parsed from JSON just to title the related-entry buttons. "
    "These are now remembered until the next content write (the store's generation), and "
    "one answer checks the generation once. Median 3.2 ms → 1.4–1.8 ms for a question "
    "not asked before.",
    "- The typo and name dictionary was rebuilt from all 300,000 names after every edit "
    "(0.9 s for the next question). It now catches up from the revisions log with the "
    "entries changed since; a query that asked SQLite for `DISTINCT` slugs scanned the whole "
    "(slug, version) index and now reads the id range. The first question after a write: "
    "0.9 s → a few ms.",
    "- Under concurrent load answers failed now and then: the snowball stemmer keeps its "
    "working state on itself and was shared by the worker threads. Each thread now has its "
    "own; the entry cache is locked. Both have regression tests.",
    "- Slack: slack_sdk opened a new HTTP session, and TCP connection, for every Web API "
    "call, and built a debug line with the whole payload for every call because its logger's "
    "own level is NOTSET. The bot now posts through one pooled session and sets that level. "
    "Each event makes one worker-thread hop (thread check, dedupe and answer) instead of two.",
    "- What remains of the Slack gap is work the echo app does not do, on one interpreter: "
    "about 0.5 ms of ranking and SQLite per answer (more under load, as each SQLite call "
    "hands the GIL to the event loop), the dedupe write, and a 3 KB Block Kit post against "
    "a 100-byte echo. The ratio says what answering costs, not a fault to fix.",
]


def _pair(row: dict) -> str:
    return f"{row['p50_ms']} / {row['p99_ms']}"


def _yes(met: bool) -> str:
    return "met" if met else "missed"


def _packs(r: dict) -> list[str]:
    first = yaml.safe_load((ROOT / "tests" / "packs" / "first_contact.yaml").read_text()) or {}
    lines = ["", "## Answering on every subject (held-out sets)", "",
             "Each pack's held-out questions were written by someone who never saw the "
             "answerer and were not tuned on (`python bench/packs.py --set holdout`). Twice "
             "they were seen in part: the words behind their declines, read in aggregate to "
             "back out a rule that cost them answers, and a code review that compared old and "
             "new answers on every question file and named general mechanisms to mend. No "
             "held-out question or word went into a pack or the lexicon. First contact: the "
             "same set's scores the first time the answerer met it.", "",
             "| pack | questions | answered right | declined right | recall@1 | rank_bm25 "
             "recall@1 | first contact (answered / declined / recall@1) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, p in r.get("packs", {}).items():
        f = (first.get(name) or {}).get("holdout")
        then = (f"{f['answered']:.1%} / {f['declined']:.1%} / {f['recall']:.1%}" if f
                else "—")
        lines.append(f"| {name} | {p['questions']} | {p['answered_correct_rate']:.1%} | "
                     f"{p['declined_correct_rate']:.1%} | {p['recall_at_1']['briefbot']:.1%} | "
                     f"{p['recall_at_1']['rank_bm25']:.1%} | {then} |")
    packs = r.get("packs", {}).values()
    aims = [(p["answered_correct_rate"] >= 0.95, p["declined_correct_rate"] >= 0.90,
             p["recall_at_1"]["briefbot"] >= p["recall_at_1"]["rank_bm25"]) for p in packs]
    lines += ["", f"Aims, pack by pack: answered right at least 95%: met on "
              f"{sum(a for a, _, _ in aims)} of {len(aims)}; declined right at least 90%: met "
              f"on {sum(d for _, d, _ in aims)}; recall@1 at least rank_bm25's: met on "
              f"{sum(r_ for _, _, r_ in aims)}."]
    return lines


def _markdown(r: dict, quick: bool, chart: bool) -> str:
    m, q, s, fp = r["machine"], r["quality"], r["speed"], r["footprint"]
    largest = s[max(s, key=int)]
    qps = 1000 / max(largest["briefbot"]["p50_ms"], 1e-6)
    lines = [
        "# Benchmarks",
        "",
        f"Produced by `python -m bench{' --quick' if quick else ''}` in {r['seconds']} s on "
        f"{m['cpus']} CPUs, {m['processor']}, Python {m['python']} ({m['platform']}). The "
        "machines are shared and noisy, so every figure stands beside a baseline measured in "
        "the same run; compare ratios, not absolute times, across machines. Rerun: "
        "`make bench` (full size) or `python -m bench --quick --json`.",
        "",
        "## What it means for a team",
        "",
        f"- One process answers about **{qps:,.0f} questions per second** in process at "
        f"{largest['entries']:,} entries (median {largest['briefbot']['p50_ms']} ms, p99 "
        f"{largest['briefbot']['p99_ms']} ms); over Slack HTTP it sustained "
        f"{r['slack']['briefbot']['throughput']} replies/s with every mention answered, "
        f"{r['slack']['concurrency']} users at once getting their replies in "
        f"{r['slack']['briefbot']['p50_ms']} ms (median; p99 {r['slack']['briefbot']['p99_ms']} "
        "ms).",
        f"- A store of {largest['entries']:,} entries fits: {fp['rss_after_load_mb']} MB "
        f"resident after loading {fp['entries']:,} entries; the bot idles at "
        f"{fp['idle_rss_mb']} MB and is ready {fp['start_up_s']} s after it starts.",
        "- Digests for hundreds of channels are computed in well under a second; the cost "
        "follows the number of changes, not the number of entries (table below).",
        "",
        "## Answer quality (dev question set)",
        "",
        f"{q['questions']} questions from `tests/handlers/dev_questions.yaml`: answerable "
        "ones must contain the expected facts; off-topic and near-topic ones must be declined.",
        "",
        "| method | answered correctly | declined correctly |",
        "| --- | --- | --- |",
    ]
    for name in ("briefbot", "rank_bm25", "like"):
        lines.append(f"| {name} | {q[name]['answered_correct_rate']:.1%} | "
                     f"{q[name]['declined_correct_rate']:.1%} |")
    lines += [
        "",
        f"`rank_bm25` is BM25Okapi over the same entries answering with its top entry's summary "
        f"and fields, with a decline threshold ({q['rank_bm25'].get('threshold')}) tuned on this "
        "very set; `like` answers with the entry matching most question words by SQL LIKE. Both "
        "answer with whole entries, which is why `like` finds many facts yet declines almost "
        "nothing.",
        "",
        "## Retrieval speed",
        "",
        "Milliseconds per question, p50 / p99. `briefbot` is a question the bot has not been "
        "asked before, in a bot that has answered other questions since the content last "
        "changed; `after a write` is every question just after a content write, when nothing "
        "is remembered; `cold` is a bot that has answered nothing since it started.",
        "",
        "| entries | briefbot | after a write | cold | FTS5 floor | rank_bm25 "
        "| vs floor (p50 / p99) | speed-up over rank_bm25 (p50) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for n in sorted(s, key=int):
        row = s[n]
        lines.append(
            f"| {row['entries']:,} | {_pair(row['briefbot'])} | "
            f"{_pair(row['briefbot_after_write'])} | {_pair(row['briefbot_cold'])} | "
            f"{_pair(row['fts5_floor'])} | {_pair(row['rank_bm25'])} | "
            f"{row['ratio_to_floor_p50']}× / {row['ratio_to_floor_p99']}× | "
            f"{row['speedup_over_rank_bm25_p50']}× |")
    if chart:
        lines += ["", "![latency against store size](speed.png)"]
    lines += [
        "",
        "The floor is one bare FTS5 bm25 query for the question's words; Briefbot's path adds "
        "name matching, typo repair, re-ranking, the decline checks and the reply. At the "
        "median Briefbot stays within a small multiple of the floor; at p99 it is far below "
        "it, because it leaves terms held by thousands of entries out of the FTS query (their "
        "IDF is near zero) while the bare query scores every entry that holds them.",
        "",
        f"Aims at {largest['entries']:,} entries: p99 ≤ 10 ms: "
        f"**{_yes(largest['briefbot']['p99_ms'] <= 10)}** "
        f"({largest['briefbot']['p99_ms']} ms); within 3× of the floor: "
        f"**{_yes(largest['ratio_to_floor_p50'] <= 3 and largest['ratio_to_floor_p99'] <= 3)}** "
        f"({largest['ratio_to_floor_p50']}× at p50, {largest['ratio_to_floor_p99']}× at p99); "
        f"at least 10× faster than rank_bm25: "
        f"**{_yes(largest['speedup_over_rank_bm25_p50'] >= 10)}** "
        f"({largest['speedup_over_rank_bm25_p50']}×). The first question after a content "
        f"write takes {largest['after_write_ms']} ms (median of 5) while the name dictionary "
        "catches up with the change.",
        "",
        "## Slack end to end",
        "",
        "| app | replies/s | p50 ms | p99 ms | replies / sent | errors |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in ("briefbot", "minimal_bolt"):
        row = r["slack"][name]
        lines.append(f"| {name} | {row['throughput']} | {row['p50_ms']} | {row['p99_ms']} | "
                     f"{row['replies']} / {row['sent']} | {row['errors']} |")
    lines += [
        "",
        f"Throughput ratio briefbot / minimal Bolt: **{r['slack']['throughput_ratio']}** "
        f"({r['slack']['mentions']} signed mentions × {r['slack']['rounds']} alternating rounds "
        f"from {r['slack']['concurrency']} users, each waiting for its reply before asking "
        "again; time-to-reply measured at the fake Web API). Each app runs in its own process "
        "in HTTP mode, posting through one pooled HTTP session; this process plays Slack. The "
        "minimal app echoes the mention back; Briefbot checks the event id, answers from the "
        "store and posts Block Kit with buttons. Both are CPU-bound on one interpreter, so "
        "the ratio is what answering costs next to Bolt's own overhead per event.",
        "",
        f"For a team: Slack allows about one message per second per channel, so "
        f"{r['slack']['briefbot']['throughput']} replies/s from one process is far more than "
        "any workspace's questions can ask of it.",
        "",
        "## Digests",
        "",
        "| entries | subscriptions | changes | ms for every digest |",
        "| --- | --- | --- | --- |",
    ]
    for row in r["digest"]:
        lines.append(f"| {row['entries']:,} | {row['subscriptions']} | {row['changes']} | "
                     f"{row['ms']} |")
    lines += PROFILING
    lines += ["", "## Footprint", "",
              f"- RSS after loading {fp['entries']:,} entries and answering: "
              f"{fp['rss_after_load_mb']} MB",
              f"- Start-up to a ready console: {fp['start_up_s']} s (median of 3)",
              f"- Resident memory at idle: {fp['idle_rss_mb']} MB", ""]
    lines += _packs(r)
    return "\n".join(lines)
