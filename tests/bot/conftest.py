"""Fixtures shared by the adapter tests."""

from tests.bot.test_slack_http import slack  # noqa: F401  (the Bolt app against a fake Slack)
