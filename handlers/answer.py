"""Turn a question into the entry and facts that answer it, or decline.

The steps:
1. words, minus stop words; idioms read as their plain words ("pull the plug": discontinue);
   unknown words repaired (general-English synonyms, typos) or set aside, but a word spelt right
   (handlers/english.py) is never "repaired" into another; entity names found whole;
2. candidates: entries named in the question, plus an FTS5 bm25 query over the quoted words;
3. each candidate scored by a field-weighted BM25 (names and aliases, keywords, fields, summary)
   over the question's concepts, with a boost for the entry a name names and for entries that
   link to it, so an entry that joins two named things beats either thing's own entry, and
   for two question words in a row that an entry's names or keywords hold in that order;
4. decline on evidence: nothing in the store matches the topic (off-topic), a name the store has
   never seen, or the best entry lacks the kind of fact asked (a date for "when", an amount for
   "how much", a number beside X for "how many X", a quote for "what did X say"), or its fact
   is not about the names and years the question asks of;
5. pick the fields that fit: by the question's words, by field-name conventions (who, when,
   cost, count ...) and by the shape of a value (money, a number, a percentage, a date).

Step 1 lives in `handlers.reading`, the checks of step 4 on the facts picked in
`handlers.declines`; ranking, picking and the parts of a message stay here. Names with a leading
underscore are shared among these three modules and their tests only.
"""

import difflib
import functools
import itertools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from content.entry import Entry
from content.store import Store
from content.text import (
    US_NAMES,
    name_words,
    normalize_name,
    spanned_years,
    stem,
    stems,
    unaccented,
    words,
)
from handlers.declines import (
    _ANYONE_WORDS,
    _CUE_STEMS,
    _GIVEN_AS,
    _MEASURES,
    _MONEY_NOUNS,
    _NO_COUNT,
    _NOT_THEN,
    _NOTHING_ABOUT,
    _PERSONAL,
    _PREDECESSOR,
    _PRESENT_KEYS,
    _SAYS_PRESENT,
    _SHAPE_WORDS,
    _STAFF_NOUNS,
    _STORY_LABELS,
    _STORY_NOUNS,
    _SUCCESSION,
    _YEARS_GIVEN,
    CALLED_NOW,
    CURRENCY_NAMES,
    LATER_NAME_WORDS,
    PERSON_KINDS,
    UNDONE,
    _asks_outcome,
    _asks_person,
    _called_by_summary,
    _called_by_title,
    _counts,
    _deeds_of_anyone,
    _done_form,
    _emphasized,
    _fact_text,
    _fits,
    _holds,
    _kinds_asked,
    _mentions,
    _named_by_role,
    _named_else,
    _named_for_deed,
    _of_the_present,
    _own,
    _peer,
    _person_named,
    _placed,
    _Profile,
    _qualifier,
    _rates,
    _role,
    _says_qualifier,
    _sets_scene,
    _shaped,
    _spell,
    _story_placed,
    _story_words,
    _summary_qualifies,
    _thing_asked,
    _title_says,
    _unmeasured,
    _wrong_kind,
    asks_later_life,
    country_counted,
    doer_asked,
    figure_beside,
    fixed_forms,
    gives_reason,
    named_for_country,
    of_another_year,
    paid_to,
    person_owned,
    says_later,
    spelt_lower,
    spelt_out,
)
from handlers.declines import (
    NO_ONE_WHO as _NO_ONE_WHO,
)
from handlers.declines import (
    NOBODY_SAID_DONE as _NOBODY_SAID_DONE,
)
from handlers.english import (
    adjective_of,
    common,
    derived,
    doers,
    doing,
    english,
    everyday,
    irregular,
    light,
    listed,
    manner,
    other_spellings,
    past_forms,
    past_tense,
    respelt,
    verb_of,
)
from handlers.lexicon import (
    CONVERSES,
    COUNTRY_WORDS,
    DURATION_WORDS,
    GENERIC,
    KIND_WORDS,
    KINDS_CALLED,
    KNOWN_SHORT_FORMS,
    NAME_TITLES,
    NEXT_NOUN_TYPES,
    OUT_OF_SCOPE,
    POINTERS,
    QUESTION_WORDS,
    REPUTE,
    SEATS,
    SIZE_NOUNS,
    STATE_CODES,
    STOP,
    WRITTEN_IDIOMS,
)
from handlers.parts import lead_in, parts_and_asides
from handlers.reading import (
    _ADDRESS,
    _ALL_RIGHT,
    _ARTICLES,
    _ASIDE,
    _DESCRIBING,
    _DETERMINERS,
    _FELT,
    _FILED,
    _HOLD_ON,
    _IDIOM_RUNS,
    _LEADING_CLAUSE,
    _LEGAL_FORM,
    _MEASURED,
    _MONTH_FORMS,
    _MONTH_WORDS,
    _MONTHS,
    _MOVING,
    _NOT_THIS,
    _ORDER_WORDS,
    _OUTWARD,
    _PARTICLES,
    _PERIOD_EDGES,
    _PLACED,
    _RAW_WORD,
    _SAYING,
    _SEAT,
    _SETS_SCENE,
    _SETTINGS,
    _SHORT_SUM,
    _SLASHED,
    _SLASHED_WORDS,
    _SPENDING,
    _STATE,
    _STOP_STEMS,
    _TOPIC_LEAD,
    _WONT,
    _YEAR,
    _YEAR_LEADS,
    MAX_WORDS,
    NEEDS_SHAPE,
    SHAPES,
    Concept,
    Found,
    Question,
    _acronym_name,
    _asked_thing,
    _asking,
    _asks_time_spent,
    _background,
    _counted_of,
    _counting,
    _dated_name,
    _deal_worth,
    _deed,
    _found_by,
    _has_phrase,
    _joined_noun,
    _long_sum,
    _modifier,
    _name_concept,
    _placed_before,
    _plural,
    _question_kind,
    _replace,
    _succeeded,
    _typed_as_acronym,
    _typed_lower,
    _typed_tokens,
    _unknown_doer,
    _wanted,
    asks_for_group,
    causing,
    full_years,
    proper_nouns,
    rate_asked,
    spelt_short,
    synonyms_of,
    unharmed,
)
from handlers.vocabulary import Vocabulary

CACHE_SIZE = 4096
MAX_FACTS = 3  # fields shown with an answer, besides the summary
CLOSE_SHARE = 0.75  # ... each scoring at least this share of the best one
FACT_SHARE = 0.5  # ... or this share, when it holds a question word those before it do not
COUNT_RANK = 0.5  # ranking: an entry with a number of the thing "how many" counts
SETTING_WEIGHT = 0.75  # ranking order: a word of a clause setting the time ("when it sank")
LIGHT_RANK = 0.8  # ranking order: one of English's most common words ("go", "take")
SIZE_RANK = 0.25  # ranking: an entry with a fact named for the size asked ("speed": how fast)
END_RANK = 1.0  # ranking: how it ended ("what did the inquiry ultimately find?"): a final report
BACKGROUND_WEIGHT = 0.5  # picking facts: a word of the scene-setting clause, against the rest
NAME_BONUS = 1.5  # picking facts: one holding a name the question asks of
IDF_POWER = 0.5  # picking facts: how much more a rare question word counts than a common one
COUNTS_BONUS = 3.0  # a fact holding a number of the thing "how many" counts
CANDIDATES = 30
# Entries searched for the words an unknown acronym stands for.
SPELL_FROM = 10
# Field weights of the BM25 score: a word in a name says more than one in the summary.
PLACE_WEIGHTS = {"names": 3.0, "fields": 1.0, "phrases": 2.0, "facts": 1.0, "summary": 1.0}
K1 = 1.2
B = 0.75  # length normalisation of facts and summary, against the other candidates
# The entry a name in the question names, and entries that link to it.
OWN_BOOST = 1.0
RELATED_BOOST = 0.3
CUE_BOOST = 0.25
NAMED_CUE_RANK = 0.25  # ranking: ... and one named for what is asked too (`collapse_cause`)
KIND_BOOST = 0.5  # ranking: an entry of a kind the question names ("which agency")
PERSON_AWAY = 0.5  # ranking: a person's entry, for what a person is not ("how much", "when")
PHRASE_BOOST = 0.5  # ... for each two words in a row of the question an entry's names or
# keywords hold in that order
MAX_INNER_STOPS = 2  # ... or with this many small words between them ("board of appeal")
# When the best entry cannot answer, the next few may, if they score this share of the best.
RUNNERS_UP = 2
RUNNER_UP_SHARE = 0.9
# A later part pointing back at a declined part is answered from an entry the declined part
# ranked this high itself
AGREED_RANKS = 2
# ... or this share, when the best holds no count of what "how many X of Y" asks and the
# runner-up counts X itself (see `_counted_further`)
COUNTED_SHARE = 0.66
# ... and the entry the question names, if it scores this share of the best.
NAMED_SHARE = 0.5
# Kinds of question a runner-up far below the best may answer when the best has no fact of
# that shape (see `_shaped_further`): a time of day is rarely given, and never by chance.
_SHAPED_FURTHER = frozenset({"clock", "temperature"})
_OTHER_THAN = "asks of another than"
# ranking: an entry whose name is for another year than the question names ("2021 assessment")
YEAR_AWAY = 1.0
_OPEN_ENDED = re.compile(r"\b(?:onwards?|since|from|present|later|after|on)\b")
# Words for a body's people ("the Acme crew", "the harbour board folks")
_THEIR_PEOPLE = frozenset("crew crews team teams folks guys gang outfit squad".split())
# Verbs that only say where a thing rests ("how deep is the wreck lying?", "how much was
# sitting in the shed?"): of a figure or a place asked, they add nothing the store must say
_RESTING = frozenset("sitting lying resting".split())
_RESTING_ASKED = frozenset("quantity amount count where".split())
# Decline when the best entry holds less than this share (by IDF) of the question's words.
MIN_COVERAGE = 0.5
NAME_GAP = 2  # words a name's words may have between them in an entry ("2019 Gullport inquiry")
OUTCOME_COVERAGE = 0.75  # ... of a yes/no question on whether something ever happened
LIGHT_SHARE = 0.5  # ... where one of English's most common words counts for this much
# Decline when this share of a question's topic words is unknown and it names no entry.
MAX_UNKNOWN_SHARE = 0.5
# How much a word no entry holds counts against coverage, against an average known word.
UNSEEN_WEIGHT = 0.75
# ... and in a yes/no question at least this share of the weight of a word no entry holds
UNSEEN_RARE_SHARE = 0.3
# Short names typed ("AB" for "Acmebook") read as the names they clip, at most, per question
MAX_CLIPS = 3
# A taught phrasing this close (shared stems) to the question answers from its entry.
LEARNED_MATCH = 0.8


@dataclass
class _Thread:
    """What the parts of a message answered so far leave for the next part."""

    context: tuple[str, ...]  # the entries a part that names nothing is read of
    before: str | None  # the question the part before asked (what "what about Y?" asks again)
    conversation: tuple[str, ...]  # the context the message came with
    founds: list[Found] = field(default_factory=list)
    named_before: tuple[str, ...] = ()  # people the part before named
    things_before: tuple[str, ...] = ()  # things the part before named
    first: Question | None = None  # the first part, as read and answered
    read_before: Question | None = None  # the part before, as read
    figures: frozenset[str] = frozenset()  # the figures the answer before gave


def _phrase_runs(tokens: list[str]) -> list[tuple[str, ...]]:
    """Runs of the question that may be a name or keyword an entry holds: two words in a row
    that are not stop words, or two such words with up to MAX_INNER_STOPS stop words between
    them. Names keep their small words, and the outer words alone are never found in them
    ("how many fines did the Gull Board of Appeal overturn?", "who chairs the Port of the Gulls
    Trust?")."""
    runs = []
    for i, first in enumerate(tokens):
        if first in STOP:
            continue
        for j in range(i + 1, min(len(tokens), i + MAX_INNER_STOPS + 2)):
            if tokens[j] not in STOP:
                runs.append(tuple(tokens[i:j + 1]))
                break
    return runs


class Answerer:
    def __init__(self, store: Store, vocabulary: Vocabulary | None = None):
        self.store = store
        self.vocabulary = vocabulary or Vocabulary(store)
        self._cache: OrderedDict[tuple[str, int], tuple[Entry, _Profile]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def find(self, text: str, context: tuple[str, ...] = ()) -> Found:
        """Answer one question. `context`: the entries a conversation is about, used when the
        question names nothing itself ("who made it?")."""
        with self.store.reading():
            return self._find(text, context)

    def find_all(self, text: str, context: tuple[str, ...] = (),
                 before: str | None = None) -> list[Found]:
        """Answer each part of a message of up to three questions; a part that names nothing
        is read in the light of the part before it ("what is X and who made it?"), and "what
        about Y?" asks the part before of Y. `before`: the question the conversation last
        answered, the part before the first. Each Found keeps its part as typed (`question`)
        and the question a later "what about" would ask again (`asked`)."""
        t = _Thread(context=context, before=before, conversation=context)
        with self.store.reading():
            for part, aside in parts_and_asides(text):
                self._answer_part(t, part, aside)
            return _shown_whole(self._as_one(text, t.conversation, t.founds, t.first)
                                or t.founds)

    def _answer_part(self, t: _Thread, part: str, aside: bool) -> None:
        """Answer one part of a message in the light of the parts before it (`t`), and leave
        what a later part may point back at."""
        # ("..., and who was it?" after a part declined: nothing to point back at)
        if t.founds and t.founds[-1].entry is None and all(w in STOP for w in words(part)):
            return
        # "did X happen too? when did that end?": when the part before was declined, a
        # part that names nothing is about that same unanswered thing ...
        t.context = () if t.founds and t.founds[-1].entry is None else t.context
        # ... unless "she" points at the person that part named ("when did Dana Holt
        # join the Tern? when did she retire?": Holt, whatever the Tern's record lacks)
        if t.founds and t.founds[-1].entry is None and t.read_before is not None:
            t.context = _named_by_declined(t.read_before, part) or (
                self._borrowed(t.read_before, part))
        about = _ABOUT.match(part)
        y = about.group(1) if about else ""
        asked_again, whole = self._about(y, t.before) if about and t.before else ("", False)
        # (a question made whole needs nothing the conversation brought)
        found = (self._answer(self._read(asked_again, () if whole else t.context))
                 if about and t.before else None)
        question = None
        # ("what share of the crews voted yes, and what share of the pilots voted yes on
        # theirs?": the pilots' vote, not the crews' the part before answered)
        again, swapped = (self._asked_again(t.founds[-1].question, part) if t.founds
                          and t.founds[-1].entry is not None and not about else None) or (
            None, frozenset())
        if again is not None:
            t.context, t.named_before, t.things_before = t.conversation, (), ()
        two = None if about else self._each_of_two(again or part, t.context)
        if two is not None:
            # ("what share of the crews and of the pilots voted yes?": each answered)
            t.founds += [replace(f, asked=f.question) for f in two]
            t.before, t.context = part, (two[-1].entry.slug,)
            t.named_before = t.things_before = ()
            t.figures = _figures(two[-1].facts)
            return
        if found is None or not self._about_fits(found, y):
            question, found = self._part_alone(t, part, again, swapped)
        # ("when did the day ferry start, and what about the night ferry?": the part
        # before is not of the night ferry, though its words fit that entry too)
        if about and t.founds and t.founds[-1].entry is not None and t.read_before is not None:
            others = frozenset(slug for _, _, slug in self.vocabulary.names_in(words(y)))
            if t.founds[-1].entry.slug in others and found.entry is not None and (
                    found.entry.slug in others):
                t.read_before.others = others
                redone = self._answer(t.read_before)
                if redone.entry is not None:
                    t.founds[-1] = replace(redone, question=t.founds[-1].question,
                                           asked=t.founds[-1].asked)
        # ("who captained the Tern, and who captains it now?": not the same captain twice)
        if t.founds and _of_the_present(part):
            found = _present_only(found, t.founds)
        # ("when did the ferry sail, and when was it sold?": a later part that gets
        # only what a part before got asks something else; the next entry may say)
        # (read alone when it was read in the light of that entry: "the thing" may be
        # another)
        # (not when the facts it got say all the part asks: "how much did the search cost, and
        # who paid?" of "about €9 million, paid by the airline")
        if question is not None and _repeats(found, t.founds) and not _said_in(question, found):
            again_of = [question] + ([self._read(question.text, ())]
                                     if question.recalled else [])
            for retry in again_of:
                retry.others = retry.others | {found.entry.slug}
                redone = self._answer(retry)
                if redone.entry is not None:
                    found = redone
                    break
        # A remark after a question is answered only when the question was
        # ("...? curious how it compares to X" says nothing when "it" is not known).
        if aside and (found.entry is None or (t.founds and t.founds[-1].entry is None)):
            return
        # "what about Y?" after "who made X?" then "what about Z?": still who made Z.
        t.before = t.before if t.before and about else part
        t.founds.append(replace(found, question=part, asked=t.before))
        t.first = question if len(t.founds) == 1 else t.first
        # (a person only, by the pack's `person` kind, and only when the entry that
        # answered is no person: "when did Holt join Acme, and what is her salary?" asks
        # Holt's, not Acme's)
        t.named_before = () if question is None or question.recalled or (
            found.entry is not None and found.entry.kind in PERSON_KINDS) else tuple(
            s for s in question.named if question.kinds.get(s) in PERSON_KINDS) + (
            # ("Who piloted the ferry, and how old was he?": he is the one it answered)
            self._people_answered(found) if question.qtype in ("who", "which") else ())
        t.things_before = _things_named(question, found)
        t.read_before = question
        if found.entry is not None:
            t.context = (found.entry.slug,)
            t.figures = _figures(found.facts)

    def _part_alone(self, t: _Thread, part: str, again: str | None,
                    swapped: frozenset[str]) -> tuple[Question, Found]:
        """A part read as a question of its own, in the light of what the parts before it
        named and answered (`t`); `again`: the part before asked again of another thing."""
        # The question before does not fit what "what about" names: the part alone.
        # ("When did the board dismiss Dana Holt, and who replaced her?": her is
        # the person the part before named, not only the board that answered it)
        personal = t.context and _PERSONAL.intersection(words(part))
        # ("Who ran the port authority in 2019, and who runs it now?": it is the
        # authority the part before named, not the person who answered it)
        things = () if personal or not _IMPERSONAL.intersection(words(part)) else (
            t.things_before)
        # ("what time on the 9th did the ferry dock, and how many boats waited
        # that day?": the day the part before gave)
        asking = _day_before(t.founds[-1].question, again or part) if t.founds else (
            again or part)
        # ("which judge heard the ferry case, and what did the harbour board try
        # to do about him?": him is the judge, though the part names the board)
        if personal:
            asking = self._person_put_in(asking, t.named_before)
        question = self._read(asking, (*things, *t.context,
                                       *(t.named_before if personal else ())))
        # ("..., and who let that number out?": what the answer before said)
        question.figures = (t.figures if _POINTS_AT_ANSWER.intersection(words(part))
                            else frozenset())
        found = self._answer(question)
        # ("..., and what share of the dockers voted yes on theirs?": a thing the
        # briefing never names has no vote in it, whatever the rest matches)
        if swapped and swapped <= set(question.unknown):
            found = Found(declined=_UNKNOWN_OTHER, ranked=found.ranked)
        # ("..., and how long was the report?": "the report", a word the briefing
        # never uses, is what the part before asked of and was answered from)
        pointed = _pointed_back(part, question) if (
            found.entry is None and t.founds and t.founds[-1].entry is not None) else None
        if pointed is not None:
            found = self._answer(self._read(pointed, t.context))
        # (unless the part alone finds an entry the declined part ranked near the
        # top itself: "what was the ferry's top speed? when did she retire": both
        # are of one thing, the second part answerable though the first was not)
        # (or the entry both rank near the top, the part then read as of it)
        # ("what date did this happen?", first thing asked: "this" is the story the briefing
        # is on, its subject)
        if found.declined == _NO_TOPIC and not t.founds and not t.context and (
                not question.unknown and _STORY_POINTERS.intersection(words(part))):
            question = self._read(self._of_the_story(part), ())
            found = self._answer(question)
        if (t.founds and t.founds[-1].entry is None and found.entry is not None
                and (POINTERS.intersection(words(part)) or _bare(part))
                and not question.named):
            agreed = _agreed(found, t.founds[-1], t.read_before, part)
            if agreed is not None and agreed != found.entry.slug:
                found = self._answer_of(asking, agreed)
            if agreed is None or found.entry is None or found.entry.slug != agreed:
                found = Found(declined=_POINTS_AT_DECLINED,
                              ranked=found.ranked)
        return question, found

    def _of_the_story(self, part: str) -> str:
        """The part with the story the briefing is on in place of "this" or "it"."""
        story = re.sub(r"\s*\([^)]*\)", "", self.store.meta("subject") or "").strip()
        return re.sub(r"\b(?:this|it)\b", lambda _: story, part, count=1, flags=re.IGNORECASE)

    def _answer_of(self, asking: str, slug: str) -> Found:
        """`asking` answered from the one entry `slug` only, when any can answer it."""
        question = self._read(asking, (slug,))
        found = self._answer(question)
        if found.entry is not None and found.entry.slug != slug:
            question.others = frozenset(found.ranked) - {slug}
            found = self._answer(question)
        return found

    def _borrowed(self, declined: Question, part: str) -> tuple[str, ...]:
        """The one entry a declined part named itself, for a later part that names nothing and
        points at nothing ("tell me about the ferry deal - the total and who paid what?": who
        paid what into the deal, though its total was not found)."""
        tokens = words(part)
        # (not after "did anyone quit over it?", whose later parts ask of who may not exist:
        # "..., and what's his name?")
        if declined.recalled or len(declined.named) != 1 or declined.qtype == "yesno" or (
                POINTERS.intersection(tokens) or _bare(part) or self.vocabulary.names_in(tokens)):
            return ()
        # (nor for more of what that part asked: "how many boats were fined, and who got the
        # biggest fine?" asks of fines not found)
        if (stems(part) & stems(declined.text)) - _STOP_STEMS:
            return ()
        return tuple(declined.named)

    def _each_of_two(self, part: str, context: tuple[str, ...]) -> list[Found] | None:
        """Answers to a part that asks the same of two things, one for each, when each is
        answered from an entry of its own ("when did the crews' strike and the pilots' strike
        end?"); None when the part is one question, both halves answered from one entry ("how
        long are the north pier and the north slipway?": the pier's entry gives both)."""
        halves = _same_of_two(part) or self._two_people(part)
        if halves is None:
            return None
        found = [self._answer(self._read(half, context)) for half in halves]
        if any(f.entry is None for f in found) or found[0].entry.slug == found[1].entry.slug:
            return None
        return found

    def _asked_again(self, before: str, part: str) -> tuple[str, frozenset[str]] | None:
        """The part before asked again of another thing (see `_asked_again_of`), or of the
        one the part names after only the opening of the part before ("how many crossings
        did Holt skipper, and how many for Reyes?": how many crossings did Reyes skipper),
        Reyes in the place of the one entry of the same kind the part before names."""
        again = _asked_again_of(before, part)
        if again is not None:
            return again
        match = _OPENING_FOR.fullmatch(part.strip(" ?"))
        old, new = words(before), words(match.group("thing")) if match else []
        opening = words(match.group("opening")) if match else []
        if not new or old[:len(opening)] != opening:
            return None
        names = self.vocabulary.names_in(old)
        given = self.vocabulary.names_in(new)
        if len(names) != 1 or len(given) != 1 or given[0][:2] != (0, len(new)):
            return None
        (start, end, slug), (_, _, other) = names[0], given[0]
        kinds = {slug: e.kind for slug, (e, _) in self._entries([slug, other]).items()}
        if slug == other or kinds.get(slug) != kinds.get(other):
            return None
        return " ".join([*old[:start], *new, *old[end:]]), frozenset(new) - STOP

    def _two_people(self, part: str) -> tuple[str, str] | None:
        """The part asked of each of two people it names by their entries' names, one right
        after the other, however typed ("which ferries did holt and reyes skipper?": which
        ferries Holt skippered, and which Reyes did), or None."""
        tokens = words(part)
        spans = sorted(self.vocabulary.names_in(tokens))
        for (start, end, one), (after, last, other) in itertools.pairwise(spans):
            if end + 1 != after or tokens[end] not in _BOTH or one == other:
                continue
            kinds = {e.kind for e, _ in self._entries([one, other]).values()}
            if kinds <= PERSON_KINDS:
                return (" ".join([*tokens[:end], *tokens[last:]]),
                        " ".join([*tokens[:start], *tokens[after:]]))
        return None

    def _as_one(self, text: str, conversation: tuple[str, ...], founds: list[Found],
                first: Question | None) -> list[Found]:
        """The message asked as one question when its first part was declined and every later
        part was declined only for pointing back at it: the parts are about one thing, and
        each alone may say too little to find it ("when did the Tern's captain jump ship, and
        when did he come back?": "jump ship" alone names no fact of the Tern's trip, the
        whole message does). Empty when that does not answer either."""
        if len(founds) < 2 or founds[0].entry is not None or first is None or any(
                f.declined != _POINTS_AT_DECLINED for f in founds[1:]):
            return []
        # (words the store never uses still ask of what it lacks: "how long does a tooth
        # filling take, and does it hurt?")
        if _unknown(first) is not None:
            return []
        found = self._answer(self._read(text, conversation))
        if found.entry is None:
            return []
        # ("what was the Tern's skipper called? was he long on board": the crew's entry found
        # for the whole must still give the kind of fact the first part asks, a name)
        entry, profile = self._entries([found.entry.slug])[found.entry.slug]
        if _wrong_kind(first, entry, profile, found.facts) is not None:
            return []
        return [replace(found, question=text, asked=text)]

    def _person_put_in(self, part: str, people: tuple[str, ...]) -> str:
        """The part with the one person a part before named or answered with in the place of
        its "him" or "her", when the part names something else itself and no person: read
        alone it would be of that other thing only. The part as it is otherwise."""
        if len(people) != 1:
            return part
        spans = self.vocabulary.names_in(words(part))
        if not spans:
            return part
        entries = self._entries([people[0], *(slug for _, _, slug in spans)])
        if people[0] not in entries or any(
                entry.kind in PERSON_KINDS for entry, _ in entries.values()
                if entry.slug != people[0]):
            return part
        title = entries[people[0]][0].title
        return _PRONOUN.sub(title, part, count=1)

    def _people_answered(self, found: Found) -> tuple[str, ...]:
        """The person (an entry of a person kind) a reply to "who ...?" names in its facts,
        when it names one only."""
        if found.entry is None:
            return ()
        text = words(" ".join(value for _, value in found.facts))
        slugs = [slug for _, _, slug in self.vocabulary.names_in(text) if slug != found.entry.slug]
        people = tuple(slug for slug, (entry, _) in self._entries(slugs).items()
                       if entry.kind in PERSON_KINDS)
        return people if len(people) == 1 else ()

    def _about(self, y: str, before: str) -> tuple[str, bool]:
        """"..., and what about the actors?": the question before, asked of Y instead of what
        that question named (or, when it named nothing, asked with Y); and whether it is a
        whole question of its own (Y took the place of a group it asked about)."""
        tokens = words(before)
        named = {i for start, end, _ in self.vocabulary.names_in(tokens) for i in range(start, end)}
        # "what share of the writers voted yes, and what about the actors?": Y in place of
        # the group of the same kind the part before asked about, when it named no entry
        y_words = [w for w in words(y) if w not in STOP]
        if not named and len(y_words) == 1 and _plural(y_words[0]):
            slot = next((i for i in range(1, len(tokens)) if tokens[i - 1] == "the"
                         and tokens[i] not in STOP and _plural(tokens[i])
                         and tokens[i] != y_words[0]), None)
            if slot is not None:
                kept = [t for t in [*tokens[:slot], y_words[0], *tokens[slot + 1:]]
                        if t not in POINTERS]
                return " ".join(kept), True
        # What the part before named, by name or by pointing back ("when was it disclosed?").
        kept = [t for i, t in enumerate(tokens) if i not in named and t not in POINTERS]
        room = max(0, MAX_WORDS - len(words(y)))  # a long question before leaves room for Y
        return f"{' '.join(kept[:room])} {y}", False

    def _about_fits(self, found: Found, y: str) -> bool:
        """Is the answer to "what about Y?" about Y: Y's own entry or one linked to it, or,
        when Y names no entry, one whose answer holds Y's words?"""
        if found.entry is None:
            return False
        y_words = words(y)
        slugs = {slug for _, _, slug in self.vocabulary.names_in(y_words)}
        if slugs:
            return bool(slugs & {found.entry.slug, *found.entry.related})
        wanted = stems(y) - _STOP_STEMS
        said = stems(" ".join([found.entry.title, *found.entry.aliases,
                               *(v for _, v in found.facts)]))
        return bool(wanted) and wanted <= said

    def _find(self, text: str, context: tuple[str, ...]) -> Found:
        return self._answer(self._read(text, context))

    def _read(self, text: str, context: tuple[str, ...]) -> Question:
        """The question, with an acronym the store never uses spelt out when entries that
        share the question's other words spell it out ("CWA" where they say "Clean Water
        Act"); an acronym they do not spell out stays an unknown name."""
        # "A&G" the store does not write as typed is a short form ("AG": Acme & Gull),
        # where "PG&E" written so in the store stays as it is, and so does "R&D" when no
        # name's letters spell it
        joined = _AMPERSAND.sub(lambda m: m.group() if self.store.phrase_count(
            " ".join(words(m.group()))) else m.group().replace("&", ""), text)
        if joined != text:
            question = self._read_acronyms(joined, context)
            if not {m.group().replace("&", "").casefold() for m in _AMPERSAND.finditer(text)
                    } & set(question.unknown_names):
                return question
        return self._read_acronyms(text, context)

    def _read_acronyms(self, text: str, context: tuple[str, ...]) -> Question:
        """The question read with its unknown acronyms spelt out (see `_read`)."""
        question = self.read(text, context)
        # (a short form everyone knows, however long: "SCOTUS")
        acronyms = [w for w in question.unknown_names
                    if _typed_as_acronym(w, text) or w.casefold() in KNOWN_SHORT_FORMS]
        if len(acronyms) < len(question.unknown_names):
            return question
        # (and one typed in lower case, read as a word: "who was acme's cfo?")
        acronyms += [w for w in dict.fromkeys(question.unknown)
                     if w in KNOWN_SHORT_FORMS and w not in acronyms]
        if not acronyms:
            return question
        terms = [f for c in question.concepts for f in c.forms]
        entries = self._entries([slug for slug, _ in self.store.search(terms, limit=SPELL_FROM)])
        for acronym in acronyms:
            # a short form everyone knows, where the briefing writes what it stands for
            # ("EU": "European Union"), whatever else the question says
            known = KNOWN_SHORT_FORMS.get(acronym.casefold())
            written = next((f for f in known or () if self.store.phrase_count(f)), None)
            if written is not None:
                text = re.sub(rf"\b{re.escape(acronym)}\b", written, text, flags=re.IGNORECASE)
                continue
            # an entry's name first ("PayPal" for "PP"), then any of its text
            # (then words in lower case: "HP" where they say "harbour patrol")
            # (a short form everyone knows, only by the name an entry opens with: "AI" may be
            # Amnesty International, never the "Accident Investigation" inside a bureau's name)
            if known is not None:
                phrase = next((found for entry, _ in entries.values()
                               if (found := spelt_out(acronym, entry, names_only=True))
                               and any(n.startswith(found) for n in (entry.title, *entry.aliases))),
                              None)
            else:
                phrase = next(filter(None, (spelt_out(acronym, entry, names_only)
                                            for names_only in (True, False)
                                            for entry, _ in entries.values())), None) or next(
                    filter(None, (spelt_lower(acronym, entry) for entry, _ in entries.values())),
                    None)
            if phrase is None:
                return question
            text = re.sub(rf"\b{re.escape(acronym)}\b", phrase, text, flags=re.IGNORECASE)
        return self.read(text, context)

    def _answer(self, question: Question) -> Found:
        found = self._decide(question)
        return Found(found.entry, found.facts, found.declined, found.score, question.text,
                     found.ranked)

    def _typed_names(self, tokens: list[str], text: str) -> list[tuple[int, int, str]]:
        """The names in `tokens` (see `Vocabulary.names_in`), less a common word typed in lower
        case that its entry writes only as an acronym: "tugs" are boats, not the "TUGs" a
        harbour board sold, and "aim" is no "AIM"."""
        spans = self.vocabulary.names_in(tokens)
        spans += self._surnames(tokens, text, spans)
        lone = [span for span in spans if span[1] - span[0] == 1 and common(tokens[span[0]])
                and _typed_lower(tokens[span[0]], text)]
        if not lone:
            return spans
        entries = self._entries([slug for _, _, slug in lone])

        def acronym_only(word: str, slug: str) -> bool:
            entry = entries[slug][0] if slug in entries else None
            names = [n for n in (entry.title, *entry.aliases)
                     if normalize_name(n) == word] if entry else []
            return bool(names) and all(_acronym_name(n) for n in names)

        return [span for span in spans
                if span not in lone or not acronym_only(tokens[span[0]], span[2])]

    def _surnames(self, tokens: list[str], text: str, spans) -> list[tuple[int, int, str]]:
        """"When did Holt resign?": a word no name is, that the title of one person's entry
        ends with ("Dana Holt"), names that person. Not an everyday word typed in lower case
        ("when did the tide turn?" is not about Ana Tide), nor one that ends the names of two
        people."""
        taken = {i for start, end, _ in spans for i in range(start, end)}
        found = []
        for i, word in enumerate(tokens):
            if i in taken or len(word) < 3 or word in STOP or (
                    everyday(word) and (_typed_lower(word, text) or common(word))):
                continue
            ending = self.vocabulary.ending_in(word)
            if not ending:
                continue
            entries = self._entries(list(dict.fromkeys(slug for _, slug in ending)))
            people = [slug for slug, (entry, _) in entries.items()
                      if entry.kind in PERSON_KINDS
                      and unaccented(_surname(entry.title) or "") == unaccented(word)]
            if len(people) != 1:
                continue
            # ("the Holt inquiry": not when another entry is named with the word too)
            others = self._entries([slug for slug, _ in self.store.search([word], limit=8)
                                    if slug != people[0]])
            if not any(word in words(name) for entry, _ in others.values()
                       for name in (entry.title, *entry.aliases)):
                found.append((i, i + 1, people[0]))
        return found

    def _normalized(self, text: str):
        """The message as typed, less its addresses and legal forms; its first words with
        short forms spelt out (`raw`), the names found in them and their words (`kept`); and
        the text rewritten for reading (`plain`): "U.S." as "usa", state codes and seats of
        government as what they stand for, "$250k" as "$250,000", asides dropped."""
        # "@everyone", "@sam": whom the message is for, not what it asks about
        text = _ADDRESS.sub(" ", text)
        # ("how cold was it, in F?": the scale asked for, which says nothing of the topic)
        text = _SCALE_ASKED.sub("", text)
        # "Acme Ferries AG", "Gull Marine plc": a company's legal form says nothing of it, and
        # "AG" is no attorney general there, unless the store names it so
        text = _LEGAL_FORM.sub(lambda m: m.group() if _placed_before(m.group(1)) or any(
            end - start > 1 for start, end, _ in self.vocabulary.names_in(words(m.group())))
            else m.group(1), text)
        # Names as typed are left as they are ("Ports v. Acme", "12th Ferry Awards", "Sail Out").
        # A short form inside a name stays as typed ("Ex-Im Bank" is not "former im bank").
        first = words(text)[:MAX_WORDS]
        in_name = {w for start, end, _ in self.vocabulary.names_in(first) for w in first[start:end]}
        raw = spelt_short(first, in_name)
        typed_spans = self._typed_names(raw, text)
        kept = {w for start, end, _ in typed_spans for w in raw[start:end]}
        # "US" and "U.S." are a country, not the pronoun "us" (a stop word), unless the whole
        # message is in capitals ("CAN YOU TELL US"); "%" is "percent".
        country = any(ch.islower() for ch in text) and kept.isdisjoint({"us", "u", "s"})
        # a state's code, unless the content uses those letters itself ("GA" for general average)
        codes = {m.group() for m in _STATE.finditer(text)} if country else set()
        own = self.store.known_terms([c.casefold() for c in codes]) if codes else set()
        plain = (_STATE.sub(lambda m: m.group() if m.group().casefold() in own
                            else f" {STATE_CODES[m.group()]} ", US_NAMES.sub(" usa ", text))
                 if country else text).replace("%", " percent ")
        # "a green light from Washington": the government there, unless the content names it
        seats = {m.group().casefold() for m in _SEAT.finditer(plain)}
        if seats:
            own_seats = self.store.known_terms(seats)
            plain = _SEAT.sub(lambda m: m.group() if m.group().casefold() in own_seats
                              else f" {SEATS[m.group().casefold()]} ", plain)
        # "1800 ft instead of 1600": a number typed without its comma, as the store writes it
        # ("1,600"), when the store never writes it bare
        bare = {m.group() for m in _BARE_THOUSANDS.finditer(plain)}
        if bare:
            written = self.store.known_terms(bare | {f"{n[:-3]},{n[-3:]}" for n in bare})
            plain = _BARE_THOUSANDS.sub(lambda m: f"{m.group()[:-3]},{m.group()[-3:]}" if (
                m.group() not in written and f"{m.group()[:-3]},{m.group()[-3:]}" in written)
                else m.group(), plain)
        # "the u2 pilot", "an f16": a code typed joined, as the store writes it ("U-2")
        codes = {m.group(1, 2) for m in _JOINED_CODE.finditer(plain)}
        if codes:
            apart = self.store.known_terms(f"{letters}-{digits}".casefold()
                                           for letters, digits in codes)
            plain = _JOINED_CODE.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if (
                f"{m.group(1)}-{m.group(2)}".casefold() in apart) else m.group(), plain)
        # "hall's turn-around time": a word typed with a hyphen, as the store writes it joined
        # ("turnaround")
        hyphened = {m.group().casefold() for m in _HYPHENED.finditer(plain)}
        if hyphened:
            whole = self.store.known_terms(h.replace("-", "") for h in hyphened)
            plain = _HYPHENED.sub(lambda m: m.group().replace("-", "") if (
                m.group().casefold().replace("-", "") in whole) else m.group(), plain)
        plain = _SLASHED.sub(lambda m: f" {_SLASHED_WORDS[m.group().casefold()]} ", plain)
        plain = _SHORT_SUM.sub(_long_sum, plain)  # "$250k" is the "$250,000" facts write
        plain = _ALL_RIGHT.sub(" ", plain)  # "ballpark is fine", "end to end"
        plain = full_years(plain)  # "back in '68": 1968
        plain = _NOT_THIS.sub(" ", plain)  # "(not killed, injured)": not the killed
        plain = _ASIDE.sub(" ", plain)  # "... back in 2022, right?"
        plain = _HOLD_ON.sub(" ", plain)  # "wait, what was ...?"
        plain = _WONT.sub("will not", plain)  # not "won" (a win) and "t"
        return text, raw, typed_spans, kept, plain

    def read(self, text: str, context: tuple[str, ...] = ()) -> Question:
        text, raw, typed_spans, kept, plain = self._normalized(text)
        tokens = _typed_tokens(plain, kept, text)
        names = proper_nouns(text)
        pairs = set(zip(tokens, tokens[1:], strict=False))
        asking, felt = _asking(tokens, pairs)
        framed, framing = lead_in(text)
        # "in early May", "by mid-2024": when in a month or year, which the date a fact gives
        # says without the word
        framed |= {t for i, t in enumerate(tokens[:-1]) if t in _PERIOD_EDGES and (
            tokens[i + 1] in _MONTH_WORDS or _YEAR.fullmatch(tokens[i + 1]))}
        # "what time in the morning did it happen?": the part of the day, which the time of
        # day a fact gives ("6:49 am") need not say in the word, nor the store ever use; not
        # "the night shift", the thing asked (the part is not checked against "am" or "pm")
        day_part = _day_part_asked(tokens)
        framed |= day_part
        # "finaly", "becuase": a word that says nothing, misspelt, says nothing either
        content = [w for w in dict.fromkeys(tokens) if w not in STOP and w not in asking
                   and (w in names or w in kept or respelt(w) not in STOP)]
        sizes, measures = _sizes_asked(tokens, asking)
        synonyms = _other_words(content, kept, tokens)
        found, unknown, typos, tokens = self._found_words(
            content, synonyms, tokens, names, felt | framing | day_part)
        # Most questions are not rewritten at all: their names are already found.
        spans = typed_spans if tokens == raw else self._typed_names(tokens, text)
        concepts = _concepts(tokens, spans, found, synonyms, felt | framed)
        # ("att" for "AT&T": the name its entry writes, as typed with the "&")
        concepts = [_name_concept(spelt.split(), c.slug) if c.slug is not None and (
            spelt := self.vocabulary.spelt_apart(c.word, c.slug)) else c for c in concepts]
        named = list(dict.fromkeys(slug for _, _, slug in spans))
        recalled = not named and bool(context)
        lost = False
        if recalled:
            remembered = self._context_concepts(context)
            concepts += remembered
            named = [c.slug for c in concepts if c.slug]
            # "who made it?" after the entry "it" was retired: not a question about anything
            # the briefing still holds
            lost = not remembered and not POINTERS.isdisjoint(tokens)
        years = _years_asked(tokens, concepts)
        start = _scene_start(text, tokens)
        qtype, noun = _question_kind(text, tokens, start, names)
        # "which city is it in?", "what grounds did it give?": a noun read as the kind of
        # answer asked, like "where" or "why", is no unknown word of the topic
        unknown = [w for w in unknown if NEXT_NOUN_TYPES.get(w) != qtype or not any(
            tokens[i - 1] in ("what", "which") for i, t in enumerate(tokens) if t == w and i)]
        # ("what was Holt's line about the levy?": her words, no line the briefing must hold)
        unknown = [w for w in unknown if qtype != "said" or w not in ("line", "lines")]
        # ("how much did Acme lose, according to the auditors?": who says so, no thing asked)
        unknown = [w for w in unknown
                   if w != "according" or not _has_phrase(tokens, ("according", "to"))]
        # ("when did the inquiry publish its report?": a report's date is when it came out,
        # whatever verb its entry uses, or none)
        if qtype == "when":
            published = {t for i, t in enumerate(tokens) if t in _MADE_PUBLIC
                         and not _DOCUMENTS.isdisjoint(tokens[i + 1:i + 4])}
            unknown = [w for w in unknown if w not in published]
        # ("how much damage did it do, in yen?", "how big was it in $ terms?": the money a
        # sum is asked in says how to write it, no thing the store must name)
        if qtype in ("amount", "quantity"):
            written = {w for m in _IN_MONEY.finditer(text) for w in m.group(1).casefold().split()}
            # ("how powerful was the blast in TNT terms?": TNT is the unit, "terms" nothing)
            written |= {"terms"} if _IN_TERMS.search(text) else set()
            unknown = [w for w in unknown if w not in written]
            concepts = [c for c in concepts if c.slug is not None or c.word not in written]
        # ("what's Acme called now?": the name it took later, not a word "called" anywhere)
        if CALLED_NOW.search(text):
            concepts = [replace(c, forms=LATER_NAME_WORDS,
                                alts=frozenset(stem(w) for w in LATER_NAME_WORDS))
                        if c.slug is None and c.word in ("called", "known", "named") else c
                        for c in concepts]
        # ("what's HVW short for in English?": words asking only for a spelling out)
        if qtype == "expand":
            unknown = [w for w in unknown if w not in _SPELLING_OUT and not (
                w in _LANGUAGES and _has_phrase(tokens, ("in", w)))]
        # "why didn't the board sell the pier in the end?": "in the end" only looks back, as
        # "ultimately" does, unless a figure or a yes/no asks how a thing came out ("how much
        # did the crews get in the end?"), which an entry must then hold (see `_in_the_end`)
        if _has_phrase(tokens, _IN_THE_END):
            concepts = [_in_the_end(c, qtype) if c.word == "end" and c.slug is None else c
                        for c in concepts]
        # "how did the Acme crew get aboard?": a word for a body's people right after its name
        # says only that they are its people, which the store need not write (not the people
        # counted: "how many Acme crew ...?")
        after_names = {tokens[end] for _, end, _ in spans if end < len(tokens)}
        unknown = [w for w in unknown if w not in _THEIR_PEOPLE or w not in after_names
                   or w == noun]
        if qtype in _RESTING_ASKED:
            # (not "lying to investigators", "lying about the losses")
            resting = {t for i, t in enumerate(tokens) if t in _RESTING
                       and tokens[i + 1:i + 2] not in (["to"], ["about"])}
            unknown = [w for w in unknown if w not in resting]
            concepts = [replace(c, soft=True) if c.slug is None and c.word in resting else c
                        for c in concepts]
        # ("what did sam reyes say?": a name the store never uses, though typed in lower case)
        doer = _unknown_doer(tokens, unknown)
        return Question(
            text=text,
            qtype=qtype,
            concepts=[c for c in concepts if c.alts or c.slug],
            unknown=unknown,
            named=named,
            group=asks_for_group(tokens, qtype),
            out_of_scope=_outside_names(
                _out_of_scope(text, tokens, start, qtype, content, framing, unknown), tokens,
                concepts),
            # A year no entry mentions is as specific as a name no entry has.
            # (a country is a name however it is typed: "in the uk")
            unknown_names=[w for w in unknown if w in names or w in years
                           or w in COUNTRY_WORDS or _dated_name(w, tokens) or w in doer]
            + self._other_of_series(tokens),
            tokens=tokens,
            recalled=recalled,
            proper=frozenset(names),
            typos=frozenset(typos),
            years=years,
            sizes=frozenset(stem(w) for w in sizes),
            measures=frozenset(stem(w) for w in measures),
            # (a share for each one of them is asked only of a sum: "what percentages did each
            # get?" asks each one's percentage)
            rate=rate_asked(text, qtype),
            background=frozenset(tokens[:start]) | _background(tokens[start:]),
            setting=frozenset(tokens[:start]) | _background(tokens[start:], _SETTINGS),
            noun=noun,
            counting=unharmed(_counting(noun) | _counting(_modifier(tokens, noun))
                              | _counting(_joined_noun(tokens, noun))
                              | _counted_doers(tokens, noun), tokens),
            counted_of=_counted_of(tokens, noun),
            lost=lost,
            head=_asked_thing(tokens[start:]),
            described=_background(tokens[start:], _DESCRIBING) if qtype in _PLACED else frozenset(),
            topic=_topic(text, tokens),
            deed=_deed(tokens[start:]) if qtype == "who" else None,
        )

    def _misspelt(self, word: str) -> str | None:
        """The dictionary word a word typed with a known stem but spelt as no entry and no
        dictionary spells it is a typo of, when that has another stem ("governer":
        "governor"); None otherwise."""
        if len(word) < 6 or not word.isalpha() or word in COUNTRY_WORDS or listed(word) or (
                self.vocabulary.stored(word)):
            return None
        fixed = self.vocabulary.correct(word)
        # (not a word with an ending more or less: "australia" is no typo of "australian")
        if fixed is None or " " in fixed or not everyday(fixed) or stem(fixed) == stem(word) or (
                fixed.startswith(word) or word.startswith(fixed)):
            return None
        return fixed

    def _found_words(self, content: list[str], synonyms: dict[str, list[str]],
                     tokens: list[str], names: list[str], setting: set[str]):
        """Each content word's forms the store uses (its own, a synonym's, a typo's fix, the
        name a short name typed clips), the words it never uses (`unknown`), those read as
        typos, and the tokens with typos fixed. A word of how the question is put (`setting`:
        felt, a lead-in) the store lacks is dropped."""
        known = self.store.known_terms([*(w for w in content if "_" not in w),
                                        *(s for v in synonyms.values() for s in v),
                                        *(s for w in content for s in CONVERSES.get(w, ()))])
        found: dict[str, tuple[str, ...]] = {}
        unknown: list[str] = []
        typos: set[str] = set()
        clips = MAX_CLIPS  # (a message of many short names costs a few lookups, no more)
        subject = None
        for word in content:
            forms = tuple(f for f in [word, *synonyms[word]] if f in known)
            # ("who bought the land?" of a store that only says it "was sold": the deal from
            # the other side, when the store never tells it from this one)
            if not forms:
                forms = tuple(f for f in CONVERSES.get(word, ()) if f in known)
            if not forms and word in setting:
                continue
            # "when was it formally opened?": an adverb of manner the store never uses says how
            # the question is put; one it uses ("criminally", of "criminal") is on its topic
            if not forms and (manner(word) or word in REPUTE):
                continue
            # ("governer" is no word, though the stemmer cuts it to "govern", as it does
            # "government": a misspelling of a word the store uses, "governor", when no entry
            # spells it so, nor does the dictionary, and the fix is another word)
            if forms and word not in names and not everyday(word) and (
                    fixed := self._misspelt(word)) is not None:
                forms = (fixed,)
                synonyms[word] = []  # (the typo's, not the stem's: not "government")
                tokens = _replace(tokens, word, [fixed])
                typos.add(word)
            elif not forms and word not in GENERIC:
                fixed = None if word in OUT_OF_SCOPE else self.vocabulary.correct(word)
                # (or of a word of the story's own name where the story is named: "the
                # Tempist disaster" of a pack on the Tempest disaster, not "how much did
                # Strake lose?" of a pack on a strike)
                if fixed and word in names and not self.vocabulary.names_in(fixed.split()):
                    subject = subject or _subject_words(self.store.meta("subject"))
                    at = tokens.index(word) if word in tokens else -1
                    after = stem(tokens[at + 1]) if 0 <= at < len(tokens) - 1 else ""
                    if " " in fixed or stem(fixed) not in subject or not (
                            after in _STORY_NOUNS or after in subject):
                        fixed = None  # a name is a typo of a name ("Antropic"), not of a word
                if fixed is None and word in names and word not in COUNTRY_WORDS and clips:
                    # (the subject's initials name the story: "the GHB strike")
                    subject = subject or _subject_words(self.store.meta("subject"))
                    if word not in subject:
                        clips -= 1
                        fixed = self.vocabulary.clipped(word)  # "AB" for "Acmebook"
                # ("boxes" is spelt right: not the name "Boxel", nor "boxed"; nor is
                # "reintroduced" a typo of "introduced", nor "reused" of "refused"; but
                # "colapse", in no dictionary, is no word "lapse" with "co-" before it when
                # the store says "collapse": a letter dropped)
                if fixed and everyday(word) and (everyday(word, prefixed=False) or listed(word)
                                                 or " " in fixed
                                                 or len(fixed) != len(word) + 1):
                    fixed = None
                if fixed is None:
                    unknown.append(word)
                    continue
                forms = tuple(fixed.split())
                tokens = _replace(tokens, word, list(forms))
                typos.add(word)
            found[word] = forms
        return found, unknown, typos, tokens

    def _other_of_series(self, tokens: list[str]) -> list[str]:
        """"The Mark 8" where the store names a Mark 7 and never says "Mark 8": another one
        of a numbered series, which the briefing does not hold."""
        return [f"{word} {number}" for word, number in zip(tokens, tokens[1:], strict=False)
                # (not a date: "September 16" is no sequel to "September 15"; nor a figure:
                # "$2.5bn" is no sequel to "May 2 2021")
                if number.isdigit() and word.isalpha() and word not in STOP
                and word not in _MONTH_WORDS
                and self.vocabulary.numbered(word, number)
                and not self.store.phrase_count(f"{word} {number}")]

    def _context_concepts(self, context: tuple[str, ...]) -> list[Concept]:
        """What the conversation is about, as names of entries the question did not type: they
        pull their own entry and the entries linked to it, and match no text."""
        titles = self.store.titles(context)
        return [Concept(titles[slug], (), frozenset(), slug=slug)
                for slug in context if slug in titles]

    def _decide(self, question: Question) -> Found:
        found = _declined_outright(question)
        if found is not None:
            return found
        question.subject = _subject_words(self.store.meta("subject"))
        # (initials of the subject name the story, though no entry has them: "the GHB thing")
        question.unknown_names = [n for n in question.unknown_names if n not in question.subject]
        found = self._short_form(question)
        if found is not None:
            return found
        named = self._weigh(question)
        # Ranked even when the question is declined below: what retrieval alone would pick.
        ranked = self._rank(question, named)
        question.kin = functools.partial(self._kin_of, {r[1].slug: r for r in ranked}, {})
        slugs = tuple(e.slug for _, e, _, _ in ranked)
        ranked = [r for r in ranked if r[1].slug not in question.others]
        unknown = _unknown(question)
        if unknown is not None:
            return Found(declined=unknown, ranked=slugs)
        if not ranked:
            return Found(declined="no entry matches")
        best = ranked[0][0]
        # "what happened in 2011?": only entries that mention the year can say (not the story's
        # own year, which the pack's subject gives: "who was the mayor back in 2013?" of a pack
        # on a 2013 explosion)
        years = [c for c in question.concepts if c.slug is None and c.word in question.years
                 and c.word not in question.subject]
        # (though not one whose own name gives only another year: "Acme's share listing (May
        # 2019)" for "what did the shares trade at when trading resumed in May 2020?" of a pack
        # on a 2020 scandal)
        # (a year the question places it in, "in May 2020"; not one it is measured from,
        # "before 2013", "after the 1999 rupture")
        own_years = [c.word for c in question.concepts if c.slug is None
                     and c.word in question.years and c.word in question.subject
                     and _placed_in_year(c.word, question.tokens)]
        ranked = [r for r in ranked if all(_holds(c, r[2].all) for c in years) and not any(
            _of_another_year_only(r[1], year, r[2]) for year in own_years)]
        if years and ranked:
            best = ranked[0][0]
        return self._answer_from(question, self._close(question, ranked, best), ranked, best,
                                 slugs)

    def _short_form(self, question: Question) -> Found | None:
        """"What does X stand for?", "what is X?" of a short form: the name it abbreviates."""
        abbreviation, loose = _abbreviation(question) if question.qtype == "expand" else (
            _full_name_of(question), False)
        if abbreviation is not None and not question.unknown_names:
            found = self._expand(abbreviation, question.text, loose)
            if found is not None:
                return found
        if question.qtype == "expand":
            found = self._spelt(question)
            if found is not None:
                return found
        return None

    def _weigh(self, question: Question) -> dict[str, tuple[Entry, _Profile]]:
        """Each word's weight, the attributes asked, and the entries the question names (whose
        links, kinds and names the checks read); the named entries."""
        hard = [c for c in question.concepts if not c.soft]
        attributes = [c for c in hard if c.slug is None]
        question.weights = dict(zip((c.word for c in question.concepts),
                                    self._idf(question.concepts), strict=True))
        question.attributes = [(c, question.weights[c.word]) for c in attributes]
        named = self._entries(question.named)
        question.links = {slug: entry.related for slug, (entry, _) in named.items()}
        question.kinds = {slug: entry.kind for slug, (entry, _) in named.items()}
        # (a company's name less the word for its legal form: "Acme Corporation" is mentioned
        # by "Acme"; a title's name less its note: "Sam Reyes (Reyes Samuel)" by "Sam Reyes")
        question.spelt = {slug: [spelt for name in (entry.title, " ".join(name_words(entry.title)),
                                                    *entry.aliases)
                                 for spelt in dict.fromkeys(
                                     (frozenset(stems(name) - _STOP_STEMS),
                                      frozenset(stems(name) - _STOP_STEMS - _LEGAL_FORMS)))
                                 if spelt]
                          for slug, (entry, _) in named.items()}
        return named

    def _close(self, question: Question, ranked, best: float) -> list:
        """The entries that may answer, in the order they are tried: the best, the close
        runners-up, and the ones the question or the conversation points at."""
        # The best entry, or a close runner-up when the best cannot answer (it lacks the kind of
        # fact asked, or too much of the question) and the runner-up can.
        close = [r for r in ranked[:RUNNERS_UP + 1] if r[0] >= RUNNER_UP_SHARE * best]
        # ("how many died in the smog?", in a briefing on the 1952 smog: not the 1962 one)
        close.sort(key=lambda r: of_another_year(r[1].title, question))
        # ("when did Holt die?": the entry titled with a name typed in capitals that names
        # no one entry, below the list of the dead that never mentions him)
        typed = [c for c in question.concepts if c.slug is None and c.word in question.proper
                 and not c.soft]
        if typed:
            close += [r for r in ranked[:RUNNERS_UP + 3] if r not in close
                      and r[0] >= RUNNER_UP_SHARE * best and all(
                          _holds(c, stems(r[1].title)) for c in typed)]
        # ("who was the contractor that built the site?": the best entry of the kind asked,
        # below the launch that names the site)
        kinds = _kinds_asked(question.tokens)
        close += [r for r in [r for r in ranked[:RUNNERS_UP + 3] if r[1].kind in kinds][:1]
                  if r not in close and r[0] >= NAMED_SHARE * best]
        # The entry the question names may answer what a broader entry above it cannot ("when
        # did Acme go bankrupt?" after the entry on every bankruptcy).
        if len(question.named) == 1:
            close += [r for r in ranked if r[1].slug in question.named and r not in close
                      and r[0] >= NAMED_SHARE * best]
        # "..., and at what time did it open?" after the part about a witness: the entries
        # linked to what the conversation is about may say what its own entry cannot.
        if question.recalled:
            linked = {s for r in ranked if r[1].slug in question.named for s in r[1].related}
            close += [r for r in ranked if r[1].slug in linked and r not in close
                      and r[0] >= NAMED_SHARE * best]
            # "When did the deckhand strike end, and what share of members voted yes on the
            # deal?": the deal that ended the strike, not the pilots' own vote that ranks
            # higher. The entry that answered the part before, or one linked to it, comes
            # first when it holds as much of what is asked as the best does (the one that
            # holds most first), however far down it ranks.
            held = _held(question, ranked[0][2]) if ranked else 0.0
            ours = {r[1].slug: _held(question, r[2]) for r in ranked
                    if r[1].slug in question.named or r[1].slug in linked}
            ours = {slug: share for slug, share in ours.items() if share >= held}
            close += [r for r in ranked if r[1].slug in ours and r not in close]
            # ("..., and which witness let that number out?": the one whose entry holds the
            # figure the part before was answered with, of those that hold as much)
            # ("When did the Tern sink, and which ferry took over its route?": not the Tern)
            pointed_at = _pointed_at_for_another(question)
            close.sort(key=lambda r: (-ours[r[1].slug], r[1].slug in pointed_at,
                                      not question.figures <= r[2].all)
                       if r[1].slug in ours else (1.0, True, True))
        # "Where is Acme headquartered?": the entry named, when a field of its own is named for
        # all that is asked of it (`headquarters`), before an entry that only mentions Acme.
        if len(question.named) == 1 and question.attributes:
            close.sort(key=lambda r: not (r[1].slug in question.named and all(
                _holds(c, r[2].places["fields"]) for c, _ in question.attributes)))
        # "Who ran the trust before Dana Holt?": an entry naming a predecessor says, Dana
        # Holt's own most likely.
        placed, anchors = _placed(question)
        if anchors:
            close += [r for r in ranked if r not in close and r[0] >= NAMED_SHARE * best and (
                r[1].slug in question.named or _peer(question, r[1], anchors)
                or not _SUCCESSION.isdisjoint(r[2].places["fields"]))]
            close.sort(key=lambda r: _SUCCESSION.isdisjoint(r[2].places["fields"]))
        return close

    def _answer_from(self, question: Question, close, ranked, best: float,
                     slugs: tuple[str, ...]) -> Found:
        """The first close entry whose picked facts answer, else a runner-up further down that
        counts or measures what is asked, else the first reason the best could not."""
        first_reason = None
        picked: dict[str, tuple[tuple[str, str], ...]] = {}
        # "How much did the harbour pay the Tern's owners?": an entry that mentions every name
        # the question gives before one that does not (the entry on another ferry's owners)
        close = sorted(close, key=lambda r: _names_unsaid(question, r[2].all))
        # ("how much cargo was it carrying?": one giving a figure beside the cargo)
        close = sorted(close, key=lambda r: figure_beside(question, r[1]) is False)
        if question.qtype == "why":
            # "why did the judge reject the deal?": the close entry that gives a reason
            picked = {r[1].slug: pick_facts(question, r[1], r[2]) for r in close}
            close = sorted(close, key=lambda r: not gives_reason(picked[r[1].slug]))
        for score, entry, profile, learned in close:
            facts = (picked[entry.slug] if entry.slug in picked
                     else pick_facts(question, entry, profile))
            reason = None if learned else (self._lacks(question, entry, profile)
                                           or _wrong_kind(question, entry, profile, facts))
            if reason is None:
                # the entry answered from is the pick, whatever retrieval alone put first
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
            first_reason = first_reason or reason
        if first_reason is not None and _name_unsaid_in(question, first_reason):
            found = self._named_further(question, ranked, close, best, slugs, first_reason)
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(_NO_COUNT):
            found = self._counted_further(question, ranked, close, best, slugs)
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(_NOBODY_SAID_DONE):
            # ("did anybody die in the Gullport derailment?": the derailment's own entry does
            # not say; one further down that says it, "no one died", and holds as much of the
            # question may, however far below the name's pull it ranks)
            # (one linked to the entry named either way, or saying its name, never another
            # story's: "a similar fire on the Tern in 1995, no one died")
            held = _held(question, ranked[0][2])
            deeds = _deeds_of_anyone(question)
            of_story = _of_named_story(question, ranked)
            found = self._further(question, ranked, close, best, slugs, lambda entry, profile: (
                of_story(entry, profile) and _held(question, profile) >= held and any(
                    _done_form(deed, text) for deed in deeds
                    for text in [entry.summary, *entry.fields.values()])), share=0.0)
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(_NO_ONE_WHO):
            found = self._post_further(question, ranked, close, best, slugs)
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(
                f"no {question.qtype} fact in") and (
                question.qtype in _SHAPED_FURTHER or question.rate):
            # (a time of day; or a figure by the day, "what value of goods was held up each
            # day?", where the best entry's "$1 billion of goods" is none and a runner-up's
            # "$9.6 billion a day" is)
            shapes = [SHAPES[s] for s in NEEDS_SHAPE.get(question.qtype, ())]
            found = self._shaped_further(question, ranked, close, best, slugs, lambda value: (
                any(shape.search(value) for shape in shapes)
                if question.qtype in _SHAPED_FURTHER else question.rate in _rates(value)))
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith((_NOT_THEN, _OTHER_THAN)):
            # ("who was running Acme when the fire happened?": the chief of that time, who
            # may rank below the one in post now; "how long did Holt's deputy get?": another
            # person's entry, below Holt's)
            found = self._further(question, ranked, close, best, slugs,
                                  lambda entry, _: entry.kind in PERSON_KINDS)
            if found is not None:
                return found
        if question.qtype == "who" and question.deed and first_reason is not None and (
                first_reason == _TOO_LITTLE or first_reason.startswith(_NO_ONE_NAMED)):
            # ("who built the Gull dam?": the dam's own entry never says who built it, nor
            # names anyone; a runner-up that says the deed of the dam may, "Acme built and
            # ran the dam")
            deeds = stems(" ".join([question.deed, *irregular(question.deed)]))
            found = self._further(question, ranked, close, best, slugs,
                                  lambda _, profile: not deeds.isdisjoint(profile.all))
            if found is not None:
                return found
        if question.qtype == "who" and first_reason is not None and (
                (role := _role(question.tokens)) is not None
                and (role in _ANYONE_WORDS | NAME_TITLES or role == doer_asked(question.tokens))
                and first_reason.startswith(f"no {role} in ")):
            # ("who was the agency lady that blocked the drug?": the agency's entry names no
            # lady; a person's entry further down that holds the rest may; for a post or a
            # doer, so may one that names it: "who was driving the train?" of the train's
            # `crew`, "driver Sam Reyes")
            post = role not in _ANYONE_WORDS
            found = self._further(question, ranked, close, best, slugs, lambda entry, profile: (
                entry.kind in PERSON_KINDS or (post and stem(role) in profile.all)))
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(_NO_MEASURE):
            found = self._measured_further(question, ranked, close, best, slugs)
            if found is not None:
                return found
        # No reason: the entries that scored close to the best did not mention the year asked.
        return Found(declined=first_reason or "no close entry mentions the year asked",
                     score=best, ranked=slugs)

    def _post_further(self, question: Question, ranked, close, best: float,
                      slugs: tuple[str, ...]) -> Found | None:
        """"Who chaired the inquiry?": when the best entry, the inquiry's, never says who held
        the post, the runner-up below the usual share that does (the judge whose summary says
        he chaired it), if it passes every other check."""
        return self._below_share(question, ranked, close, best, slugs, lambda facts: True)

    def _counted_further(self, question: Question, ranked, close, best: float,
                         slugs: tuple[str, ...]) -> Found | None:
        """"How many hours of air did the Tern carry?": when the best entry holds no count of
        the hours, a runner-up below the usual share may (the search's `life_support`, "96
        hours"), if one of its own facts counts the very thing asked and the entry is about what
        they are of (air), as every other check requires. Only for "how many X of Y", which
        says exactly what a count must be of: a plain "how many customers" is too easily met by
        another entry's count of some customers."""
        if not question.counted_of:
            return None
        given = frozenset(t for t in question.tokens if t.isdigit())
        # (a count of the thing asked, not the entry's own `count` of something else: "5 tank
        # cars carried the fuel" is no count of gallons of fuel)
        return self._below_share(question, ranked, close, best, slugs, lambda facts: any(
            _counts(set(question.counting), name, value, given) for name, value in facts))

    def _below_share(self, question: Question, ranked, close, best: float,
                     slugs: tuple[str, ...], fits) -> Found | None:
        """The first runner-up not yet tried, above `COUNTED_SHARE` of the best, whose picked
        facts `fits` and that passes every check; None when none does."""
        tried = {r[1].slug for r in close}
        for score, entry, profile, _ in ranked[:RUNNERS_UP + 1]:
            if entry.slug in tried or score < COUNTED_SHARE * best:
                continue
            facts = pick_facts(question, entry, profile)
            if fits(facts) and (self._lacks(question, entry, profile) is None
                                and _wrong_kind(question, entry, profile, facts) is None):
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
        return None

    def _named_further(self, question: Question, ranked, close, best: float,
                       slugs: tuple[str, ...], reason: str) -> Found | None:
        """"How much did the harbour pay the Tern's owners?": when the best entry says nothing
        of a name the question gives (the entry on another ferry's owners), the first entry
        further down that mentions every name given may answer, if the facts it would show
        name them too (not only its summary) and it passes every check. Not the entry of
        another name itself, which holds the name by being it, whatever else is asked; the
        entry of the very name unsaid may, when the question types it as a plain word ("what
        date did the viaduct collapse?": not the viaduct's entry, which never speaks of the
        collapse, but the collapse's, which names the viaduct), if it names the others
        anywhere."""
        tried = {r[1].slug for r in close}
        own = {c.slug for c in question.concepts}
        unsaid = {c.slug for c in question.concepts
                  if c.slug is not None and reason.startswith(f"{_NOTHING_ABOUT} {c.word} in ")
                  and question.proper.isdisjoint(c.word.split())
                  and all(everyday(w) for w in c.word.split())}
        for score, entry, profile, _ in ranked:
            if (entry.slug in tried or score < NAMED_SHARE * best
                    or _names_unsaid(question, profile.all)):
                continue
            if entry.slug in own and entry.slug not in unsaid:
                return None
            facts = pick_facts(question, entry, profile)
            shown = profile.all if entry.slug in unsaid else stems(" ".join(
                [*(_fact_text(n, v) for n, v in facts), entry.title, *entry.aliases]))
            if (not _names_unsaid(question, shown)
                    and self._lacks(question, entry, profile) is None
                    and _wrong_kind(question, entry, profile, facts) is None):
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
            return None
        return None

    def _measured_further(self, question: Question, ranked, close, best: float,
                          slugs: tuple[str, ...]) -> Found | None:
        """"How deep was the wreck?": when the best entry gives no depth, a runner-up below
        the usual share (and however far down) may, if a fact of its own is named for the size
        asked (`depth`), or for a size in a unit its text gives one ("how far inside was the
        crew?": "a ledge about 3 km from the tunnel mouth"), and it passes every other check."""
        return self._further(question, ranked, close, best, slugs, lambda entry, _: any(
            size in stems(name.replace("_", " ")) for name in entry.fields
            for size in question.measures) or _unmeasured(question, entry) is None)

    def _further(self, question: Question, ranked, close, best: float, slugs: tuple[str, ...],
                 fits: Callable[[Entry, _Profile], bool],
                 share: float = COUNTED_SHARE) -> Found | None:
        """The first runner-up not tried yet, scoring this share of the best or more (the
        counted share unless told), that `fits` and passes every other check."""
        tried = {r[1].slug for r in close}
        for score, entry, profile, _ in ranked:
            if entry.slug in tried or score < share * best or not fits(entry, profile):
                continue
            facts = pick_facts(question, entry, profile)
            if (self._lacks(question, entry, profile) is None
                    and _wrong_kind(question, entry, profile, facts) is None):
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
        return None

    def _shaped_further(self, question: Question, ranked, close, best: float,
                        slugs: tuple[str, ...], gives: Callable[[str], bool]) -> Found | None:
        """"What time did the port explosion go off?": when the best entry (the port's) has no
        fact of the shape asked (a time of day), a runner-up below the usual share may (the
        explosion's "18:08"), if a fact of its own `gives` it, it holds as much of the question
        as the best, and it passes every other check."""
        held = _held(question, ranked[0][2])
        # (never another's: "when did Holt ...?" of an entry that never names Holt)
        return self._further(question, ranked, close, best, slugs, lambda entry, profile: any(
            gives(value) for value in entry.fields.values())
            and _held(question, profile) >= held and not _names_unsaid(question, profile.all))

    def _lacks(self, question: Question, entry: Entry, profile: _Profile) -> str | None:
        """Why the best entry cannot answer the question, or None when it can."""
        # ("did the board make the crews take a pay cut?": the cut is asked, not a making,
        # which still helps pick the entry)
        made = causing(question.tokens)
        hard = [c for c in question.concepts if not c.soft and c.word not in made]
        hard = [c for c in hard if not _only_remembered(c, question)] or hard
        if hard:
            # (one of English's most common words, "take", "big", says less of what is asked)
            weights = [question.weights[c.word] * (LIGHT_SHARE if c.slug is None and light(c.word)
                                                   else 1.0) for c in hard]
            # A name is held by its own entry and by the entries linked to it either way.
            links = question.links
            # "the money they lost" is held by "$160 million", whatever word the entry uses
            money = "money" in profile.shapes
            # ("who wrote the report?": a report's `by` says who did what is asked; "the
            # biggest fine" is held by "Fine: up to $1 million", see `_shaped`)
            done_by = question.deed is not None and _done_by(question.deed, profile)
            # ("how many died in the Osprey crash?": every entry is about the story)
            story = _story_words(question)
            # ("what sentence did Holt receive?", "... end up with?": the verb only says the
            # thing asked was hers, held wherever the thing asked is)
            gotten = any(_holds(t, profile.all) for t in _thing_asked(question))
            # ("how much did the company pay out?": held by an entry naming GMPA, a company;
            # "which company made it?" asks which, and is not)
            kinds = functools.cache(lambda: self._kinds_named(entry))
            pointed = {b for a, b in itertools.pairwise(question.tokens) if a == "the"}
            held = sum(w for c, w in zip(hard, weights, strict=True)
                       if _holds(c, profile.all) or c.slug == entry.slug
                       or (c.slug is None and c.word in pointed and _holds(c, kinds()))
                       or story.issuperset(c.word.split())
                       or (c.slug is not None and _story_placed(c, question))
                       or (done_by and c.word == question.deed)
                       or (money and c.slug is None and c.word in _MONEY_NOUNS)
                       or c.word in _STORY_LABELS
                       or (gotten and c.word in _GOTTEN)
                       or ((_SHAPE_WORDS.get(c.word) == "ceiling"
                            or stem(c.word) in _GIVEN_AS) and _shaped(c.word, question, entry))
                       or not profile.all.isdisjoint(_own_verb(c.word))
                       or _leader_named(c, question, profile)
                       # ("who chaired the harbour board during the strike?": the board's own
                       # entry answers, whatever it says of the story, named by a noun it is
                       # called by, that only sets the scene; not of another event told by a
                       # clause, "when the chief left")
                       or (c.slug is None and entry.slug in question.named
                           and not question.recalled and _sets_scene(c, question)
                           and (stem(c.word) in _STORY_NOUNS
                                or stems(c.word) <= question.subject))
                       or (c.slug is not None and (c.slug in entry.related
                                                   or entry.slug in links.get(c.slug, ()))))
            # Words the store has never seen are forgiven when the question names this very
            # entry ("what's the deal with X, fam?"); otherwise they are part of what is asked.
            named = entry.slug in question.named and not question.recalled
            # ("was anyone charged over the fire?": what it asks happened, never chat)
            yesno = question.qtype == "yesno"
            # An idiom ("step down") is never chat slang: the store lacking it counts even then.
            # Nor is the thing asked of it ("what was Acme's net income?", "what name ...").
            asked = _kinds_asked(question.tokens) if named else frozenset()
            unseen_words = [w for w in question.unknown if (not named or "_" in w or yesno
                                                            or w in asked)
                            and not (money and w in _MONEY_NOUNS)]
            # (a word no entry holds is as rare as a word can be: in "did Acme fire anyone?"
            # the firing weighs more than the name every entry mentions)
            each = sum(weights) / len(weights)
            if yesno:
                each = max(each, UNSEEN_RARE_SHARE * self._rarest())
            # (one of English's most common words, "big", "trying", counts for a share of a
            # word here too, as in `_unknown`)
            plain = all(english(w) for w in unseen_words)
            unseen = UNSEEN_WEIGHT * each * sum(LIGHT_SHARE if plain and light(w) else 1.0
                                                for w in unseen_words)
            # "did they ever actually buy the pier?" asks whether it happened, and "when did the
            # deal actually close?" doubts it did: only an entry that holds nearly all of it can
            # say ("finally" in a "when" question only looks back: "when did it finally open?")
            outcome = _OUTCOME if question.qtype == "yesno" else _DOUBT if (
                question.qtype == "when") else frozenset()
            # (in a "when" question, words the store never uses count against the usual bar
            # only: "when did the library actually reopen to readers?"; "was anyone ever
            # arrested?" asks whether the unseen thing happened)
            doubted = not outcome.isdisjoint(question.tokens)
            bar = sum(weights) + (unseen if question.qtype == "yesno" else 0.0)
            if held < MIN_COVERAGE * (sum(weights) + unseen) or (
                    doubted and held < OUTCOME_COVERAGE * bar):
                return _TOO_LITTLE
        # (a noun made from a verb is held by the verb: "settled" holds a "settlement", though
        # "settlements" do not say that anyone settled; a word read as a typo is held by what
        # it was fixed to: "filename" by "file name")
        missing = [w for w in dict.fromkeys(question.out_of_scope)
                   if profile.all.isdisjoint({stem(f) for f in [w, *synonyms_of(w), *verb_of(w)]}
                                             | fixed_forms(w, question))
                   and not _shaped(w, question, entry) and not _named_for_deed(w, entry)
                   and not paid_to(w, question, entry)
                   and not _other_held(w, question, profile)
                   and not (w == "successor" and (_became_after(question, entry)
                                                  or _predecessor_named(question, profile)))
                   # ("were they convicted?": "acquitted" says no; so in "what happened
                   # to Holt, was she convicted?")
                   and not ((question.qtype == "yesno" or _WHETHER_AFTER.search(question.text))
                            and not profile.all.isdisjoint(UNDONE.get(stem(w), ())))
                   and not (w in _STAFF_NOUNS and entry.kind in PERSON_KINDS
                            and _asks_one_by_role(question))]
        if missing:
            return f"asks for {', '.join(w.replace('_', ' ') for w in missing)}"
        # ("how long did Holt's deputy get?": not Holt's own term, unless her entry speaks
        # of that deputy: "what was Holt's daughter called?" of her `daughter`)
        if any(c.slug == entry.slug and (owned := person_owned(c, question)) is not None
               and stem(owned) not in profile.all for c in question.concepts):
            return f"{_OTHER_THAN} {entry.slug}"
        return None

    def _kinds_named(self, entry: Entry) -> frozenset[str]:
        """The stems of the kinds of the entries an entry's text names, and of their words (a
        text naming "GMPA", an organisation, holds "company")."""
        text = words(" ".join([entry.summary, *entry.fields.values()]))
        slugs = sorted({slug for _, _, slug in self.vocabulary.names_in(text)} - {entry.slug})
        kinds = {named.kind for named, _ in self._entries(slugs).values()}
        return frozenset().union(*(stems(" ".join([kind.replace("_", " "),
                                                   *KIND_WORDS.get(kind, ())]))
                                   for kind in kinds))

    def _expand(self, name: Concept, text: str, loose: bool = False) -> Found | None:
        """"What does X stand for?": the entry X names, with the name X abbreviates ("what
        does P&I stand for in 'Harbour P&I Club'": what P&I abbreviates). A question with more
        words than that (`loose`) is read so only when the entry spells X out; else None."""
        found = self._entries([name.slug]).get(name.slug)
        if found is None:
            return Found(declined="no entry matches")
        entry, _ = found
        # (only a short form inside the name: not "what does HSB stand for in R&D?")
        joined = {a.upper() for a in _JOINED_ACRONYM.findall(text)
                  if f" {' '.join(words(a))} " in f" {' '.join(words(name.word))} "}
        # ("what does HSV stand for in HSV-200?": the short form asked, a word of the name)
        part = _STANDS_FOR_WHAT.search(text)
        inner = part is not None and 0 < len(words(part.group(1))) < len(words(name.word)) and (
            f" {' '.join(words(part.group(1)))} " in f" {' '.join(words(name.word))} ")
        asked = joined.pop() if len(joined) == 1 else part.group(1) if inner else name.word
        spelt = expansion(asked, entry)
        if loose and spelt == entry.title and _initials(spelt) != "".join(words(asked)):
            return None
        return Found(entry=entry, facts=(("Stands for", spelt),), score=1.0, ranked=(entry.slug,))

    def _spelt(self, question: Question) -> Found | None:
        """"What does EDR stand for?" when EDR names no entry: the entry that writes it out,
        "Endpoint detection and response (EDR)", or None."""
        short = [c for c in question.concepts if c.slug is None and c.word not in _SPELLING_OUT]
        joined = _JOINED_ACRONYM.findall(question.text)  # "P&I": two words to the store
        others = _CAPITALS.findall(_JOINED_ACRONYM.sub(" ", question.text))
        # ("the reform law HVW - what's that short for?": the one typed as a short form)
        typed = [c for c in short if _typed_as_acronym(c.word, question.text)]
        if len(short) == 1 and typed:
            acronym, terms = short[0].word, [short[0].word]
        elif len(typed) == 1 and not others[1:]:
            acronym, terms = typed[0].word, [typed[0].word]
        elif len(joined) == 1 and not others:  # (not "what does FRA stand for in the B&O case")
            acronym, terms = joined[0], words(joined[0])
        else:
            return None
        slugs = [slug for slug, _ in self.store.search(terms, limit=SPELL_FROM)]
        entries = self._entries(slugs)
        for entry, _ in (entries[s] for s in slugs if s in entries):
            phrase = _bracketed(acronym, entry) or spelt_out(acronym, entry)
            if phrase is not None and "".join(words(phrase)) != "".join(terms):
                return Found(entry=entry, facts=(("Stands for", phrase),), score=1.0,
                             ranked=(entry.slug,))
        return None

    def _rank(self, question: Question, named: dict[str, tuple[Entry, _Profile]]
              ) -> list[tuple[float, Entry, _Profile, bool]]:
        """The candidates, best first, each with its score, its entry and profile, and whether
        the question is a learned phrasing of it: those a name names, their linked entries and
        the FTS5 hits for the question's words."""
        terms = [w for c in question.concepts for w in c.forms]
        hits = self.store.search(terms, limit=CANDIDATES)
        order = {slug: i for i, (slug, _) in enumerate(hits)}
        # Entries linked to a named one are candidates too: "when was it disclosed?" about X.
        linked = [slug for entry, _ in named.values() for slug in entry.related]
        candidates = named | self._entries([*linked, *order])
        if not candidates:
            return []
        ranking = _ranking(question, candidates)
        ranked = []
        for slug, (entry, profile) in candidates.items():
            order_by, score, learned = _candidate_score(ranking, slug, entry, profile)
            ranked.append((order_by, score, entry, profile, learned))
        ranked.sort(key=lambda item: (-item[0], item[2].slug))
        return [item[1:] for item in ranked]

    def _rarest(self) -> float:
        """The weight of a word no entry holds."""
        return _idf_of(0, max(1, self.store.size()))

    def _idf(self, concepts: list[Concept]) -> list[float]:
        """Each concept's inverse document frequency: a rare word tells entries apart."""
        total = max(1, self.store.size())
        counts = self.store.doc_counts([f for c in concepts for f in (c.forms or c.alts)])
        weights = []
        for concept in concepts:
            # Another tense of the verb ("struck" for "strike") is the same word, not a rarer one.
            forms = concept.forms or concept.alts
            forms = [f for f in forms if f not in irregular(concept.word)] or forms
            found = [counts.get(f, 0) for f in forms if " " not in f]
            docs = min((n for n in found if n), default=0)
            if not docs:  # only an idiom's other runs are in the store ("in force"): as often
                docs = max((self.store.phrase_count(f) for f in forms if " " in f), default=0)
            if concept.slug is not None and concept.forms:  # (a name the question typed)
                # A name is as rare as what it names: "the ferry", a name of the Tern that the
                # pack's text hardly uses, is as common as the Tern when every entry names her.
                docs = self._named_in(concept.slug, " ".join(concept.forms)
                                      if len(concept.forms) > 1 else None, docs)
            weights.append(_idf_of(docs, total))
        return weights

    def _named_in(self, slug: str, phrase: str | None, docs: int) -> int:
        """How many entries name `slug`'s entry by any of its names (at least `docs`, what
        the name asked by holds; a name of several words is counted as a phrase)."""
        if phrase is not None:
            docs = self.store.phrase_count(phrase)
        found = self._entries([slug]).get(slug)
        if found is None:
            return docs
        names = (" ".join(words(name)) for name in (found[0].title, *found[0].aliases))
        return max([docs, *(self.store.phrase_count(name) for name in names if name)])

    def _kin_of(self, ranked: dict, found: dict, slug: str) -> dict[str, frozenset[str]]:
        """The names of the entries a ranked entry is a part of (see `_part_of`), by slug; each
        entry's kept in `found`."""
        if slug not in ranked:
            return {}
        if slug not in found:
            _, entry, profile, _ = ranked[slug]
            found[slug] = _part_of(entry, profile, self._entries(list(entry.related)))
        return found[slug]

    def _entries(self, slugs: list[str]) -> dict[str, tuple[Entry, _Profile]]:
        """Live entries with their profiles; unchanged ones come from the cache."""
        versions = self.store.versions(slugs)
        with self._cache_lock:  # answers run on several threads; the LRU order is shared
            found = {s: self._cache.get((s, v)) for s, v in versions.items()}
        missing = [s for s, cached in found.items() if cached is None]
        for entry in self.store.get_many(missing).values():
            if not entry.retired:
                found[entry.slug] = (entry, _Profile(entry))
        with self._cache_lock:
            for entry, profile in (f for f in found.values() if f is not None):
                key = (entry.slug, entry.version)
                self._cache[key] = (entry, profile)
                self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return {s: f for s, f in found.items() if f is not None}


def _part_of(entry: Entry, profile: _Profile,
             related: dict[str, tuple[Entry, _Profile]]) -> dict[str, frozenset[str]]:
    """The stems of the names of each related entry that tells of `entry` by one of its names
    and that `entry` tells of in turn, by slug: what it is a part of (the fare rise whose text
    says "the harbour board", and the board's summary that names the fare rise), which it is
    about without saying so."""
    text = f" {profile.phrases['summary']} . {profile.phrases['facts']} "
    return {slug: other.places["names"] for slug, (_, other) in related.items()
            if slug in entry.related and _names(profile, f" {other.phrases['summary']} ")
            and _names(other, text)}


def _name_unsaid_in(question: Question, reason: str) -> bool:
    """Is this decline for saying nothing of a name (of another entry) the question gives?"""
    return any(c.slug is not None and reason.startswith(f"{_NOTHING_ABOUT} {c.word} in ")
               for c in question.concepts)


def _names_unsaid(question: Question, held: frozenset[str]) -> bool:
    """Does the question give a name (of an entry) that text with these stems never
    mentions? (Not the story's own, typed as where it happened: "who led the inquiry into the
    Gull Air incident?")"""
    return not question.recalled and any(
        c.slug is not None and c.alts and not c.soft and not _mentions(c, question, held)
        and not _story_placed(c, question) for c in question.concepts)


def _names(profile: _Profile, text: str) -> bool:
    """Does the text (its words, spaced) name the entry by its title or one of its aliases?"""
    return any(name in text for name in profile.names)


def _of_another_year_only(entry: Entry, year: str, profile: _Profile) -> bool:
    """Is the entry named for years, none of them this one nor a span holding it ("Acme's
    share listing (May 2019)"; not "Holt's tenure (2018-2021)" for 2020), and is the year
    nowhere in its text?"""
    titled = set(_YEARS_GIVEN.findall(entry.title))
    return bool(titled) and year not in titled | set(spanned_years(entry.title)) and (
        year not in profile.all)


def _placed_in_year(year: str, tokens: list[str]) -> bool:
    """Is the year typed as when the thing asked happened: right after "in" or "during", a
    month between perhaps ("in May 2020")?"""
    for i, token in enumerate(tokens):
        if token == year:
            before = [t for t in tokens[:i] if t not in _MONTH_WORDS][-1:]
            return before in (["in"], ["during"])
    return False


def _of_named_story(question: Question, ranked):
    """A test of whether an entry belongs to the story the question names: linked to a named
    entry either way, or saying one of its names with no year but the named entries' own (not
    "Holt was fired in 2019 after a data leak" for the 2022 outage)."""
    named = {r[1].slug: r[1] for r in ranked if r[1].slug in question.named}
    names = {stem(w.casefold()) for other in named.values()
             for w in name_words(other.title) if not english(w.casefold())}
    years = {y for other in named.values() for y in _YEARS_GIVEN.findall(
        " ".join([other.title, other.summary, *other.fields.values()]))}

    def of_story(entry, profile) -> bool:
        if any(slug in entry.related or entry.slug in other.related
               for slug, other in named.items()):
            return True
        return not names.isdisjoint(profile.all) and set(_YEARS_GIVEN.findall(
            " ".join([entry.summary, *entry.fields.values()]))) <= years

    return of_story


def _idf_of(docs: int, total: int) -> float:
    """BM25's inverse document frequency of a word `docs` of `total` entries hold."""
    return math.log(1 + (total - docs + 0.5) / (docs + 0.5))


# Verbs that only say the thing asked came to someone ("what sentence did Holt receive?")
_GOTTEN = frozenset("""receive received receives receiving handed given gotten end_up_with
    wind_up_with""".split())
_NOT_A_PERSON = frozenset("why amount quantity count percent duration when where".split())


# Words that ask whether something came about: "did they ever", "has it actually", "yet"
_OUTCOME = frozenset("ever actually yet eventually finally".split())
_WRITING = re.compile(r"\W*(?:(?:hey|hi|hello|yo|ok|okay)\b\W*)?(?:(?:can|could|would|will)\s+"
                      r"(?:you|u)\s+|please\s+|pls\s+)*(?:help\s+me\s+(?:to\s+)?)?"
                      r"(?:write|draft|compose|rewrite|proofread|translate)\b", re.IGNORECASE)
# The kinds of answer that say how a thing came out: a figure, or whether it happened
_CAME_OUT = frozenset("amount quantity count percent yesno".split())
_IN_THE_END = ("in", "the", "end")
# The words of a fact or an entry that say how a thing came out, as "in the end" asks of a
# figure ("outcome: Acme paid $2 million", "a final count of 40 sailings", "300 in total")
_CAME_OUT_WORDS = frozenset(stem(w) for w in "final finally ultimately eventually outcome "
                            "outcomes total result results".split())


# Parts of the day, and the words that put a time in one ("in the morning", "that night")
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_DAY_PART_LEADS = (("in", "the"), ("that",), ("this",), ("at",))


def _day_part_asked(tokens: list[str]) -> set[str]:
    """"What time in the morning ...?", "at what time that night ...?": the part of the day
    said beside "what time", which the time of day a fact gives need not say in the word."""
    if not _has_phrase(tokens, ("what", "time")):
        return set()
    return {t for i, t in enumerate(tokens) if t in _DAY_PARTS and any(
        i >= len(lead) and tuple(tokens[i - len(lead):i]) == lead for lead in _DAY_PART_LEADS)}


def _in_the_end(concept: Concept, qtype: str) -> Concept:
    """The "end" of "in the end": in a why, what or when question it only looks back, as
    "ultimately" does; a figure or a yes/no asked "in the end" asks how a thing came out, which
    an entry holds by the word, or, for a figure, by one saying the outcome or the final figure
    (not for a yes/no: "did the crews get paid in the end?" of an `outcome` that they may
    claim pay says no more than the word would)."""
    if qtype not in _CAME_OUT:
        return replace(concept, soft=True)
    if qtype == "yesno":
        return concept
    # (the word itself, not its synonyms: "in the end" is no "finished" or "stopped")
    return replace(concept, forms=(concept.word,), alts=frozenset({stem(concept.word)})
                   | _CAME_OUT_WORDS)
_DOUBT = frozenset("ever actually yet".split())  # ... and the words of them a "when" doubts by
# Words that only ask for a kind of fact: a part of nothing else ("...? what date?", "and
# what's the status?") asks it of the part before.
_KIND_ONLY = frozenset("date dates day year time status reason place location amount number "
                       "figure total name names update latest exactly".split())


def _bare(part: str) -> bool:
    """Does this part only ask for a kind of fact, of nothing it names itself?"""
    tokens = [t for t in words(part) if t not in STOP and t not in QUESTION_WORDS]
    return all(t in _KIND_ONLY for t in tokens)


# Two things asked of in one breath: "the writers and of the actors", "plan A vs plan C"
_TWO_WAYS = re.compile(r"\s+(?:and(?:\s+then)?|vs\.?|versus|\+|&)\s+", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[\w'’-]+")
# "..., and how many for Reyes?", "and what about for the Tern": an opening, then the thing
_OPENING_FOR = re.compile(r"(?:(?:and|but|so)\s+)?(?P<opening>how\s+(?:many|much|long|old|far)|"
                          r"what|which|who|when|where)\s+(?:for|of|by|with)\s+(?P<thing>.+)",
                          re.IGNORECASE | re.DOTALL)
_BOTH = frozenset({"and", "vs", "versus", "&"})
MAX_THING_WORDS = 4  # words in each of two things asked of ("of the harbour board")


def _same_of_two(part: str) -> tuple[str, str] | None:
    """The part asked of each of two things it names in the same shape, each led by the same
    word ("what share of the crews and of the pilots voted yes?": "what share of the crews
    voted yes?" and "what share of the pilots voted yes?"), or None. The two come right
    around the joining word, as many words each, or are two names typed as names ("when did
    the Acme Ferries and Gull Lines strikes end?")."""
    for join in _TWO_WAYS.finditer(part):
        before = list(_PHRASE_WORD.finditer(part[:join.start()]))
        after = list(_PHRASE_WORD.finditer(part, join.end()))
        names = _typed_name(part, before[::-1], join.start()), _typed_name(part, after, join.end())
        if all(names):
            return _halves(part, names[0][::-1], names[1])
        for size in range(2, MAX_THING_WORDS + 1):
            if size > len(before) or size > len(after):
                break
            first, second = before[-size:], after[:size]
            # (only words, one after another: "the Tern, and the pier" is no one phrase)
            if not _joined_up(part, first) or not _joined_up(part, second) or (
                    first[-1].end() != join.start() or second[0].start() != join.end()):
                break
            said = [m.group().casefold() for m in first], [m.group().casefold() for m in second]
            if said[0][0] == said[1][0] and said[0] != said[1]:
                return _halves(part, first, second)
    return None


def _halves(part: str, first: list[re.Match], second: list[re.Match]) -> tuple[str, str]:
    """The part with the two things it joins, `first` and `second`, left to one of them."""
    head, tail = part[:first[0].start()], part[second[-1].end():]
    return (f"{head}{part[first[0].start():first[-1].end()]}{tail}",
            f"{head}{part[second[0].start():second[-1].end()]}{tail}")


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
MAX_SWAPPED = 3  # words of one thing put in the place of another's ("the Gull Island crews")


def _asked_again_of(before: str, part: str) -> tuple[str, frozenset[str]] | None:
    """The part before asked again of another thing, when the part opens as it did and puts
    a thing of its own in the place of one the part before named ("what share of the crews
    voted yes on the new deal, and what share of the pilots voted yes on theirs?": what share
    of the pilots voted yes on the new deal), with the words the part points back with
    ("theirs") read as the part before's, and the words of the thing put in; None when the
    part asks something else."""
    if not POINTERS.isdisjoint(words(part)):
        return None  # ("..., and how many of them got off?": them are the part before's)
    old = [m.group() for m in _TOKEN.finditer(before)]
    new = [m.group() for m in _TOKEN.finditer(part)]
    blocks = difflib.SequenceMatcher(a=[t.casefold() for t in old],
                                     b=[t.casefold() for t in new], autojunk=False).get_opcodes()
    # (the same opening, of two words at least: "what share of", "who ran"; not "how")
    opens = next(((op, j2 - j1) for op, _, _, j1, j2 in blocks if j2 > j1), None)
    opens = opens is not None and opens[0] == "equal" and opens[1] >= 2
    swap = next((i for i, (op, i1, i2, j1, j2) in enumerate(blocks) if op == "replace"
                 and max(i2 - i1, j2 - j1) <= MAX_SWAPPED
                 and _names_a_thing(old[i1:i2]) and _names_a_thing(new[j1:j2])), None)
    if not opens or swap is None:
        return None
    kept = []
    for at, (op, i1, i2, j1, j2) in enumerate(blocks):
        theirs = new[j1:j2]
        pointing = op == "replace" and all(t.casefold() in STOP for t in theirs)
        # (what the part before said ahead of the thing sets the question; what it said
        # after is the part's own to say again: "how many ferries did Acme have laid up in
        # the storm, and how many did Gull Lines have?")
        kept += old[i1:i2] if (op == "delete" and at < swap) or pointing else theirs
    _, _, _, j1, j2 = blocks[swap]
    return " ".join(kept), frozenset(t.casefold() for t in new[j1:j2]) - STOP


def _names_a_thing(tokens: list[str]) -> bool:
    """Words with one that is no function word and no word pointing back ("the pilots")."""
    said = [t.casefold() for t in tokens]
    return POINTERS.isdisjoint(said) and any(t not in STOP and t.isalnum() for t in said)


def _typed_name(text: str, found: list[re.Match], at: int) -> list[re.Match]:
    """The words typed as a name (each capitalised, "Gull Lines", "GTU-ALU") that `found`
    opens with, one run touching the joining word at `at`; empty when the first is none."""
    run: list[re.Match] = []
    for word in found[:MAX_THING_WORDS]:  # (going out from `at`, back or on)
        backwards = word.end() <= at
        gap = text[word.end():at] if backwards else text[at:word.start()]
        if not word.group()[:1].isupper() or word.group() == "I" or gap.strip():
            break
        run.append(word)
        at = word.start() if backwards else word.end()
    return run


def _joined_up(text: str, found: list[re.Match]) -> bool:
    """Are these words one run, with only spaces between them?"""
    return all(not text[a.end():b.start()].strip() for a, b in itertools.pairwise(found))


_ABOUT = re.compile(r"^(?:(?:and|but|so|ok|okay)\s+)?(?:what|how)\s+about\s+(.+)$",
                    re.IGNORECASE | re.DOTALL)


def _abbreviation(question: Question) -> tuple[Concept | None, bool]:
    """In "what does X stand for", X when it is an entry's name (and the question's other
    words only ask for a spelling out: "stand", "acronym", even when the store has them), and
    whether other words stand around it."""
    if question.qtype != "expand":
        return None, False
    names = [c for c in question.concepts if c.slug is not None]
    if len(names) > 1:  # "in the context of Acme, what does XYZ stand for": the acronym
        names = [c for c in names if _acronym_typed(c.word, question.text)]
    rest = [c for c in question.concepts if c.slug is None and c.word not in _SPELLING_OUT]
    if len(names) == 1 and not rest:
        return names[0], False
    # "what does HSB stand for in the HSB Act that paid for the pier?": the short form typed
    # right before "stand for", whatever the rest sets as scene
    typed = {" ".join(words(m)) for m in _STANDS_FOR.findall(question.text)}
    names = [c for c in names if c.word in typed and _acronym_typed(c.word, question.text)]
    return (names[0], True) if len(names) == 1 else (None, False)


# (not "what does the PFA stand for when it comes to fares": what it believes)
# ("H.O.L.D. stand for": typed letter by letter too)
_STANDS_FOR = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,6}|[A-Za-z]{2,5})\s+"
                         r"(?:stand|stands|short)\s+for"
                         r"(?=\s*(?:$|[,?.!:;]|(?:in|on|at|again|btw|exactly)\b))",
                         re.IGNORECASE)


# Two or more capitalised words in a row ("Gull Harbour Board")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


@functools.lru_cache(maxsize=8)
def _subject_words(subject: str) -> frozenset[str]:
    """The stems of the pack's subject, and the initials of any three or more of its
    capitalised words in a row: "the GHB thing" of a pack on the Gull Harbour Board strike
    names the story itself. (Each word spelt either side of the Atlantic: "harbor" of
    "Harbour ferries".)"""
    spelt = {stem(o) for w in words(subject.casefold()) for o in other_spellings(w)}
    return frozenset(stems(subject)) - _STOP_STEMS | spelt | {
        "".join(w[0] for w in run[i:j]).casefold()
        for run in map(str.split, _CAPITALISED_RUN.findall(subject))
        for i in range(len(run)) for j in range(i + 3, len(run) + 1)}

# A number of four to six digits typed without a comma ("1600", "25000"), not a sum ("$1600")
# nor a century ("the 1600s")
_HYPHENED = re.compile(r"\b[^\W\d_]{2,}-[^\W\d_]{2,}\b")
_BARE_THOUSANDS = re.compile(r"(?<![\d$£€¥.,])\d{4,6}(?![\d.,]|s\b)")
# A code of a letter and a number typed as one word ("u2", "f16", "b52"); not a letter a
# possessive or a short form leaves alone ("Acme's 8 ferries", "I'd", "I'm", "don't")
_JOINED_CODE = re.compile(r"\b([b-ce-hj-ln-ru-zB-CE-HJ-LN-RU-Z])(\d{1,3})\b")
# "in yen", "in US dollars", "in dollar terms", "in $ terms", "in money terms"
# (pounds too, after "in": "in pounds" is how a sum is written, though "how many pounds" may weigh)
_IN_MONEY = re.compile(
    rf"\bin\s+((?:us\s+|usd\s+)?(?:{CURRENCY_NAMES}|usd|pounds?|sterling|rmb)(?:\s+terms)?|"
    r"(?:\$|dollar|money|cash|monetary|financial)\s+terms)\b(?!\s+of\b)", re.IGNORECASE)
_IN_TERMS = re.compile(r"\bin\s+(?:\S+\s+){1,2}terms\b(?!\s+of\b)", re.IGNORECASE)
_SPELLING_OUT = frozenset("stand stands short refer refers acronym abbreviation initials letters "
                          "mean means name".split())
# The languages a short form may be asked to be spelt out in ("in English")
_LANGUAGES = frozenset("english german french spanish italian dutch russian japanese chinese "
                       "korean portuguese arabic".split())


def _other_held(word: str, question: Question, profile: _Profile) -> bool:
    """"Which judge/magistrate ...?": either word asks for the same thing, so an entry that
    holds the other holds this one (not two names: "the Holt/Reyes trial" is both)."""
    named = {w for c in question.concepts if c.slug is not None for w in c.word.split()}
    for first, second in _EITHER.findall(question.text):
        pair = [first.casefold(), second.casefold()]
        if word in pair and named.isdisjoint(pair):
            other = pair[1 - pair.index(word)]
            if stem(other) in profile.all:
                return True
    return False


def _became_after(question: Question, entry: Entry) -> bool:
    """Does the entry tell a succession as one becoming what another was after that other one
    left, the one the question names ("Ana Vellan became harbour chief after Dana Holt left")?"""
    others = [c for c in question.concepts if c.slug is not None and c.slug != entry.slug]
    texts = [entry.summary, *entry.fields.values()]
    return any(_holds(c, frozenset(stems(match.group(1)))) for text in texts
               for match in _BECAME_AFTER.finditer(text) for c in others)


# One becoming something after another left, and the one who left ("... became chief after Dr.
# Holt resigned"), within a sentence of bounded length
_BECAME_AFTER = re.compile(r"\bbecame\b[^.;]{0,120}?\bafter\s+((?:[\w'’-]+\.?\s+){1,4}?)"
                           r"(?:left|quit|resigned|retired|stepped\s+down|departed|died|was\s+"
                           r"(?:fired|dismissed|ousted|removed|sacked))\b", re.IGNORECASE)


# Two words offered as one with a slash: "judge/magistrate", "fee / fine"
_EITHER = re.compile(r"\b([A-Za-z]{2,})\s*/\s*([A-Za-z]{2,})\b")


# A temperature scale asked for at the end of a question: ", in F?", "in degrees celsius"
_SCALE_ASKED = re.compile(r"[,\s]+in\s+(?:degrees\s+)?(?:f|c|fahrenheit|celsius|centigrade)"
                          r"(?=\s*[?.!]*\s*$)", re.IGNORECASE)


def _full_name_of(question: Question) -> Concept | None:
    """"GTMO - what's the full name?", "what's HSB's full name?": the one name asked, typed as
    a short form, when the question asks nothing else of it; None otherwise."""
    if not any(_has_phrase(question.tokens, phrase) for phrase in _FULL_NAME):
        return None
    names = [c for c in question.concepts if c.slug is not None]
    rest = [c for c in question.concepts if c.slug is None and not c.soft
            and c.word not in _FULL_NAME_WORDS]
    if len(names) == 1 and not rest and _acronym_typed(names[0].word, question.text):
        return names[0]
    return None


_FULL_NAME = (("full", "name"), ("full", "title"), ("long", "form"), ("spelled", "out"),
              ("spelt", "out"), ("written", "out"))
_FULL_NAME_WORDS = frozenset(w for phrase in _FULL_NAME for w in phrase) | {"official"}


def _acronym_typed(word: str, text: str) -> bool:
    """Is this name typed as a short form: in capitals ("HSB"), or letter by letter with
    dots ("H.S.B.")?"""
    letters = word.split()
    return _typed_as_acronym(word, text) or (
        len(letters) > 1 and all(len(p) == 1 and p.isalpha() for p in letters)
        and re.search(r"(?<!\w)" + r"\.".join(p.upper() for p in letters) + r"\.?", text)
        is not None)


def _framed(concept: Concept, question: Question) -> bool:
    """Is this name only the frame of the question: "during the strike", "amid the storm",
    "under the order" (not "under Dana Holt": someone's staff; not "before the fare review":
    a change across it is about it)?"""
    span, tokens = concept.word.split(), question.tokens
    for i in range(1, len(tokens)):
        if tokens[i:i + len(span)] != span:
            continue
        before = tokens[max(0, i - 3):i]
        if before[-1:] and before[-1] in _FRAMES:
            return True
        # (with a word between: "under the first safety rule")
        if any(before[j] in (*_FRAMES, "under") and before[j + 1] in _DETERMINERS
               for j in range(len(before) - 1)):
            return True
    return False


def _qualifies(concept: Concept, question: Question) -> bool:
    """Does this name only say which one of a thing is meant: "the Acme ferry", "the Holt
    farm", "Holt's inquiry" (what is asked is about the ferry or the inquiry, which may have
    an entry of its own)?"""
    span, tokens = concept.word.split(), question.tokens
    words_asked = {c.word for c in question.concepts if c.slug is None}
    for i in range(1, len(tokens) - len(span)):
        if tokens[i:i + len(span)] != span or tokens[i - 1] not in _ARTICLES:
            continue
        after = tokens[i + len(span)]
        if after.isalpha() and after not in STOP and after in words_asked:
            return True
    # ("Holt's inquiry": the name, then "s", then a word asked)
    n = len(span)
    return any(tokens[i:i + n] == span and tokens[i + n] == "s" and tokens[i + n + 1] in words_asked
               for i in range(len(tokens) - n - 1))


def _doer_of_deed(concept: Concept, question: Question) -> bool:
    """Is this name a person's, who did what is asked ("what did Judge Holt rule about the
    fire?"): the ruling is asked, which may have an entry of its own, not Holt? Not what they
    said, which their own entry often quotes."""
    span, tokens = concept.word.split(), question.tokens
    if question.kinds.get(concept.slug) not in PERSON_KINDS or tokens[:1] != ["what"]:
        return False
    at = next((i for i in range(2, 4) if tokens[i:i + len(span)] == span), None)
    if at is None or tokens[1] not in ("did", "has", "had", "does"):
        return False
    after = tokens[at + len(span):at + len(span) + 1]
    return bool(after) and after[0] not in STOP and after[0] not in _SAYING and (
        all(t in NAME_TITLES for t in tokens[2:at]))


_FRAMES = frozenset("during amid".split())
# Words saying which one or how many, however common: "the first rule", "the new boat", "two firms"
_WHICH_ONE = _ORDER_WORDS | frozenset("new old one two three four five six seven eight nine "
                                      "ten".split())


def expansion(acronym: str, entry: Entry) -> str:
    """The entry's name whose initials spell `acronym` ("HSB": "Harbour Survey
    Board"), else its title."""
    letters = "".join(words(acronym))
    typed = re.compile(rf"(?<!\w){re.escape(acronym)}(?!\w)", re.IGNORECASE)
    for name in (entry.title, *entry.aliases):  # (not "P&I cover" for P&I)
        if (_initials(name) == letters and "".join(words(name)) != letters
                and not typed.search(name)):
            return name
    # ("Name: Tern Relief Vessel, a 1990 design" for "TRV": capitalised words that spell it)
    return _bracketed(acronym, entry) or next(
        (value for name, value in entry.fields.items() if name in _SPELT_OUT),
        None) or _named_before(acronym, entry) or spelt_out(acronym, entry) or entry.title


def _surname(title: str) -> str | None:
    """The last word of a title that is a person's name, of two to four words before any
    comma or bracket ("Dana Holt, harbour master": "holt"), or None."""
    name = words(re.split(r"[,(;:]| - ", title, maxsplit=1)[0])
    return name[-1] if 1 < len(name) <= 4 and name[-1].isalpha() else None


def _as_typed(acronym: str) -> str:
    """A pattern for a short form however its parts are joined: "hz 5" finds "HZ-5", "HZ 5";
    "h o l d" finds "H.O.L.D"."""
    parts = words(acronym)
    if not all(ch.isalnum() or ch == " " for ch in acronym):  # ("P&I" as typed)
        return re.escape(acronym)
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return r"\.?".join(re.escape(p) for p in parts) + r"\.?"
    return r"[\s.-]*".join(re.escape(p) for p in parts) or re.escape(acronym)


def _named_before(acronym: str, entry: Entry) -> str | None:
    """The capitalised name a fact writes right before the short form in brackets, even
    when its initials spell it otherwise, as a name in another language does ("the Harbour
    Board of Gullport (JPG)"); None when no fact does."""
    bracketed = re.compile(rf"((?:[A-Z][\w'-]*\s+(?:(?:{_JOINERS})\s+)*)+[A-Z][\w'-]*)"
                           rf"\s*\(\s*(?i:{re.escape(acronym)})\s*\)")
    for text in entry.fields.values():
        match = bracketed.search(str(text))
        if match is not None:
            return match.group(1)
    return None


_JOINERS = "of|for|the|and|on|in|de|del|la"


# Facts named for what a short name spells out ("full_name: Harbour Survey Board")
_SPELT_OUT = frozenset("full_name full_title stands_for expansion long_form full_form".split())


def _bracketed(acronym: str, entry: Entry) -> str | None:
    """"renamed the Office of Boats, Ferries, and Tides (OBFT) in 2019": the name a fact, the
    summary or a source's quote writes before the short form in brackets, commas and all, or
    after the short form and "stands for"."""
    letters = "".join(words(acronym))
    typed = _as_typed(acronym)
    bracketed = re.compile(rf"([^()]+?)\s*\(\s*{typed}\s*\)", re.IGNORECASE)
    quoted = [str(v) for source in entry.sources for k, v in source.items() if k != "url"]
    texts = (*entry.fields.values(), entry.summary, *quoted)
    # ("OBFT stands for Office of Boats, Ferries and Tides; it ...": the words after it; when
    # they spell it in another language, all of them up to the clause's end: "HZ-5 stands for
    # 'harbour guard, level 5'")
    said = re.compile(rf"(?<!\w){typed}\s+(?:stands|stood|is short|was short)\s+"
                      r"for\s+([^.;:()]+)", re.IGNORECASE)
    for text in texts:
        for match in said.finditer(text):
            after = match.group(1)
            found = list(_RAW_WORD.finditer(after))[: 2 * len(letters)]
            for i in range(len(found), 0, -1):
                if _spell([m.group() for m in found[:i]], 0, letters, 0, capitals=False) == i:
                    return after[: found[i - 1].end()].strip()
            if found:
                return after.strip().strip("'\"‘’“”").strip()
    # ("the Harbour Safety Act, known by its Dutch initials HVW": the name before, whatever
    # its initials spell)
    known = re.compile(rf"((?:[A-Z][\w'-]*\s+(?:(?:{_JOINERS})\s+)*)+[A-Z][\w'-]*),?\s+(?:known|"
                       rf"abbreviated|shortened)\s+(?:as|to|by\s+(?:its|the)\s+(?:[\w-]+\s+)?"
                       rf"(?:initials|acronym|abbreviation))\s+(?i:{typed})(?!\w)")
    for text in texts:
        match = known.search(text)
        if match is not None:
            return match.group(1)
    for text in texts:
        for match in bracketed.finditer(text):
            before = match.group(1)
            found = list(_RAW_WORD.finditer(before))
            # ("Harbour Safety Act of 1998 (HSA)": the year after a name gives it no letter)
            while len(found) > 1 and (found[-1].group().isdigit()
                                      or found[-1].group().casefold() in ("of", "in")):
                found.pop()
            found = found[-2 * len(letters):]
            for i in range(len(found)):
                run = [m.group() for m in found[i:]]
                # (the brackets say what it spells: "Endpoint detection and response (EDR)")
                if _spell(run, 0, letters, 0, capitals=False) == len(run):
                    return before[found[i].start():].strip()
    return None


# An acronym joined by an ampersand: "P&I", "M&A", "S&P"
_CAPITALS = re.compile(r"\b[A-Z]{2,5}s?\b")
# ("what does the HSV in HSV-200 stand for?": the short form before "in" and the name)
_STANDS_FOR_WHAT = re.compile(r"\b(?:does|do|did)\s+(?:the\s+)?([\w&.-]+)\s+"
                              r"(?:in\s+(?:the\s+)?[\w&.-]+\s+)?(?:\w+ly\s+)?stand\s+for\b",
                              re.IGNORECASE)
_JOINED_ACRONYM = re.compile(r"(?<![\w&])[A-Z]{1,3}(?:&[A-Z]{1,3})+(?![\w&])")


def _initials(name: str) -> str:
    out = []
    for word in _RAW_WORD.findall(name):
        if word.isupper() and len(word) > 1:
            out.append(word.casefold())  # "AI" in "Center for AI Standards": both letters
        elif word.casefold() not in STOP:
            out.append(word[0].casefold())
    return "".join(out)


def _name_places(concept: Concept, profile: _Profile) -> list[str]:
    """The places that hold a name of several words: as a phrase, or with each of its words
    (less an article) somewhere in the place. "Witnesses at the 2019 Gullport inquiry" is
    about what "the 2019 inquiry" names, though not in those words in a row; a name ending in
    a number is found only whole (the "Tern 2" is not any Tern in a text with a 2 in it)."""
    phrase = f" {concept.word} "
    spoken = {stem(w) for w in concept.forms if w not in _ARTICLES}
    return [place for place in PLACE_WEIGHTS if f" {profile.phrases[place]} ".find(phrase) >= 0
            or (concept.number is None and spoken <= profile.places[place]
                and _close_together(spoken, profile.stemmed(place)))]


def _close_together(spoken: set[str], stemmed: list[str]) -> bool:
    """Are the words `spoken` (stems) all in one run of a text (its words' stems) a few words
    longer than they are, within one sentence or fact ("the 2019 Gullport inquiry" for "2019
    inquiry"; not "the Tern is a ferry that also sails at night" for "night ferry")?"""
    span = len(spoken) + NAME_GAP
    at = [i for i, t in enumerate(stemmed) if t in spoken]
    for i in at:
        covered: set[str] = set()
        for j in (j for j in at if i <= j < i + span):
            covered.add(stemmed[j])
            if covered >= spoken:
                if "." not in stemmed[i:j]:
                    return True
                break
    return False


def _bm25f(concept: Concept, profile: _Profile, averages: dict[str, float]) -> float:
    """BM25F term weight of one concept in one entry: each place that holds it adds its
    weight, facts and summary normalised by their length against the other candidates."""
    if concept.slug is not None and len(concept.forms) > 1:  # a name of several words
        held = _name_places(concept, profile)
    elif concept.need == 1:  # one lookup per stem, not one per place
        held = set().union(*(profile.where.get(alt, ()) for alt in concept.alts))
    else:
        held = [p for p in PLACE_WEIGHTS if _holds(concept, profile.places[p])]
    tf = 0.0
    for place in held:
        norm = 1.0
        if place in averages:
            norm = 1 - B + B * profile.lengths[place] / max(1.0, averages[place])
        tf += PLACE_WEIGHTS[place] / norm
    return tf * (K1 + 1) / (tf + K1) if tf else 0.0


def pick_facts(question: Question, entry: Entry, profile: _Profile) -> tuple[tuple[str, str], ...]:
    """The one or two fields that best answer the question; none means "use the summary"."""
    if question.qtype == "names" and (_called_by_title(entry, profile, question)
                                      or _named_by_role(entry, question)
                                      or _called_by_summary(entry, profile, question)):
        return (("Name", entry.title),)
    # ("what kind of saw did they use?" of the entry "Gullmax GX40 cutting saw": the
    # entry is the thing asked, and its title says which)
    if _kind_of_itself(question, entry):
        return (("Name", entry.title),)
    if _only_summary_qualifies(question, entry):
        return ()
    asked = _asked_of(question, entry, profile)
    scored = [row for name, value in entry.fields.items()
              if (row := _fact_row(asked, name, value, *profile.field_stems[name])) is not None]
    # ("where did the plane crash?": when no fact is named for a place, one whose value names
    # nothing a place would be named by, "GT4417" or "150 people", is no answer; the summary is)
    if question.qtype == "where" and asked.cues.isdisjoint(
            set().union(*(profile.field_stems[row.name][0] for row in scored))):
        scored = [row for row in scored if _NAMED_WORD.search(row.value)]
    # ("what happened to Holt after the strike?": the facts that look past the story, whatever
    # words of the question they hold, or else the summary when it does and no fact does; not
    # her role in it)
    if asked.later:
        later = tuple((name, value) for name, value in entry.fields.items()
                      if says_later(question, entry, name, value, strict=True))
        if later or says_later(question, entry, "", entry.summary, strict=True):
            return later[:MAX_FACTS]
    if not scored:
        return ()
    scored.sort()  # the kind of fact asked comes first, then by score
    if not scored[0].apart:  # (and only those naming what the question singles out)
        scored = [s for s in scored if not s.apart]
    return _shown(asked.concepts, scored, profile)


_KIND_OF = frozenset("kind kinds sort sorts type types make model".split())
_KIND_STEMS = frozenset(stem(w) for w in _KIND_OF)


def _kind_of_itself(question: Question, entry: Entry) -> bool:
    """Does a "what kind of X" question ask of this very entry: one the question does not
    name, whose title ends in X after a model's or maker's name ("Gullmax GX40 cutting
    saw" for "what kind of saw"; not "Storm damage" for "what type of damage"), and no
    fact of which is named for X or for its kind (`make`, `type`)?"""
    if question.qtype not in ("what", "which", "none") or entry.slug in question.named:
        return False
    tokens, title = words(question.text), name_words(entry.title)
    if not title or not any(w[:1].isupper() or any(ch.isdigit() for ch in w)
                            for w in title[1:-1]):
        return False
    thing = stem(title[-1].casefold())
    if any(thing in stems(name.replace("_", " ")) or not _KIND_STEMS.isdisjoint(
            stems(name.replace("_", " "))) for name in entry.fields):
        return False
    return any(a in _KIND_OF and b == "of" and stem(c) == thing
               for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))


def _only_summary_qualifies(question: Question, entry: Entry) -> bool:
    """"What was the Tern's launch date?": when no fact giving a date says launch, but the
    summary gives one beside it ("launched on May 3, 2015"), the summary answers, not the
    fact of another date."""
    qualified = _qualifier(question)
    return qualified is not None and not _says_qualifier(
        qualified, question, entry, tuple(entry.fields.items())) and _summary_qualifies(
        qualified, entry)


# Endings of a noun for one who does something ("applicant", "voter", "signatory")
_DOER_ENDINGS = ("ant", "ants", "ent", "ents", "er", "ers", "or", "ors", "ee", "ees")


def _counted_doers(tokens: list[str], noun: str | None) -> frozenset[str]:
    """"How many teachers applied?": a count of those who did it ("11,000 applicants") counts
    them too, the lexicon's nouns for doers of the verb right after the noun (not every
    "worker" for "how many carpenters worked")."""
    if noun is None or noun not in tokens[:-1]:
        return frozenset()
    verb = tokens[tokens.index(noun) + 1]
    if not past_tense(verb):
        return frozenset()
    return frozenset(stem(w) for w in synonyms_of(verb)
                     if w.endswith(_DOER_ENDINGS) and w != verb)


# A short form written with "&" ("J&J", "AT&T", "PG&E")
_AMPERSAND = re.compile(r"\b[A-Z]{1,3}&[A-Z]{1,3}\b")
# A word written as a name: a capital, then lower-case letters ("Barcelona", not "GT4417")
_NAMED_WORD = re.compile(r"\b[A-Z][a-z]{2,}")


@dataclass(frozen=True)
class _Asked:
    """What a question asks of one entry's facts, read once for all of them."""

    question: Question
    concepts: list[Concept]  # the question's words, less the entry's own name
    alone: list[Concept]  # the name it singles out ("Acme itself")
    cues: frozenset[str]  # the stems of field names for the kind asked (`date` for "when")
    shapes: tuple[str, ...]  # the value shapes for the kind asked (a date, money)
    own: bool
    titled: frozenset[str]
    placed: frozenset[str]  # a field name for the one before or after someone (`predecessor`)
    rare: list[Concept]  # what a briefing rarely holds, no fact saying it in so many words
    mean: float  # the concepts' mean weight
    person: bool  # it asks for a person
    role: str | None  # the post it asks who held ("captain")
    ended: bool  # it asks how a thing ended
    later: bool  # it asks what a person did after the story
    countries: frozenset[str]  # the country of those it counts


def _asked_of(question: Question, entry: Entry, profile: _Profile) -> _Asked:
    concepts = [c for c in question.concepts if c.slug != entry.slug]
    placed, anchors = _placed(question)
    # ("Successor: Dana Holt" in another's entry, for "who ran it before Dana Holt")
    placed = placed if entry.slug in anchors or not anchors else _SUCCESSION
    person = _asks_person(question)
    return _Asked(
        question=question,
        concepts=concepts,
        alone=[c for c in _emphasized(question) if c.slug != entry.slug],
        cues=_CUE_STEMS.get(question.qtype, frozenset()),
        shapes=NEEDS_SHAPE.get(question.qtype, ()),
        own=_own(question, entry),
        titled=_title_says(question, entry),
        placed=placed,
        # What a briefing rarely holds ("the top penalty"), when no fact says it in so many
        # words: a fact named for it (`fine`) is the one asked
        rare=[c for c in concepts if c.word in question.out_of_scope and not any(
            _holds(c, value) for _, value in profile.field_stems.values())],
        # A rare question word ("interim") says more about which fact is wanted than a common
        # one.
        mean=sum(question.weights.get(c.word, 1.0) for c in concepts) / max(1, len(concepts))
        or 1.0,
        person=person,
        role=_role(question.tokens) if person else None,
        ended=_asks_outcome(question.tokens),
        later=asks_later_life(question, entry),
        countries=country_counted(question),
    )


class _FactRow(NamedTuple):
    """A fact's sort key for `pick_facts`: what sorts first comes first (each flag False
    before True, then the higher score)."""

    apart: bool  # it does not name what the question singles out ("Acme itself")
    other_kind: bool  # it is not of the kind asked
    other_role: bool  # it is not named for the post or deed asked
    unshaped: bool  # its value lacks the shape asked (a date, money) or a person's name
    neg_score: float
    name: str
    value: str


def _fact_row(asked: _Asked, name: str, value: str, name_stems,
              value_stems) -> _FactRow | None:
    """A fact's sort key for `pick_facts` (the fact that names what the question singles out,
    is of the kind asked, is named for the post asked and has the shape asked comes first,
    then the higher score), or None when the fact holds nothing asked."""
    question = asked.question
    if asked.ended and not _PLANNED_NAMES.isdisjoint(name_stems):
        return None  # ("how long was the Tern laid up in the end?": not `planned_duration`)
    score = _named_for_asked(asked, name, value, name_stems)
    fits = bool(asked.shapes) and _fits(question, _fact_text(name, value), name, asked.own,
                                        asked.titled)
    if question.qtype == "why":  # a reason is the kind of fact asked
        fits = gives_reason([(name, value)])
    # ("how much did Acme pay to settle in 2007?": not "interim payments: began August 2008",
    # a sum of other years, before the 2007 deal's own `amount`)
    if fits and question.years and not question.years.isdisjoint(
            _YEARS_GIVEN.findall(" ".join(question.tokens))) and (
            given := set(_YEARS_GIVEN.findall(value))) and given.isdisjoint(question.years):
        fits = False
    if fits:
        score += 1.5
    # "who put out the figure?": a fact named for who did it (`estimate_by`) comes first, in
    # place of one whose value only has the shape asked, before one that only holds more of
    # the question's words; so does one naming a person ("who was running the harbour
    # then?": "Dana Holt", as `decided_by: the harbour managers` does)
    person = asked.person and _person_named(value, question)
    # ("which deckhands teamed up?": several people, whom a fact named `members` lists)
    if person and _MEMBERS & name_stems:
        score += COUNTS_BONUS
    # (a fact named for the post asked, `captain`, before one naming someone else: "who was
    # the Tern's captain?" is not answered by "Witness: Passenger Sam Reyes")
    # (and one named for the doer of the deed asked: "who wrote the play?": `writer`)
    for_role = (asked.role is not None and stem(asked.role) in name_stems) or (
        _for_doer(question.deed, name_stems))
    first = (bool(name_stems & asked.cues) or person or for_role) if asked.person else fits
    score += _words_held(asked, name, name_stems, value_stems)
    # ... and of those, one whose value has the shape asked or names a person comes first
    # ("how did Acme's chief characterize the levy?": 'Called it "a step too far"' before his
    # role; "who ran the harbour then?": "Dana Holt" before "the harbour managers")
    shaped = person or (bool(asked.shapes) and bool(SHAPES[asked.shapes[0]].search(value)))
    # "what fine did Acme itself get?": a fact naming Acme comes first, not the fines of the
    # others (of those with the shape asked: "$2 million", not a sentence naming Acme)
    apart = bool(asked.alone) and not (any(
        _holds(c, value_stems) or _named_else(c, question, value_stems) for c in asked.alone)
        and (not asked.shapes or any(SHAPES[s].search(value) for s in asked.shapes)))
    if score <= 0:
        return None
    return _FactRow(apart, not first, not for_role, not shaped, -score, name, value)


# A question asking what a word means, and the names of a fact that says so
# (not "what did the scheme mean for Acme's shares?": its effect)
_MEANING_ASKED = re.compile(r"\b(?:what\s+(?:does|do|did)\b.*\bmean\b(?!\s+(?:for|to)\b)|"
                            r"meaning\s+of|what\s+is\s+meant\s+by)", re.IGNORECASE)
_MEANING_NAMES = frozenset(stem(w) for w in "meaning translation definition".split())


def _named_for_asked(asked: _Asked, name: str, value: str, name_stems) -> float:
    """How much a fact is named for, or has the value of, the very thing asked."""
    question = asked.question
    # "how many sheep": a fact with a number of sheep beats one with a number of ships
    score = COUNTS_BONUS if question.counting and _counts(question.counting, name, value) else 0.0
    if question.sizes & name_stems:  # "how deep": `depth`
        score += COUNTS_BONUS
    if question.head & name_stems:  # "what was the fare": `fare`
        score += COUNTS_BONUS
    if asked.placed & name_stems:  # "who ran it before Dana Holt": `predecessor`
        score += COUNTS_BONUS
    if _for_doer(question.deed, name_stems):  # "who wrote the play": `writer`
        score += COUNTS_BONUS
    if any(_holds(c, name_stems) for c in asked.rare):  # "the top penalty": `fine`
        score += COUNTS_BONUS
    if any(_MEASURES[size].search(value) for size in question.measures & _MEASURES.keys()):
        score += COUNTS_BONUS  # "how wide": "58.8 m", whatever the field's name
    if question.rate and question.rate in _rates(value):
        score += COUNTS_BONUS  # "how much per violation": "$1 million per violation"
    if name_stems & asked.cues:
        score += 1.0 if question.qtype == "yesno" else 2.0
    # "what does 'tern' mean?": a fact named `meaning` (or `translation`)
    if name_stems & _MEANING_NAMES and _MEANING_ASKED.search(question.text):
        score += COUNTS_BONUS
    # ("how many German nationals died?": `germany: 37 Germans`, before `united_states`,
    # whose name the stemmer reads as "units", a count)
    if not asked.countries.isdisjoint(named_for_country(name)):
        score += COUNTS_BONUS
    return score


def _words_held(asked: _Asked, name: str, name_stems, value_stems) -> float:
    """How much of the question a fact's name and value hold, a rare word more than a common
    one, a word of the scene-setting clause less."""
    question = asked.question
    score = 0.0
    for concept in asked.concepts:
        if _holds(concept, name_stems) or _initials_of(concept, name, question.text):
            score += 1.5 * _fact_weight(asked, concept)
        elif _holds(concept, value_stems) or _named_else(concept, question, value_stems):
            # ("how big a fine did they put on Acme itself?": "Acme Ferries Ltd", written out
            # in full)
            score += 1.0 * _fact_weight(asked, concept)
        else:
            continue
        # "how much did Acme put in": the fact must be about Acme (see _wrong_kind)
        # (a name in the clause that sets the scene, or in a topic put first, "the Gullport
        # harbour master - when ...?", says which entry, not which fact: it counts for less)
        if (concept.slug is None and not concept.soft and concept.word.isalpha()
                and not english(concept.word) and not synonyms_of(concept.word)):
            score += NAME_BONUS * _scene_share(question, concept)
    return score


def _initials_of(concept: Concept, name: str, text: str) -> bool:
    """Is the word asked, typed as a short form, the initials of a fact's name of three or more
    words ("HNF" for `harbour_night_ferry`; not "pay" for `peak_annual_yield`)?"""
    parts = name.split("_")
    return (len(parts) > 2 and concept.slug is None and concept.word.isalpha()
            and concept.word == "".join(p[0] for p in parts if p)
            and _typed_as_acronym(concept.word, text))


def _scene_share(question: Question, concept: Concept) -> float:
    """A word of the clause that sets the scene ("... where the mayor spoke") says less about
    which fact is asked for than the rest of the question."""
    span = concept.word.split()
    return BACKGROUND_WEIGHT if (question.background.issuperset(span)
                                 or question.described.issuperset(span)
                                 or question.topic.issuperset(span)) else 1.0


def _fact_weight(asked: _Asked, concept: Concept) -> float:
    question = asked.question
    scene = _scene_share(question, concept)
    return scene * (question.weights.get(concept.word, asked.mean) / asked.mean) ** IDF_POWER


def _shown(concepts: list[Concept], scored: list[_FactRow],
           profile: _Profile) -> tuple[tuple[str, str], ...]:
    """The facts shown, from the sorted rows of `_fact_row`: close to the best, or further off
    but saying something asked that the facts shown before it do not ("fares, tolls and
    fees": a fact for each), never padding."""
    best = -scored[0].neg_score
    shown: list[tuple[str, str]] = []
    covered: set[str] = set()
    for row in scored:
        name, value, score = row.name, row.value, -row.neg_score
        name_stems, value_stems = profile.field_stems[name]
        held = {c.word for c in concepts if _holds(c, name_stems | value_stems)}
        if score >= best * CLOSE_SHARE or (score >= best * FACT_SHARE and held - covered):
            shown.append((name, value))
            covered |= held
        if len(shown) == MAX_FACTS:
            break
    return tuple(shown)


def _asks_one_by_role(question: Question) -> bool:
    """Does the question ask who one person was ("who was the Acme employee who ...", "the
    name of the staffer who ..."), not how many there were ("how many employees ...")?"""
    return question.qtype in ("who", "names") or _asks_person(question)


_NO_MEASURE = tuple(f"no {size} in" for size in _MEASURES)
# Fact names that say what was meant to happen, not what did (`planned_duration`)
_PLANNED_NAMES = frozenset(stem(w) for w in "planned scheduled expected proposed intended "
                           "original initial target".split())
# "what did the inquiry ultimately find?": not its preliminary report, but its final one
_EARLY_STAGES = frozenset("preliminary initial interim draft provisional tentative".split())
_LAST_STAGES = frozenset("final definitive".split())


def _stage(entry: Entry) -> int:
    """-1 for an entry whose title says it is an early stage ("Harbour inquiry interim
    report"), 1 for one whose title says it is the last ("final report"), else 0."""
    title = set(words(entry.title))
    return -1 if not _EARLY_STAGES.isdisjoint(title) else int(not _LAST_STAGES.isdisjoint(title))


_BY = stem("by")
_MEMBERS = frozenset(stem(w) for w in "members participants".split())


# Documents, and the verbs of making one public, which their date tells
_DOCUMENTS = frozenset("report reports findings study paper review audit verdict".split())
_MADE_PUBLIC = frozenset("publish publishes published publishing release releases released "
                         "releasing issue issues issued unveil unveiled".split())
def _predecessor_named(question: Question, profile: _Profile) -> bool:
    """"Who took over after Holt quit?" of an entry whose own `predecessor` (or `preceded_by`)
    is the one named right after "after": its person came after her, though no fact says
    "successor"."""
    tokens = question.tokens
    after = [tokens[i + 1] for i, t in enumerate(tokens[:-1])
             if t == "after" and tokens[i + 1] not in STOP]
    return bool(after) and any(
        not _PREDECESSOR.isdisjoint(name) and any(stem(w) in value for w in after)
        for name, value in profile.field_stems.values())


def _done_by(deed: str, profile: _Profile) -> bool:
    """Has the entry a fact saying who did the deed: `by`, or `written_by` for "wrote" (not
    `played_by`, who did something else), or one named for its doer (`writer`)?"""
    deeds = stems(" ".join([deed, *irregular(deed)]))
    return any((_BY in name and (name == {_BY} or not deeds.isdisjoint(name)))
               or _for_doer(deed, name) for name, _ in profile.field_stems.values())


# "who's in charge of the inquiry?", "who heads it?": the words asking who leads something, and
# the names of facts that say who does (`chair`, `director`, `led_by`), whatever word they use
_LEADING = frozenset(stem(w) for w in "lead head run in_charge_of boss leader".split())
_LEADER_NAMES = frozenset(stem(w) for w in """chair chairman chairwoman chairperson head leader
    led director chief ceo president boss""".split())
# ... and the posts a `role` may give for leading what is asked ("on-scene commander of the
# rescue"), which a person's own entry holds for "who ran the rescue?"
_LEADER_ROLES = frozenset(stem(w) for w in "commander coordinator director chief head".split())
_ROLE = stem("role")


def _leader_named(concept: Concept, question: Question, profile: _Profile) -> bool:
    """Does the entry hold the leading a "who" question asks of, by a fact named for whoever
    leads ("who's in charge of the inquiry?": its `chair`)?"""
    return (question.qtype == "who" and concept.slug is None
            and not concept.alts.isdisjoint(_LEADING)
            and any(not _LEADER_NAMES.isdisjoint(name) or (
                _ROLE in name and not _LEADER_ROLES.isdisjoint(value) and any(
                    _holds(c, value) for c in question.concepts
                    if c is not concept and not c.soft))
                for name, value in profile.field_stems.values()))


def _for_doer(deed: str | None, name_stems) -> bool:
    """Is a fact named for the one who did the deed ("who wrote the play?": `writer`)? Not of
    one of English's commonest verbs: a phone's `maker` made the phone, not what is asked of."""
    return deed is not None and not light(deed) and not name_stems.isdisjoint(
        stems(" ".join(doers(deed))))


def _only_remembered(concept: Concept, question: Question) -> bool:
    """Is this the entry the conversation is about, brought in for a part that never points
    back at it ("when did the Tern sink, and when did the north pier reopen to ferries?")? It
    helps pick the entry, but the part asks nothing of it: the answer need not hold it."""
    if not question.recalled or concept.slug is None or concept.forms:
        return False
    # ("..., and what did Gull Lines pay for the ferry?": the ferry is the one it was about)
    kind = question.kinds.get(concept.slug)
    pointed = not POINTERS.isdisjoint(question.tokens) or any(
        pair == ("the", kind) for pair in itertools.pairwise(question.tokens))
    # (a part that names nothing of its own is about what the part before named)
    return not pointed and bool(question.proper or question.years)


def _pointed_at_for_another(question: Question) -> frozenset[str]:
    """The entry a part points back at with "its" or "their" when the part asks which thing
    of that entry's own kind did something ("which ferry took over its route?" after a part
    about the Tern, a ferry): the ferry asked is another, so the Tern's own entry is the last
    of those that hold as much of the part to answer it."""
    if not question.recalled or _OWNING_REFS.isdisjoint(question.tokens):
        return frozenset()
    asked = {question.tokens[i + 1] for i, t in enumerate(question.tokens[:-1])
             if t in _WHICH_OPENERS}
    return frozenset(slug for slug in question.named if question.kinds.get(slug) in asked)


def _figures(facts: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The figures an answer gives ("36% of the fares, since May 2023": 36 and 2023)."""
    return frozenset(s for s in stems(" ".join(value for _, value in facts))
                     if any(ch.isdigit() for ch in s))


def _held(question: Question, profile: _Profile) -> float:
    """How much of what the question asks (its words, by weight) an entry holds."""
    # ("who wrote the report?": a report's `by` says who did what is asked)
    done_by = question.deed is not None and _done_by(question.deed, profile)
    return sum(w for c, w in question.attributes
               if _holds(c, profile.all) or (done_by and c.word == question.deed))


def _cue_fields(qtype: str, profile: _Profile) -> bool:
    """Does the entry have a field named for this kind of question (a `date` for "when")?"""
    cues = _CUE_STEMS.get(qtype)
    return bool(cues) and not cues.isdisjoint(profile.places["fields"])


def _cue_named_for_asked(question: Question, profile: _Profile) -> bool:
    """Has the entry a fact named both for the kind of question and for something else it
    asks (`collapse_cause` for "why did it collapse?")?"""
    cues = _CUE_STEMS[question.qtype]
    asked = [c for c in question.concepts if c.slug is None and not c.soft]
    return any(not cues.isdisjoint(name) and any(_holds(c, name - cues) for c in asked)
               for name, _ in profile.field_stems.values())


def _lists(entry: Entry) -> bool:
    """Does a field list several things ("A, B and C")? Group questions want one."""
    return any(value.count(",") >= 2 for value in entry.fields.values())


# A yes/no question put after another in one sentence ("what happened to Holt, was she
# convicted?")
_WHETHER_AFTER = re.compile(r"[,;]\s*(?:was|were|did|is|are|has|have|had)\s+(?:he|she|they|it)\b",
                            re.IGNORECASE)
# Why a question is declined when its best entry holds too little of what it asks
_TOO_LITTLE = "the best entry holds too little of the question"
_NO_ONE_NAMED = "no one named in "
# Why a part that points back at a declined part is declined too
_POINTS_AT_DECLINED = "about a part the briefing cannot answer"
_UNKNOWN_OTHER = "asks the part before of something the briefing never names"
# Why a question naming nothing is declined ("what date was it?" with nothing before it)
_NO_TOPIC = "no topic words"
# ... unless "this" or "it" there is the story itself ("when did this happen?")
_STORY_POINTERS = frozenset("this it".split())
# Why a part asking of the present is declined when it finds only what a part before it did
_NOT_THE_PRESENT = "asks of the present, and the briefing gives only the past"
# Facts that say who or what holds a place now, by their name (`_PRESENT_KEYS`: a successor)
# or by their words (`_SAYS_PRESENT`: "Sam Reyes, since 2023", "currently Dana Holt")
# ... and by which it points back at what the answer before said ("who let that slip?")
_POINTS_AT_ANSWER = frozenset("that this".split())
# ... and by which it points back at a thing, never a person ("who runs it now?")
_IMPERSONAL = frozenset("it its".split())
# ... and by which it points back at the owner of a thing ("which ferry took over its route?")
_OWNING_REFS = frozenset("its their".split())
_WHICH_OPENERS = frozenset("which what".split())
# ... and the one of them a later part may put a person's name in place of
_PRONOUN = re.compile(r"\b(he|him|his|she|her)\b", re.IGNORECASE)


def _declined_outright(question: Question) -> Found | None:
    """A question declined before any entry is looked at: about a retired entry, with no
    topic words, or asking for writing."""
    if question.lost:
        return Found(declined="about an entry no longer in the briefing")
    if not question.concepts:
        return Found(declined=_NO_TOPIC)
    # "can you draft an out-of-office message?": writing, not a fact, unless it is about
    # an entry ("write me a summary of the ferry strike")
    if _WRITING.match(question.text) and not question.named:
        return Found(declined="asks for writing, not a fact")
    return None


def _sizes_asked(tokens: list[str], asking: set[str]) -> tuple[set[str], set[str]]:
    """The sizes a fact named for one answers ("how deep": `depth`), and the measures asked in
    a unit ("how heavy", "how tall", a speed)."""
    # "how deep was the shaft": a fact named `depth` says it, when the entry has one. It
    # picks the fact, not the entry; "how long did it last" asks for a time, not a length.
    sizes = {SIZE_NOUNS[t] for t in asking if t in SIZE_NOUNS}
    if "deep" in asking:  # ("how far down": a depth, not a distance)
        sizes.discard(SIZE_NOUNS["far"])
    # "how heavy", "how tall": a measure is asked ("how high", "how deep did it drop" may
    # be a price or a fall)
    measures = {SIZE_NOUNS[t] for t in asking if t in _MEASURED}
    # "what was its top speed?", "how fast was the ship going?" (not "how fast did they
    # pull the update?": how soon): a speed in a unit of speed
    if (tokens[:1] in (["what"], ["which"]) and "speed" in tokens) or (
            "fast" in asking and not _MOVING.isdisjoint(tokens)):
        measures.add("speed")
    if any(tokens[i:i + 2] == ["how", "far"] and tokens[i + 2:i + 3] and tokens[i + 2] in _OUTWARD
           for i in range(len(tokens))):
        measures.add("distance")
    if DURATION_WORDS & set(tokens):
        sizes.discard(SIZE_NOUNS["long"])
    return sizes, measures


def _other_words(content: list[str], kept: set[str], tokens: list[str]) -> dict[str, list[str]]:
    """Other words for each content word: the lexicon's, and the nouns and verbs English
    derives from it ("expansion" for "expand") that the stemmer would keep apart."""
    synonyms = {w: [*synonyms_of(w), *(derived(w) if w not in kept else ()),
                    # ("who secretly taped them?": one of whom the entry says "secret")
                    *([adjective_of(w)] if w not in kept and adjective_of(w)
                      and not manner(w) else []),
                    *(_verb_forms(w) if w not in GENERIC and w not in kept else ()),
                    *_IDIOM_RUNS.get(w, ()),
                    # (an entry writing another run of an idiom that means one thing
                    # wherever written holds it: "made from" for "made out of")
                    *(run.replace(" ", "_") for run in _IDIOM_RUNS.get(w, ())
                      if run in WRITTEN_IDIOMS)]
                for w in content}
    # ("why is it called Gull Rock?": where the name came from, which a fact may give as
    # the name's origin, or a summary saying it was named for something)
    if tokens[:1] == ["why"]:
        synonyms |= {w: [*synonyms[w], *_NAME_ORIGIN] for w in content if w in _CALLED}
    # ("who was driving the train?": whoever the store calls its driver)
    doer = doer_asked(tokens)
    if doer is not None:
        made = {w: doing(w) for w in content if w not in kept}
        synonyms |= {w: [*synonyms[w], doer] for w, found in made.items()
                     if found is not None and doer in (found[0], *found[1])}
    # ("how many days did the crew spend at sea?": time spent, not money; not "how much
    # visitor spending was lost in the months after")
    if _asks_time_spent(tokens):
        synonyms |= {w: [] for w in content if w in _SPENDING}
    return synonyms


# Words for a name asked "why" of, and what tells where a name came from
_CALLED = frozenset({"called", "named"})
_NAME_ORIGIN = ("name", "named", "names")


def _verb_forms(word: str) -> tuple[str, ...]:
    """A verb's irregular forms ("flying": fly, flew, flown), none when its base is a word that
    says nothing of a topic ("coming": come, came)."""
    forms = past_forms(word)
    return () if forms and forms[0] in GENERIC else forms


def _concepts(tokens: list[str], spans, found: dict[str, tuple[str, ...]],
              synonyms: dict[str, list[str]], soft: set[str]) -> list[Concept]:
    """The names typed (`spans`), then each other word found, counted once; a word of how the
    question is put (`soft`) or a generic one helps pick an entry but is never required."""
    in_span = {w for start, end, _ in spans for w in tokens[start:end]}
    concepts = [_name_concept(tokens[start:end], slug) for start, end, slug in spans]
    for word, forms in found.items():
        if word in in_span or set(forms) & in_span:
            continue
        alts = frozenset(stem(f) for f in [word, *forms, *synonyms[word]])
        if any(stem(word) in c.alts for c in concepts):
            continue  # "firms" after "companies": one idea, counted once
        concepts.append(Concept(word, forms or (word,), alts,
                                soft=word in GENERIC or word in soft))
    return concepts


def _years_asked(tokens: list[str], concepts: list[Concept]) -> frozenset[str]:
    """The years asked of, and the months of those years (each added to `concepts`)."""
    # "in 2011", "sept 2025 rulings" are years; "2000 ships" is a count
    years = frozenset(t for i, t in enumerate(tokens) if _YEAR.fullmatch(t) and not (
        i + 1 < len(tokens) and tokens[i + 1].endswith("s") and tokens[i + 1] not in STOP
        and (i == 0 or tokens[i - 1] not in _YEAR_LEADS)))
    # "in May 2023": the month of a year asked is as much a filter as the year
    months = {t: _MONTH_FORMS[t] for i, t in enumerate(tokens[:-1])
              if t in _MONTH_FORMS and tokens[i + 1] in years}
    for month, forms in months.items():
        if not any(c.word == month for c in concepts):
            concepts.append(Concept(month, forms, frozenset(stem(f) for f in forms)))
    return years | frozenset(months)


def _topic(text: str, tokens: list[str]) -> frozenset[str]:
    """The words of a topic put before a dash ("the Gullport harbour master - when did she
    start?"): they say which one is meant, not which of its facts is asked."""
    lead = _TOPIC_LEAD.match(text)
    if lead is None:
        return frozenset()
    asked = lead.group(1).casefold()
    return frozenset(tokens[:tokens.index(asked)] if asked in tokens else ())


def _scene_start(text: str, tokens: list[str]) -> int:
    """Where the question starts after a clause that sets its scene, or 0."""
    # "when they tried the junk shot, what did they fire in?": the question after the
    # clause that sets its scene says what kind of fact is asked
    scene = _LEADING_CLAUSE.match(text)
    if scene is None:
        return 0
    return next((i for i in range(len(tokens)) if tokens[i] == scene.group(1).casefold()
                 and i >= len(words(scene.group())) - 3), 0)


def _out_of_scope(text: str, tokens: list[str], start: int, qtype: str, content: list[str],
                  framing: set[str], unknown: list[str]) -> list[str]:
    """The words of what is asked that an answering entry must hold, whatever else it says
    ("headcount", "successor", "the tonnage of ..."), less those only setting the scene."""
    # "who succeeded X" asks for a successor ("who succeeded in ..." does not)
    asked_beyond = [w for w in content if w in OUT_OF_SCOPE and w not in framing] + (
        ["successor"] if qtype == "who" and (_succeeded(tokens) or _TOOK_OVER.search(text))
        else []) + (
        # "has X filed its appeal yet?" (not "the suit that was filed in May")
        [w for w in content if w in _FILED] if qtype == "yesno" else []) + [
        w for w in unknown if _wanted(w, tokens, unknown)]
    head = _HEAD_OF.search(text)
    asked = head.group(1).casefold() if head is not None else None
    if asked in content and asked not in _VALUE_NOUNS:
        asked_beyond.append(asked)
    # ("When the new chief testified, what did he call it?": the chief only sets the scene
    # of what is asked)
    return [w for w in asked_beyond
            if not (w in tokens[:start] and _SETS_SCENE.intersection(tokens[:1]))
            and not _deal_worth(w, tokens) and not _found_by(w, tokens)]


# "Who took over as chief from Dana Holt?", "who took over the board after Holt quit?": her
# successor, with up to four words between (not "after 2015", "after its collapse", "after
# years of losses": no one left)
_TOOK_OVER = re.compile(r"\b(?:take|took|takes|taking|taken)\s+over\b(?:\s+[\w'’-]+){0,4}?\s+"
                        r"(?:from|after)\s+(?!\d|(?:every|any|some)(?:one|body)\b|(?:he|she|"
                        r"they|it|its|their|his|her|this|that|the|a|an|years?|months?|weeks?|"
                        r"days?|decades?)\b)", re.IGNORECASE)


# The words for a company's legal form, which its name is often written without
_LEGAL_FORMS = frozenset(stem(w) for w in
                         "corporation corp inc incorporated ltd limited plc llc gmbh".split())


def _outside_names(asked: list[str], tokens: list[str], concepts: list[Concept]) -> list[str]:
    """The words asked for less those typed only inside a name of several words ("the Gull
    Worth judge": no worth is asked, and no judge beyond the one named)."""
    in_names = [w for c in concepts if c.slug is not None and " " in c.word
                for w in c.word.split()]
    return [w for w in asked if w not in tokens or tokens.count(w) > in_names.count(w)]


# "What was the tonnage of the Tern?" asks the Tern's tonnage: the noun between "what was the"
# and "of" is what an entry must hold, unless it only names a value ("the name of", "the size
# of", "the point of"), which the kind of answer asked already checks.
_HEAD_OF = re.compile(r"\bwhat(?:'?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her)\s+"
                      r"([a-z]+)\s+of\b", re.IGNORECASE)
_VALUE_NOUNS = frozenset(
    """
    name names size number numbers point terms amount value total date time purpose reason
    details status result kind type sort cause nature scale extent
    """.split()
)


def _own_verb(word: str) -> frozenset[str]:
    """The stems of a phrasal verb's own verb ("sent_out": "sent", "send"), which says part of
    what it does whatever the particle; none for any other word."""
    parts = word.split("_")
    if len(parts) != 2 or parts[1] not in _PARTICLES:
        return frozenset()
    return frozenset(stem(f) for f in (parts[0], *irregular(parts[0])))


def _unknown(question: Question) -> str | None:
    """Why the question asks of what the store lacks, by words it never uses: a name it does
    not know, or too many unknown words for what is known; None when neither."""
    if question.unknown_names:
        return f"unknown names: {', '.join(question.unknown_names)}"
    hard = [c for c in question.concepts if not c.soft]
    # ("how cold did it get in Dallas? below zero": the cold is known, though not required)
    cold = sum(c.soft and c.word in _FELT for c in question.concepts)
    # (one of English's most common words the store never uses, "put", "trying", says
    # less of what is asked than a rarer one: it counts for a share of a word, unless a
    # word no dictionary has, a name typed in lower case, is unknown beside it)
    # (a phrasal verb of one, "put up", counts as its verb does)
    verbs = [w.partition("_")[0] if _own_verb(w) else w for w in question.unknown]
    plain = all(english(w) for w in verbs)
    # (nor does an everyday word in the scene-setting clause: "how fast was she going when
    # she clipped the rocks?" asks a speed)
    unknown = sum(LIGHT_SHARE if plain and (light(w) or w in question.background) else 1.0
                  for w in verbs)
    total = unknown + len(hard) + cold
    typed = question.named and not question.recalled
    if not typed and unknown and unknown >= total * MAX_UNKNOWN_SHARE:
        return f"unknown words: {', '.join(question.unknown)}"
    return None


def _shown_whole(founds: list[Found]) -> list[Found]:
    """Each part declined for its words alone whose best entry another part is answered from,
    read as of that entry, whose summary the reply shows: "the briefing does not say" would
    deny what it shows. For holding too little of what it asks ("how many ppl died when the
    ferry went down, and how many made it out alive?"), or for everyday words the store never
    uses when that entry is a paragraph with no facts, shown whole ("how many days did the fog
    last, and on what date did it clear?"); not for a thing the store never names ("what
    about its budget?", which an entry with facts would have one for)."""
    answered = {f.entry.slug: f for f in founds if f.entry is not None}
    return [replace(answered[f.ranked[0]], facts=(), question=f.question, asked=f.asked)
            if f.entry is None and f.ranked[:1] and f.ranked[0] in answered
            and _for_words(f.declined, answered[f.ranked[0]].entry) else f for f in founds]


def _for_words(reason: str | None, entry: Entry) -> bool:
    """Was a part declined for its words alone, as `_shown_whole` reads them?"""
    if reason == _TOO_LITTLE:
        return True
    lead = "unknown words: "
    return bool(reason and reason.startswith(lead) and not entry.fields and all(
        english(w) for word in reason[len(lead):].split(", ") for w in word.split("_")))


def _said_in(question: Question, found: Found) -> bool:
    """Asked who did a thing, do the facts found hold every word the question asks about and
    say whom by ("paid by Tern Air", not "voted with two others" for "who voted against?")?"""
    said = stems(" ".join(_fact_text(name, value) for name, value in found.facts))
    if question.qtype != "who" or not question.attributes or not all(
            _holds(c, said) for c, _ in question.attributes):
        return False
    done = {a for c, _ in question.attributes for a in c.alts}
    return any(stem(w) in done and by == "by" for _, value in found.facts
               for w, by in itertools.pairwise(words(value)))


def _repeats(found: Found, founds: list[Found]) -> bool:
    """Did a part get only what a part before it got: the same entry, none but its facts?
    (Not a summary, which may say both: "at 7:25 pm ... destroyed in 32 seconds".)"""
    return found.entry is not None and bool(found.facts) and any(
        f.entry is not None and f.entry.slug == found.entry.slug
        and set(found.facts) <= set(f.facts) for f in founds)


def _present_only(found: Found, founds: list[Found]) -> Found:
    """A part asking of the present that found just what a part before it answered: only the
    facts that say the present (a `current_` fact, a successor, "since 2023"), or a decline
    when there are none, since the same answer again would give the past as the present
    ("who captained the Tern, and who captains it now?")."""
    if found.entry is None or not any(
            f.entry is not None and f.entry.slug == found.entry.slug
            and set(f.facts) == set(found.facts) for f in founds):
        return found
    held = dict(found.facts)
    # ("current_captain" beside the "captain" the part before answered with)
    held |= {key: value for key, value in found.entry.fields.items()
             if any(key in (f"current_{k}", f"{k}_now") for k in dict(found.facts))}
    present = tuple((key, value) for key, value in held.items()
                    if key.startswith("current") or key.endswith("_now")
                    or key in _PRESENT_KEYS or _SAYS_PRESENT.search(value))
    if not present:
        return Found(declined=_NOT_THE_PRESENT, ranked=found.ranked)
    return replace(found, facts=present)


_THAT_DAY = re.compile(r"\b(?:on\s+)?(?:that|the\s+same)\s+day\b", re.IGNORECASE)
_MONTH_NAMES = "|".join([*_MONTHS.split(), "may", "march"])
_DAY_GIVEN = re.compile(
    rf"\b(?:on|by)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b(?:\s+of\s+(?:{_MONTH_NAMES})\b)?|"
    rf"\b(?:on|by)\s+(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    re.IGNORECASE)


def _day_before(before: str, part: str) -> str:
    """The part with the day the part before gave in place of its "that day" ("how many
    boats waited that day?" after "... did the ferry dock on the 9th": on the 9th)."""
    pointer, day = _THAT_DAY.search(part), _DAY_GIVEN.search(before)
    if pointer is None or day is None:
        return part
    return f"{part[:pointer.start()]}{day.group(0)}{part[pointer.end():]}"


_POINTERS = frozenset("the that this".split())


def _pointed_back(part: str, question: Question) -> str | None:
    """The part with "it" for the one word the briefing never uses that it points back at
    ("how long was the report?": how long was it), when that is all it names; else None."""
    tokens = words(part)
    if (question.named and not question.recalled) or len(question.unknown) != 1 or (
            question.unknown_names):
        return None
    word = question.unknown[0]
    at = [i for i, t in enumerate(tokens) if t == word]
    if len(at) != 1 or at[0] == 0 or tokens[at[0] - 1] not in _POINTERS:
        return None
    return " ".join([*tokens[:at[0] - 1], "it", *tokens[at[0] + 1:]])


def _agreed(found: Found, declined: Found, read: Question | None, part: str) -> str | None:
    """The entry a part alone and a declined part before it both ranked near the top, though
    that part did not name it, the one the part found first: both parts are of that one thing,
    found twice over ("what did the harbour's night crew say was wrong? who wrote it"), or
    None. Not when the declined part asked of a name the briefing does not know, nor for its
    "he" after a "who" part (he is the one not found), and an entry that part named was
    already found lacking what it asked ("did the Tern carry cattle? how many")."""
    if found.entry is None or read is None or read.unknown_names or (
            read.qtype == "who" and _PERSONAL & set(words(part))):
        return None
    return next((slug for slug in found.ranked[:AGREED_RANKS]
                 if slug in declined.ranked[:AGREED_RANKS] and slug not in read.named), None)


def _named_by_declined(question: Question, part: str) -> tuple[str, ...]:
    """The one person a declined part named that a later part points back at by "she" or
    "he": that part can be answered alone ("when did Dana Holt join the Tern's crew? when did
    she retire?"). Nothing when "she" may mean the declined part's answer ("who replaced Dana
    Holt, and when did she start?" may ask of the successor), when that part named several
    people, or for "it", which as often means the unnamed thing that part asked of ("how
    many codes did Acme Ferries send out, and what did it cost them?")."""
    if question.recalled or question.qtype == "who" or not _PERSONAL & set(words(part)):
        return ()
    people = tuple(s for s in question.named if question.kinds.get(s) in PERSON_KINDS)
    return people if len(people) == 1 else ()


def _things_named(question: Question | None, found: Found) -> tuple[str, ...]:
    """The entries of no person kind a part named itself, when a person's entry answered it:
    what a later "it" points back at, since "it" never means that person ("Who ran the port
    authority in 2019, and who runs it now?" asks of the authority, not of its old head)."""
    if question is None or question.recalled or found.entry is None or (
            found.entry.kind not in PERSON_KINDS):
        return ()
    return tuple(slug for slug in question.named if question.kinds.get(slug) not in PERSON_KINDS)


@dataclass(frozen=True)
class _Ranking:
    """What ranking the candidates needs of a question, read once for all of them."""

    question: Question
    weights: list[float]  # each concept's weight
    settings: list[float]  # each concept's share in the order (less for the scene's words)
    averages: dict[str, float]  # the candidates' mean lengths of facts and summary
    unit: float  # the mean weight of a word asked, the unit of every boost
    asked: frozenset[str]  # the question's stems, for a learned phrasing
    own: float  # the pull towards the entry a name names
    shapes: tuple[str, ...]  # the value shapes of the kind asked
    scene: dict[str, bool]  # a name that only sets the scene
    doers: frozenset[str]  # a person's name, who did the deed asked of
    pairs: list[str]  # two words in a row, not both of a name
    kinds_asked: frozenset[str]
    asks_one_person: bool
    ending: bool  # it asks how a thing ended
    not_a_person: bool  # it asks what a person is not (how much, when)


def _ranking(question: Question, candidates: dict[str, tuple[Entry, _Profile]]) -> _Ranking:
    weights = [question.weights[c.word] for c in question.concepts]
    # ("how fast was the train going when it left the track?": the speed is asked, and the
    # words setting the scene order the entries less; how close the runners-up are to the
    # best is still judged on the whole question)
    # (so do the words naming the story itself: "in the TA 4 crash" of a pack on Tern Air 4)
    story = _story_words(question)
    settings = [SETTING_WEIGHT if c.slug is None and (question.setting | story).issuperset(
                c.word.split()) else 1.0 for c in question.concepts]
    # ("how long did the ferry strike go on for?": "go", one of English's most common words,
    # orders the entries less than the strike does, and still counts as much towards how
    # close they are; not a word saying which one or how many: "first", "new", "two")
    settings = [s * LIGHT_RANK if c.slug is None and c.word not in _WHICH_ONE
                and light(c.word) else s
                for c, s in zip(question.concepts, settings, strict=True)]
    unit = sum(w for c, w in zip(question.concepts, weights, strict=True) if not c.soft)
    unit = unit / max(1, sum(not c.soft for c in question.concepts)) or 1.0
    # "What is X?" is about X's own entry; "which model is X testing?" may be about an entry
    # that joins X to something else, so the name's pull is smaller there.
    about_only = all(c.slug is not None or c.soft for c in question.concepts)
    # (not the words of a name the question gives: its own entry is pulled by name already)
    named_words = {w for c in question.concepts if c.slug is not None for w in c.word.split()}
    return _Ranking(
        question=question,
        weights=weights,
        settings=settings,
        averages={place: sum(p.lengths[place] for _, p in candidates.values()) / len(candidates)
                  for place in ("facts", "summary")},
        unit=unit,
        asked=frozenset(stems(question.text) - _STOP_STEMS),
        own=OWN_BOOST * (4 if about_only else 1),
        shapes=NEEDS_SHAPE.get(question.qtype, ()),
        scene={c.word: c.slug is not None and (
            (len(question.named) > 1 and _framed(c, question)) or _qualifies(c, question))
            for c in question.concepts},
        doers=frozenset(c.word for c in question.concepts if _doer_of_deed(c, question)),
        pairs=list(dict.fromkeys(
            f" {' '.join(run)} " for run in _phrase_runs(question.tokens)
            if not (run[0] in named_words and run[-1] in named_words))),
        # (and the kinds a pack may call them by: "what kind of plane" asks of an `aircraft`)
        kinds_asked=frozenset(k for w in _kinds_asked(question.tokens)
                              for k in (w, *KINDS_CALLED.get(w, ()))),
        # ("which Acme executive ...": a person, of whom a pack's `person` entry is one; not
        # "who ...", which a body's entry answers as well: "who runs the ferry line?")
        asks_one_person=question.qtype != "who" and _asks_person(question),
        ending=_asks_outcome(words(question.text)),
        not_a_person=question.qtype in _NOT_A_PERSON,
    )


def _candidate_score(ranking: _Ranking, slug: str, entry: Entry, profile: _Profile
                     ) -> tuple[float, float, bool]:
    """A candidate's score to order by (less what the scene's words add), its score, and
    whether the question is a learned phrasing of it."""
    question, unit = ranking.question, ranking.unit
    score = lighter = 0.0  # lighter: what the scene's words add, less their share
    for concept, weight, setting in zip(question.concepts, ranking.weights, ranking.settings,
                                        strict=True):
        found = weight * _bm25f(concept, profile, ranking.averages) * (
            0.5 if concept.soft else 1)
        score += found
        lighter += found * (1 - setting)
        if concept.slug == slug and concept.word in ranking.doers:
            pass  # ("what did Judge Holt rule?": her ruling, which her entry may only mention)
        elif concept.slug == slug:
            # ("which agencies run the tests under the order?": the order only sets the scene,
            # and its own entry is not what is asked)
            score += (RELATED_BOOST if ranking.scene[concept.word] else ranking.own) * weight
        elif concept.slug is not None and concept.slug in entry.related:
            score += RELATED_BOOST * weight
    score += unit * _boosts(ranking, slug, entry, profile)
    learned = len(ranking.asked) >= 3 and any(
        len(ranking.asked & phrase) >= LEARNED_MATCH * max(len(ranking.asked), len(phrase))
        for phrase in profile.learned)
    if learned:
        score += 4 * unit
    return score - lighter, score, learned


def _boosts(ranking: _Ranking, slug: str, entry: Entry, profile: _Profile) -> float:
    """The pulls towards (and away from) a candidate beyond its words, in units of a word."""
    question = ranking.question
    # "acme's new night ferry service": an entry a curator named or described in those very
    # words (the Night Star, keyword "night ferry service")
    boost = PHRASE_BOOST * sum(pair in profile.named_as for pair in ranking.pairs)
    if _cue_fields(question.qtype, profile):
        boost += CUE_BOOST
        # "why did the scheme fall apart?": a fact named for the kind asked and for what is
        # asked (`collapse_cause`), more than a `chair_at_collapse` beside a `cause` of another
        if _cue_named_for_asked(question, profile):
            boost += NAMED_CUE_RANK
    if not profile.shapes.isdisjoint(ranking.shapes):
        boost += CUE_BOOST
    # "how fast was the train going": an entry with a `speed` field
    if not question.sizes.isdisjoint(profile.places["fields"]):
        boost += SIZE_RANK
    # "what was the ransom?": an entry with a fact named for the thing asked (`ransom`), when
    # no name says which entry is asked of
    if not question.named and not question.head.isdisjoint(profile.places["fields"]):
        boost += SIZE_RANK
    if question.counting and profile.counts(question.counting):
        boost += COUNT_RANK
    if question.group and _lists(entry):
        boost += CUE_BOOST
    # "what is Acme's new ferry supposed to do?", "which agency ...": an entry of the kind the
    # question asks of (a pack's kind `ferry`, `agency`)
    if entry.kind.replace("_", " ").split()[-1] in ranking.kinds_asked:
        boost += KIND_BOOST
    if ranking.asks_one_person and entry.kind in PERSON_KINDS:
        boost += KIND_BOOST
    # "how much did the pier repairs cost?": what things cost or when they happened, more
    # often an event's entry than that of the harbour master who oversaw them
    if ranking.not_a_person and entry.kind in PERSON_KINDS and slug not in question.named:
        boost -= PERSON_AWAY
    if ranking.ending:
        boost += END_RANK * _stage(entry)
    # "what did the 2018 inspection estimate the repairs would cost?": an entry whose name is
    # for another year ("The 2021 special assessment") is about another time
    # (one named for a span holds each year in it, "2017-2019"; one "from 2016 onward" any
    # after)
    if question.years:
        named = {w for w in profile.places["names"] if _YEAR.fullmatch(w)}
        if named and named.isdisjoint(question.years) and not _OPEN_ENDED.search(
                profile.phrases["names"]):
            boost -= YEAR_AWAY
    return boost
