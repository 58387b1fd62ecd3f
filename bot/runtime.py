"""The long-lived pieces built from the config: the store (seeded on first use), the router."""

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.config import Config
from content.ledger import Ledger
from content.loader import Pack, load_into, pack_fingerprint, read_pack
from content.store import LoadResult, Store
from content.store import open_store as open_location
from handlers.router import Router

log = logging.getLogger(__name__)


def open_store(config: Config, seed: bool = True) -> Store:
    """Open the database and bring it in line with the content pack (`BRIEFBOT_CONTENT`)
    unless `seed` is off: an empty store is seeded; when the pack's files changed since the
    last start, changed entries are reloaded and entries an earlier pack brought that this one
    lacks are retired (pointing the bot at another subject's pack switches subject; history
    is kept). Entries added in chat are left alone, and so is a store whose pack an operator
    chose with `content load`."""
    store = open_location(config.store_location)
    if not seed:
        return store
    fingerprint = pack_fingerprint(config.content)
    loaded = store.meta("pack_fingerprint")
    if store.count(include_retired=True) and (
            loaded == fingerprint or loaded.startswith(MANUAL)):
        return store  # unchanged, or an operator chose the pack with `content load`
    pack = read_pack(config.content)
    for problem in pack.problems:
        log.warning("content pack: %s", problem)
    if store.count(include_retired=True) == 0:
        result = load(store, pack)
        log.info("seeded the store from %s: %d entries", config.content, result.added)
    elif not pack.entries:
        log.warning("content pack %s has no valid entry; the store keeps what it has",
                    config.content)
        return store
    else:
        result = load(store, pack)
        retired = 0
        if pack.unread:  # its entries may be in the files it could not read: retire nothing
            log.warning("content pack %s: %d file(s) could not be read; no entry is retired "
                        "until they can be", config.content, len(pack.unread))
        else:  # an entry the pack still names, however broken, is kept as it was
            retired = store.retire_missing({e.slug for e in pack.entries} | pack.named,
                                           datetime.now(UTC))
        log.info("content pack %s: %d added, %d changed, %d retired", config.content,
                 result.added, result.changed, retired)
    store.set_meta({"pack_fingerprint": fingerprint})
    return store


MANUAL = "manual:"


def load_by_hand(store: Store, pack: Pack, folder) -> LoadResult:
    """`content load DIR`: the operator picks the pack; start-up no longer follows
    BRIEFBOT_CONTENT for this store until it is emptied."""
    result = load(store, pack)
    store.set_meta({"pack_fingerprint": MANUAL + pack_fingerprint(folder)})
    return result


def load(store: Store, pack: Pack) -> LoadResult:
    return load_into(store, pack, datetime.now(UTC))


def build_router(config: Config, status: Callable[[Ledger], dict] | None = None) -> Router:
    """`status`: what only the process knows (platforms, scheduler), for the `status` command."""
    return Router(open_store(config), config.settings(), status)
