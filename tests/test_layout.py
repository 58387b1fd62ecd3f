"""The shape a newcomer should see: content/ in small modules that know nothing of platforms,
and platform adapters that reach the store only through handlers/."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENT_MODULE_LINES = 300


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_platform_adapters_import_nothing_from_content():
    for name in ("slack_app.py", "slack_blocks.py", "slack_views.py", "discord_app.py",
                 "discord_embeds.py"):
        reached = {m for m in imports(ROOT / "bot" / name) if m.split(".")[0] == "content"}
        assert not reached, (name, reached)


def test_content_modules_stay_small_and_hold_no_platform_state():
    for path in sorted((ROOT / "content").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= CONTENT_MODULE_LINES, path.name
        for platform_state in ("seen_events", "event_id", "thread_ts", "interaction"):
            assert platform_state not in text.lower(), (path.name, platform_state)


def test_handlers_know_nothing_of_the_platforms():
    for path in sorted((ROOT / "handlers").glob("*.py")):
        tops = {m.split(".")[0] for m in imports(path)}
        assert not tops & {"slack_bolt", "slack_sdk", "discord", "bot"}, path.name
