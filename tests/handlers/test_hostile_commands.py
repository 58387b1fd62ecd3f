"""Commands a hostile-input audit found crashing or storing what should be refused: each gets
a short reply and changes nothing."""

import time

import pytest

from tests.conftest import ask, snapshot


@pytest.mark.parametrize("user", ["member", "admin"])
def test_a_huge_cron_weekday_range_is_refused_at_once(router, store, user):
    before = snapshot(store)
    started = time.monotonic()
    reply = ask(router, 'subscribe cron "0 9 * * 0-99999999"', user=user)
    assert time.monotonic() - started < 5  # it built a list of 100 million days before
    assert not reply.answered and snapshot(store) == before


@pytest.mark.parametrize("text", ["subscribe daily ²:00", "subscribe daily ٣:00",
                                  'subscribe cron "0 9 * * 1/99"'])
def test_digits_other_than_0_to_9_are_no_time(router, store, text):
    before = snapshot(store)
    reply = ask(router, text, user="admin")
    assert "went wrong" not in reply.text.lower() and snapshot(store) == before
    assert "went wrong" not in ask(router, text).text.lower()


@pytest.mark.parametrize("when", ["0001-01-01T00:00+14:00", "9999-12-31T23:59-14:00"])
def test_a_date_utc_cannot_hold_is_a_usage_reply(router, when):
    for text in (f"changes since {when}", f"what changed since {when}?"):
        assert "went wrong" not in ask(router, text).text.lower()


@pytest.mark.parametrize("text", ["add event foo\n My title", "set mythos foo\n value",
                                  "set mythos title \u200b", "add event zz \u200b",
                                  "set mythos summary \u202e", "set mythos summary \u2066\u2069"])
def test_a_name_with_a_newline_or_a_value_that_shows_nothing_is_refused(router, store, text):
    before = snapshot(store)
    ask(router, text, user="admin")
    assert snapshot(store) == before


@pytest.mark.parametrize("day", ["31 2", "30 2"])
def test_a_cron_day_that_never_comes_is_refused(router, store, day):
    before = snapshot(store)
    reply = ask(router, f'subscribe cron "0 9 {day} *"', user="admin")
    assert "never" in reply.text and snapshot(store) == before
    assert "Subscribed" in ask(router, 'subscribe cron "0 9 29 2 *"', user="admin").text


@pytest.mark.parametrize("name,value", [
    ("BRIEFBOT_DEBOUNCE", "²"), ("PORT", "²"), ("DISCORD_SHARD_COUNT", "²"),
    ("DISCORD_GUILD_IDS", "¹²"), ("BRIEFBOT_USER_RATE", "9" * 5000)],
    ids=["debounce", "port", "shards", "guilds", "5000-digits"])
def test_an_odd_number_in_the_environment_is_named_not_a_traceback(name, value):
    from bot.config import Config, ConfigError

    with pytest.raises(ConfigError, match=name):
        Config.from_env({name: value})
