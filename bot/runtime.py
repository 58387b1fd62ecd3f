"""The long-lived pieces built from the config: the store (seeded on first use), the router."""

import logging
from datetime import UTC, datetime

from bot.config import Config
from content.loader import Pack, load_into, read_pack
from content.store import LoadResult, Store
from handlers.router import Router

log = logging.getLogger(__name__)


def open_store(config: Config, seed: bool = True) -> Store:
    """Open the database; an empty one is seeded from the content pack unless `seed` is off."""
    store = Store(config.db)
    if seed and store.count(include_retired=True) == 0:
        pack = read_pack(config.content)
        for problem in pack.problems:
            log.warning("content pack: %s", problem)
        result = load(store, pack)
        log.info("seeded %s from %s: %d entries", config.db, config.content, result.added)
    return store


def load(store: Store, pack: Pack) -> LoadResult:
    return load_into(store, pack, datetime.now(UTC))


def build_router(config: Config) -> Router:
    return Router(open_store(config), config.settings())
