"""Logging, configured once: one line per event, text or JSON, never a token.

BRIEFBOT_LOG_LEVEL (DEBUG, INFO, WARNING, ERROR; default WARNING) and BRIEFBOT_LOG_FORMAT
(text or json). Every known secret from the environment is masked in every line, tracebacks
included, whatever library wrote it.
"""

import json
import logging
from collections.abc import Mapping

SECRETS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN")
SLACK_SDK_LOGGERS = ("slack_sdk.web.async_base_client", "slack_sdk.web.base_client")
TEXT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class Redacting(logging.Formatter):
    def __init__(self, secrets: list[str], as_json: bool):
        super().__init__(TEXT)
        self.secrets = [s for s in secrets if len(s) >= 8]
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        if self.as_json:
            data = {"at": self.formatTime(record), "level": record.levelname,
                    "subsystem": record.name, "message": record.getMessage()}
            for key in ("platform", "channel"):
                if hasattr(record, key):
                    data[key] = getattr(record, key)
            if record.exc_info:
                data["traceback"] = self.formatException(record.exc_info)
            line = json.dumps(data, ensure_ascii=False)
        else:
            line = super().format(record)
            if hasattr(record, "platform"):
                head, sep, rest = line.partition(": ")
                line = f"{head} [{record.platform}/{getattr(record, 'channel', '')}]{sep}{rest}"
        for secret in self.secrets:
            line = line.replace(secret, "[redacted]")
        return line


def configure_logging(env: Mapping[str, str]) -> None:
    level = env.get("BRIEFBOT_LOG_LEVEL", "WARNING").strip().upper() or "WARNING"
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        level = "WARNING"
    handler = logging.StreamHandler()
    handler.setFormatter(Redacting([env.get(name, "").strip() for name in SECRETS],
                                   env.get("BRIEFBOT_LOG_FORMAT", "text").strip() == "json"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # slack_sdk formats a debug line (payload included) for every Web API call unless its
    # logger's own level says otherwise: it tests `logger.level`, which is NOTSET (0) by
    # default, not the effective level. Give it the real one.
    for name in SLACK_SDK_LOGGERS:
        logging.getLogger(name).setLevel(level)
