"""Split a chat message into the questions it asks.

A message may ask up to `MAX_PARTS` questions ("when did the ferry stop, and who runs the
trust now?"). Each part is read alone by `handlers.answer`; this module only finds where one
question ends and the next begins, sets aside remarks and lead-ins ("for my memo: ..."), and
lets a short later part borrow the words of the part before ("... and when?").
"""

import re

from content.text import US_NAMES, words
from handlers.english import irregular
from handlers.lexicon import FRAMING, POINTERS, QUESTION_WORDS, SHORT_FORMS, STOP, WORK_PRODUCTS

MAX_PARTS = 3


# A question after a lead-in that holds at least this many words of its own asks about them,
# not about the lead-in's topic ("when did it end?" after "for my memo on the bus strike:")
FRAMED_REST = 3


_PART_OPENERS = frozenset(
    "what who whom whose when where why how which is are was were does do did can could will "
    "would has have had".split()
)


_PART_BREAK = re.compile(r"[?;]+|\n+|,?\s+(?:\b(?:and|also|plus|(?-i:vs|versus))\b|[+&])\s+"
                         r"(?=(\w+)(?:\W+(\w+))?)", re.IGNORECASE)


_HAVE = frozenset("has have had".split())
# (words after "has" that carry its verb on: "and had to pay", "and has since retired")
_HAVE_GOES_ON = frozenset("to been already since just never not also always".split())


# Words that may come between "and" and the question word of a new part ("and roughly what")
_BEFORE_OPENER = frozenset("roughly approximately about also then exactly just so ballpark".split())


_OWN_QUESTION = re.compile(
    r"\w+\s+(?:what|which|whose|whom)\b(?:(?!\band\b)[^?;\n])*?\b(?:did|does|do|was|were|is|"
    r"are|will|would|has|have|had|can|could)\b", re.IGNORECASE)


def split_parts(text: str) -> list[str]:
    """The questions of a message (see `parts_and_asides`)."""
    return [part for part, _ in parts_and_asides(text)]


_LEAD_IN = re.compile(r"\s*+([^:?\n]{1,60}?)\s*(?::|\s[-–—]+)\s+(?=\S)")


# A clause before the question that says what the message is for ("Since I'm building a slide
# on the strike's cost, how much ...", "For a one-pager on the ferry deal: what ...")
_FRAME = re.compile(
    r"\s*+([^?\n]{3,160}?)([,:;]|\s[-–—]+)\s+(?=(?:(?:so|and)\s+)?(?:(?:can|could|would)\s+"
    r"you\s+(?:please\s+)?\w+(?:\s+(?:me|us|on|of))?\s+)?(?:(?:roughly|just|about|exactly)\s+)?"
    r"(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|has|have|"
    r"had|please\s+\w+)\b)", re.IGNORECASE)


_FIRST_PERSON = frozenset("i im we our my me us".split())


_ON = frozenset("on about regarding re covering".split())


_ASKER = _FIRST_PERSON | {"please"}


def lead_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A lead-in clause that says what the message is for ("Since I'm building a slide on the
    strike's cost, ...") or is a remark of the asker's set off by a colon or a dash ("Before I
    forward this to the director - ..."), before a question of its own: (the words that may
    help pick the entry but that the answer need not hold, the words of them that only frame
    it and are never asked for, known or not). The topic a slide is on ("on the Oakdale
    strike") is what a short question after it asks about ("when did it end?"): framing
    then covers only the words before it."""
    match = _FRAME.match(text)
    if match is None:
        return frozenset(), frozenset()
    lead = words(match.group(1))
    rest = words(text[match.end():])
    # (the asker's own: "for a memo", "I'm building a slide"; not "per the agency's brief")
    product = next((i for i, w in enumerate(lead) if w in WORK_PRODUCTS), None)
    mine = bool(lead) and (lead[0] == "for" or not _ASKER.isdisjoint(lead))
    remark = match.group(2).strip() not in ",;" and not _FIRST_PERSON.isdisjoint(lead)
    if not lead or lead[0] in _PART_OPENERS or not (remark or (mine and product is not None)):
        return frozenset(), frozenset()
    whole = sum(w not in STOP for w in rest) >= FRAMED_REST
    if product is None:  # a remark: all of it, unless it is what a short question asks
        framing, topic = (lead, []) if whole else ([], [])
    else:  # ("for the memo I'm drafting on the strike": the strike is the topic)
        on = next((i for i, w in enumerate(lead[product:], product) if w in _ON), len(lead))
        framing, topic = lead[:on + 1], lead[on + 1:]
    own = frozenset(rest)
    meta = frozenset(framing) - own
    return (meta | (frozenset(topic) - own if whole else frozenset())), meta


# "Please provide a short brief on ...", "could you give me a quick rundown of ...": a request
# for a fact in the words of a request for writing
_REQUEST = re.compile(
    r"[^\w?]{0,20}(?:(?:hey|hi|hello)\b\W{0,20})?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|"
    r"pls\s+)+"
    r"(?:provide|give|prepare|send|share|do)\s+(?:me\s+|us\s+)?(?:a|an)\s+"
    r"(?:(?:short|quick|brief|one-line|two-line)\s+)*(?:brief|briefing|summary|rundown|overview|"
    r"recap|update)(?:\s+line)?\s+(?:on|of|about|regarding|covering)\s+", re.IGNORECASE)


def _without_lead_in(text: str) -> str:
    request = _REQUEST.match(text)
    text = text[request.end():] if request else text
    match = _LEAD_IN.match(text)
    if match is None:
        return text
    lead = words(match.group(1))
    # ("bottom line for a briefing note: ...": the asker's wish for a short answer)
    if lead[:2] == ["bottom", "line"]:
        lead = lead[2:]
        if not lead:
            return text[match.end():]
    if (lead and len(lead) <= 8 and all(w in STOP or w in FRAMING for w in lead)
            and any(w in FRAMING for w in lead) and QUESTION_WORDS.isdisjoint(lead)):
        return text[match.end():]
    # "for the budget slide: ...": what it is for, whatever the slide is about
    if (len(lead) <= 6 and lead[:1] == ["for"] and lead[-1] in FRAMING
            and QUESTION_WORDS.isdisjoint(lead)):
        return text[match.end():]
    # "quick q for a pier memo - ...", "prepping for a ferry call tomorrow: ...": the asker's
    # own errand, whatever its first words, when a thing a message is for ends it
    if len(lead) <= 8 and QUESTION_WORDS.isdisjoint(lead) and _errand(lead):
        return text[match.end():]
    return text


_SOON = frozenset("today tomorrow tonight later soon".split())


def _errand(lead: list[str]) -> bool:
    """Is this lead-in "for" a thing a message is for ("for a pier memo", "for a call
    tomorrow"), after only framing words or a verb of the asker's ("prepping")?"""
    if "for" not in lead:
        return False
    at = lead.index("for")
    before, after = lead[:at], lead[at + 1:]
    while after and after[-1] in _SOON:
        after = after[:-1]
    return (0 < len(after) <= 4 and after[-1] in WORK_PRODUCTS
            and all(w in STOP or w in FRAMING or w.endswith("ing") for w in before))


def parts_and_asides(text: str) -> list[tuple[str, bool]]:
    """Up to three questions in one message: "When was it signed? And who attended?",
    "what is X and who made it". A break needs a question word after "and"; the last part
    takes whatever is left. A part that is only a new ending for the part before ("who is
    the judge on the search case and on the ad tech case") borrows that part's beginning.
    Each part comes with whether it is an aside: a sentence after a question that asks
    nothing itself ("...? asking for my boss"), answered when it can be, never declined.
    A lead-in that only frames the message ("quick q for a memo: ...") is left out."""
    text = _without_lead_in(text)
    parts, start, ending = [], 0, False  # ending: the part is "and <preposition> ..."
    sentence = False  # the part starts a new sentence ("...? asking for my boss")
    for match in _PART_BREAK.finditer(text):
        follower = match.group(1)
        if (follower is not None and follower.casefold() in _BEFORE_OPENER
                and match.group(2) is not None):
            # "and roughly what were the goods worth": "what"; "and roughly how much" asks
            # nothing of its own and stays with the part before
            after = words(re.split(r"[?;\n]", text[match.end():], maxsplit=1)[0])
            follower = match.group(2) if any(w not in STOP for w in after) else "and"
        if follower is not None and follower.casefold() not in _PART_OPENERS | _PREPOSITIONS:
            continue
        # ("who was fired and had to pay?", "... and has since retired": the verb goes on,
        # where "and had he flown there before?" asks anew)
        then = (match.group(2) or "").casefold()
        if follower is not None and follower.casefold() in _HAVE and (
                not then or then in _HAVE_GOES_ON or then.endswith(("ed", "en"))
                or irregular(then)):
            continue
        asked = "?" in match.group(0)
        parts.append((text[start:match.start()], ending, sentence and not asked))
        # "and in which court" ends the part before; "and at what time did it start" is a
        # question of its own.
        start, ending = match.end(), (follower is not None
                                      and follower.casefold() in _PREPOSITIONS
                                      and not _OWN_QUESTION.match(text, match.end()))
        sentence = follower is None
    parts.append((text[start:], ending, sentence and not text.rstrip().endswith("?")))
    # "...? asking for my boss", "...? the one from the spring": a sentence after a question
    # that asks nothing itself is said in passing.
    asides = {p.strip(" ,.!") for p, _, unasked in parts[1:] if unasked and _remark(p)}
    joined: list[str] = []
    for part, ending in ((p.strip(" ,.!"), e) for p, e, _ in parts):
        if not part:
            continue
        led = ending or _LEADS.match(part) is not None
        borrowed = _borrow(joined[-1], part) if joined and led else None
        if ending and borrowed is None and joined:
            joined[-1] = f"{joined[-1]} and {part}"  # "did they win and in which court"
        else:
            joined.append(borrowed or part)
    # (a remark of the asker's own is said as it is: "...? I've seen 4k and 12k both quoted"
    # asks nothing of each number; "...? date and time pls" still asks each of the question)
    remarks = [p for p in joined[1:] if p in asides and not _FIRST_PERSON.isdisjoint(words(p))]
    joined = [p for i, p in enumerate(joined) if not (i and p in remarks)]
    # "Where and when did X ...": "where did X ..." and "when did X ..."
    for i in reversed(range(len(joined) - 1)):
        first, rest = joined[i].casefold().strip(" ,"), joined[i + 1].split(maxsplit=1)
        if (first in QUESTION_WORDS and len(rest) == 2
                and rest[0].casefold().strip(",") in QUESTION_WORDS):
            joined[i] = f"{joined[i].strip(' ,')} {rest[1]}"
    # "how many findings and how many recommendations did the panel make?", "what processor
    # and how much RAM did it have?": the first part asks of what the second's ending says
    # (a noun only, not a verb: "how many died and how many were hurt in the fire?"; from
    # the last part back, so "how many A and how many B and how many C did it make?" holds)
    for i in reversed(range(len(joined) - 1)):
        asked = _ASKED_ONLY.fullmatch(joined[i].strip(" ,"))
        if asked and all(_noun_like(w) for w in words(asked.group("noun"))):
            tail = _SHARED_TAIL.match(joined[i + 1])
            if tail is not None:
                joined[i] = f"{joined[i].strip(' ,')} {tail.group('tail')}"
    # "when did A and B each go there": "when did A go there" and "when did B go there"
    joined = [q for p in joined for q in _each(p)]
    joined = _asked_of_each_named(joined)
    # ("was there a reward? how much?": a later part of question words alone asks them of
    # what the part before was about, as "how much was it?" does)
    joined = [f"{p} was it" if i and _BARE_ASK.fullmatch(p.strip(" ,.!?")) else p
              for i, p in enumerate(joined)]
    # (a later part of question and pointing words only, "... and who was it?", asks of what
    # the part before was about)
    parts = [p for i, p in enumerate(joined)
             if any(w not in STOP for w in words(US_NAMES.sub(" usa ", p))) or (
                 i and _leans_back(p))]
    parts = [*parts, *remarks] if parts else [text]
    if len(parts) > MAX_PARTS:
        parts = [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1 :])]
    return [(part, i > 0 and part in asides) for i, part in enumerate(parts)]


# A part of question words alone ("how much", "when", "by how much", "how many")
_BARE_ASK = re.compile(r"(?i)(?:and\s+)?(?:by\s+)?(?:how\s+(?:much|many|long|big|old|far)|"
                       r"when|where|who|why|what\s+year|what\s+date)")


def _leans_back(part: str) -> bool:
    """Does this part ask who, when, where or how much of what it points back at ("who was
    it", "when was that"), naming nothing itself?"""
    tokens = words(part)
    return len(tokens) > 2 and tokens[0] in QUESTION_WORDS and not POINTERS.isdisjoint(tokens)


# A part that only names what it asks ("how many findings", "what processor") and one that
# goes on to say of what ("how much RAM did the phone have?")
_OPENER = r"(?:how\s+(?:many|much)|what|which)"


_AUXILIARY = r"(?:did|do|does|was|were|is|are|will|would|has|have|had)"


_ASKED_ONLY = re.compile(rf"(?:[^:?]{{1,60}}:\s*)?{_OPENER}(?P<noun>(?:\s+[\w'-]+){{1,2}})",
                         re.IGNORECASE)


def _noun_like(word: str) -> bool:
    """Not a word that only a verb or a pronoun could be ("died", "caused", "it", "burned")."""
    return word not in STOP and not word.endswith("ed") and not irregular(word)


_SHARED_TAIL = re.compile(rf"\s*{_OPENER}(?:\s+[\w'-]+){{1,2}}?\s+(?P<tail>{_AUXILIARY}\b.+)",
                          re.IGNORECASE | re.DOTALL)


_EACH = re.compile(r"(?P<head>(?:what|when|where|why|how(?:\s+\w+)?|who|which\s+\w+)\s+"
                   rf"{_AUXILIARY}\s+)"
                   r"(?P<a>\S+(?:\s+\S+){0,3}?)\s+and\s+(?P<b>\S+(?:\s+\S+){0,3}?)\s+each\s+"
                   r"(?!other\b)(?P<rest>.+)", re.IGNORECASE)


# A part that only names two things ("crews + pilots", "the Tern and the Gull, separately pls")
_ONLY_TWO = re.compile(r"\s*(?P<a>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:and|vs\.?|versus|\+|&)\s+"
                       r"(?P<b>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
                       r"(?:\W+(?:separately|respectively|each|both|pls|please))*\W*",
                       re.IGNORECASE)


def _asked_of_each_named(parts: list[str]) -> list[str]:
    """A question followed by a part that only names two things asks that question of each
    ("how many days did each strike last? crews + pilots": how many days the crews' strike
    lasted, and the pilots')."""
    asked: list[str] = []
    for part in parts:
        two = _ONLY_TWO.fullmatch(part)
        if (asked and two and QUESTION_WORDS.isdisjoint(words(part))
                and not _PART_OPENERS.intersection(words(part)[:1])):
            question = asked.pop().rstrip(" ?")
            asked += [f"{question} {two.group('a')}", f"{question} {two.group('b')}"]
        else:
            asked.append(part)
    return asked


def _each(part: str) -> list[str]:
    """One question for each of two things it asks of "each" in turn."""
    match = _EACH.fullmatch(part)
    if match is None:
        return [part]
    head, rest = match.group("head"), match.group("rest")
    return [f"{head}{match.group(name)} {rest}" for name in ("a", "b")]


_PREPOSITIONS = frozenset("on in for at with from to by during".split())


_REQUESTS = frozenset("tell give list show explain name describe summarize summarise "
                      "define compare remind".split())


def _remark(part: str) -> bool:
    """Does this sentence ask nothing: no question word, not opening with a request or a
    verb that asks ("is it", "did they")?"""
    tokens = words(part)
    return bool(tokens) and tokens[0] not in _PART_OPENERS | _REQUESTS and not any(
        t in QUESTION_WORDS or t in SHORT_FORMS and SHORT_FORMS[t].split()[0] in QUESTION_WORDS
        for t in tokens)


_FIRST_PERSON = frozenset("i ive im id me my we weve our us".split())
_LEADS = re.compile(r"^(?:and|but|also|plus|what about|how about)\s+", re.IGNORECASE)


def _borrow(before: str, part: str) -> str | None:
    """`part` as a whole question when it only gives `before` a new ending ("and on ferries?"
    after "what is Acme's share in the harbour?" asks for Acme's share on ferries), else None."""
    rest = _LEADS.sub("", part)
    first = rest.split(maxsplit=1)[0].casefold() if rest.split() else ""
    if first not in _PREPOSITIONS:
        return None
    found = list(re.finditer(rf"\s{first}\s", before, re.IGNORECASE))
    return f"{before[:found[-1].start()]} {rest}" if found else None
