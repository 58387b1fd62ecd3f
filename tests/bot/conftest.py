"""Fixtures shared by the adapter tests."""

from tests.bot.test_discord import bot  # noqa: F401  (discord.py against a fake Discord)
from tests.bot.test_slack_http import slack  # noqa: F401  (the Bolt app against a fake Slack)
