"""Reading people as a colleague would: what is a question to the briefing, what is chatter,
and "what's new" said in plain words."""

import re
from datetime import datetime, timedelta

from content.text import words
from handlers.lexicon import STOP

QUESTION_OPENERS = frozenset(
    "what whats who whos whom whose when where wheres why how hows which is are was were do does "
    "did can could will would should has have had any".split()
)
REQUEST_OPENERS = frozenset(
    "tell explain describe give summarize summarise compare define remind".split()
)
# A message this short that names an entry ("acme recall", "and the HSB") is a question.
NAMING_WORDS = 8

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NEW = re.compile(
    r"^(?:so |and |hey |ok |okay )?(?:"
    r"what(?: is|s|'s)? new|any (?:news|updates?|changes)|(?:the )?latest(?: news| updates?)?"
    r"|(?:any )?(?:recent|new) (?:news|updates?|changes)|what(?: has|s|'s)? changed"
    r"|what(?: has|s|'s)? happened|what(?: did|has) (?:i|we) miss(?:ed)?"
    r")(?P<rest>.*)$"
)
_WINDOW = re.compile(
    r"^(?:recently|lately|so far)?\s*(?:(?P<today>today|in the last day|since yesterday)"
    r"|(?P<week>this week|in the last week|in the past week)"
    r"|(?P<month>this month|in the last month|in the past month)"
    r"|since (?P<since>.+?))?\s*$"
)

# "give me an overview", "brief me", "what's this about?", "tl;dr": the whole briefing asked,
# with no topic of its own ("a summary of the pier fire" is a question about the fire)
_OVERVIEW = re.compile(
    r"(?:(?:so|and|hey|hi|ok|okay|please|pls)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?"
    r"(?:(?:please|pls)\s+)?(?:(?:give|send|show)\s+(?:me|us)\s+)?(?:(?:an?|the|your)\s+)?"
    r"(?:(?:quick|short|brief|high[- ]level)\s+)?"
    r"(?:(?:overview|summary|rundown|run-down|recap|gist|tl;?dr)"
    r"(?:\s+(?:of|on)\s+(?:the|this|your)?\s*(?:briefing|subject|story|topic|whole thing|"
    r"everything|it|this))?"
    r"|brief\s+me|fill\s+me\s+in|summari[sz]e(?:\s+(?:the\s+briefing|it|this|everything))?"
    r"|what(?:\s+is|'s|s)\s+(?:this|the\s+briefing|this\s+briefing|the\s+story)\s+about"
    r"|what\s+(?:do|can)\s+(?:you|u)\s+(?:know|cover|tell\s+me)(?:\s+about)?)")


def asks_overview(text: str) -> bool:
    """Does the message ask for the briefing as a whole ("brief me", "give me a quick
    overview", "what's this about?"), naming no topic of its own?"""
    plain = " ".join(text.casefold().replace("’", "'").replace(",", " ").split())
    plain = _POLITE.sub("", _ADDRESSED.sub("", plain)).strip(" ?!.:")
    return _OVERVIEW.fullmatch(plain) is not None


# "@here brief me", "@briefbot tl;dr": whom the message is for; "... please", "... thanks"
_ADDRESSED = re.compile(r"^(?:@\S+\s*)+")
_POLITE = re.compile(r"[\s?!.:]+(?:please|pls|plz|thanks|thx|ty)[\s?!.]*$")


def reads_as_question(text: str, names_an_entry: bool) -> bool:
    """Does an unprompted message read as a question to the briefing? "who made it?",
    "explain the order", "acme recall" do; "thanks!", "lol", "good morning all" do not."""
    found = words(text)
    if not found:
        return False
    topical = [w for w in found if w not in STOP]
    if found[0] in QUESTION_OPENERS or found[0] in REQUEST_OPENERS:
        return True
    if text.rstrip().endswith("?") and topical:
        return True
    return names_an_entry and len(found) <= NAMING_WORDS


def whats_new(text: str, now: datetime) -> str | None:
    """The window a plain "what's new?" asks about, as `changes` reads it ("7d", "24h", a
    date), or None when the message is not that kind of question."""
    plain = " ".join(text.casefold().replace("’", "'").replace("?", " ").split())
    match = _NEW.match(plain)
    if match is None:
        return None
    window = _WINDOW.match(match.group("rest").strip(" .!,"))
    if window is None:
        return None
    if window.group("today"):
        return "24h"
    if window.group("month"):
        return "30d"
    if window.group("since"):
        return _since(window.group("since"), now)
    return "7d"


def _since(day: str, now: datetime) -> str | None:
    """"monday" -> the date of the last Monday; a date or a span as typed."""
    day = day.strip()
    if day == "yesterday":
        return (now - timedelta(days=1)).date().isoformat()
    if day.rstrip("s") in _WEEKDAYS:
        back = (now.weekday() - _WEEKDAYS.index(day.rstrip("s"))) % 7 or 7
        return (now - timedelta(days=back)).date().isoformat()
    return day
