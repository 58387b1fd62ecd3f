"""Word lists the answerer reads questions with. Subject-independent: English, not the order.

Facts about a subject live in its content pack; these lists only say how people ask.
"""

# Words that carry no topic. Dropping them keeps FTS5 off its slow path (a term in every row)
# and keeps "the" from making an off-topic question look answerable.
STOP = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't
    doing don't down during each few for from further had hadn't has hasn't have haven't having he
    her here hers herself him himself his how i if in into is isn't it it's its itself just let
    me more most my myself no nor not of off on once only or other our ours ourselves out over own
    same she should shouldn't so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was wasn't we were weren't what
    when where which while who whom whose why will with won't would wouldn't you your yours
    yourself yourselves s t d ll m re ve also yet ever still really actually exactly currently
    now us don isn doesn didn wasn aren won hasn haven shouldn wouldn couldn weren hadn
    please hi hey hello thanks thank ok okay tell know explain describe give show say says
    said anything something everything info information details detail regarding concerning
    overview summary summarize summarise briefly brief quick question answer happen happened
    happening going gonna wanna does mean means meant get got u ur pls plz whats who's what's
    where's when's how's there's thing things stuff kind kinds sort sorts type types lot much
    many one ones else besides apart other others gets getting already currently unusually
    particularly especially exactly wat wht whats hte teh abt r q pls compound memo quick
    quickly simply basically mostly roughly exactly precisely actual really truly
    """.split()
)

# Topic-free words a question may use that need not appear in the content.
GENERIC = frozenset(
    """
    role involved involvement part play plays played do doing done deal latest new news update
    updates situation story article report reported think thinks view position stance idea point
    plan plans planned purpose goal aim aims intended meant relation relationship connection
    connected link linked matter matters important significance significant status state current
    why reason reasons main key basically exactly specifically supposed expected officially yet
    list name names named who everyone everybody someone somebody anyone people person
    date time day timing schedule right used meant aimed
    """.split()
)

# Everyday synonyms: a question word that is not in the content may mean one that is.
SYNONYMS = {
    "newest": ["latest", "advanced"],
    "recent": ["latest"],
    "firm": ["company", "companies"],
    "firms": ["companies", "company"],
    "business": ["company"],
    "businesses": ["companies"],
    "corporations": ["companies"],
    "vendors": ["companies"],
    "labs": ["companies", "developers"],
    "lab": ["company", "developer"],
    "agencies": ["agency", "department"],
    "washington": ["government", "federal"],
    "eo": ["executive", "order"],
    "directive": ["order"],
    "decree": ["order"],
    "sign": ["signing", "signed"],
    "signature": ["signing"],
    "ceremony": ["event", "signing"],
    "signed": ["signing", "sign"],
    "approve": ["approval"],
    "approved": ["approval"],
    "required": ["mandatory"],
    "require": ["mandatory"],
    "requires": ["mandatory"],
    "requirement": ["mandatory"],
    "obligatory": ["mandatory"],
    "compulsory": ["mandatory"],
    "optional": ["voluntary"],
    "refused": ["rejected"],
    "declined": ["rejected"],
    "denied": ["rejected"],
    "reject": ["rejected"],
    "turned": ["rejected"],
    "blocked": ["rejected"],
    "vetoed": ["rejected"],
    "flaws": ["vulnerabilities", "weaknesses"],
    "bugs": ["vulnerabilities", "flaws"],
    "holes": ["vulnerabilities"],
    "weaknesses": ["vulnerabilities"],
    "fix": ["patch"],
    "fixes": ["patch"],
    "fixed": ["patch"],
    "results": ["findings"],
    "outcomes": ["findings"],
    "share": ["shared", "sharing"],
    "worry": ["concerns"],
    "worries": ["concerns"],
    "worried": ["concerns"],
    "fears": ["concerns"],
    "risk": ["concerns", "misuse"],
    "risks": ["concerns", "misuse"],
    "dangerous": ["concerns", "weaponized"],
    "danger": ["concerns"],
    "attend": ["attendance"],
    "attending": ["attendance"],
    "guests": ["invitations", "invited"],
    "invitees": ["invited", "invitations"],
    "invite": ["invitations"],
    "bosses": ["executives"],
    "leaders": ["executives"],
    "ceos": ["executives"],
    "execs": ["executives"],
    "joined": ["participation", "joined"],
    "members": ["participation", "joined"],
    "participate": ["participation"],
    "participants": ["participation"],
    "feds": ["federal", "government"],
    "usa": ["united", "states"],
    "america": ["united", "states"],
    "president": ["trump"],
    "potus": ["trump", "president"],
    "testing": ["tests", "test"],
    "evaluate": ["evaluation", "testing"],
    "evaluating": ["evaluation"],
    "assess": ["evaluation"],
    "review": ["evaluation"],
    "release": ["deployment", "release"],
    "launch": ["deployment", "release"],
    "rollout": ["deployment"],
    "partner": ["partnership"],
    "partnering": ["partnership"],
    "working": ["collaborating", "partnership"],
    "teamed": ["partnership"],
    "defense": ["defence", "defense"],
    "defence": ["defense"],
    "cyber": ["cybersecurity"],
    "hackers": ["adversaries", "attacks"],
    "hacking": ["attacks", "cyberattacks"],
    "capable": ["capabilities"],
    "able": ["capabilities", "ability"],
    "disclosed": ["disclosure", "revealed"],
    "announced": ["revealed", "disclosed"],
    "unveiled": ["revealed"],
    "reveal": ["revealed"],
    "limit": ["restricted"],
    "limited": ["restricted"],
    "hand": ["grant", "give", "access"],
    "good": ["capable", "capabilities", "ability"],
    "orgs": ["organizations"],
    "org": ["organization"],
    "obligated": ["mandatory", "voluntary"],
    "obliged": ["mandatory", "voluntary"],
    "must": ["mandatory"],
    "forced": ["mandatory"],
    "built": ["developer", "developed"],
    "build": ["developer"],
    "made": ["developer"],
    "makes": ["developer"],
    "created": ["developer"],
    "developed": ["developer"],
    "owns": ["developer"],
    "owner": ["developer"],
    "prompted": ["prompted", "follows", "tied"],
    # Everyday paraphrases of news and policy language.
    "nervous": ["concerns", "alarms"],
    "anxious": ["concerns", "alarms"],
    "scared": ["concerns", "alarms"],
    "afraid": ["concerns"],
    "alarmed": ["alarms", "concerns"],
    "concerned": ["concerns"],
    "bigger": ["broader"],
    "larger": ["broader"],
    "wider": ["broader", "widely"],
    "kicked": ["sparked"],
    "started": ["sparked", "begun"],
    "sparking": ["sparked"],
    "argument": ["argue", "argued", "advocated"],
    "case": ["argument", "advocated"],
    "spreading": ["distribute", "widely", "wider"],
    "spread": ["distribute", "widely"],
    "expand": ["expanded", "expands", "wider"],
    "expanding": ["expanded", "expands"],
    "binding": ["mandatory"],
    "enforceable": ["mandatory"],
    "document": ["order", "directive"],
    "bill": ["order", "directive"],
    "law": ["order", "directive"],
    "bug": ["vulnerabilities", "flaws"],
    "hunting": ["identify", "uncover"],
    "finding": ["identify", "uncover", "findings"],
    "spot": ["identify", "detect"],
    "discover": ["uncover", "identify"],
    "stand": ["name"],
    "acronym": ["name"],
    "abbreviation": ["name"],
    "dc": ["washington", "government", "federal"],
    "st": ["street"],
    "admin": ["administration"],
    "talk": ["consultations", "consulted"],
    "talked": ["consultations", "consulted"],
    "consult": ["consultations", "consulted"],
    "public": ["publicly", "general"],
    "available": ["access", "availability"],
    "availability": ["access"],
    "shares": ["shared", "sharing"],
    "pass": ["shared"],
    "passed": ["shared"],
    "handed": ["shared", "grant"],
    "vetting": ["evaluation", "testing", "review"],
    "vet": ["evaluation", "testing"],
    "checks": ["testing", "evaluation"],
    "audit": ["testing", "evaluation"],
    "probe": ["testing"],
    "scrutiny": ["testing", "evaluation"],
    "oversight": ["approval", "evaluation"],
    "regulation": ["approval", "regulatory"],
    "regulate": ["approval", "regulatory"],
    "rules": ["approval", "regulatory"],
    "mandate": ["mandatory"],
    "voluntarily": ["voluntary"],
    "choose": ["discretion", "voluntary"],
    "choice": ["discretion", "voluntary"],
    "refuse": ["discretion", "decline"],
    "decline": ["discretion"],
    "opt": ["voluntary", "discretion"],
    "authorities": ["government", "federal"],
    "officials": ["officials", "administration"],
    "tech": ["technology"],
    "summit": ["event", "forum"],
    "meeting": ["event", "forum"],
    "gathering": ["event", "forum"],
    "weaponize": ["weaponized"],
    "abused": ["misused", "misuse"],
    "abuse": ["misuse"],
    "threat": ["threats"],
    "protect": ["defense", "fortify", "bolster"],
    "protecting": ["defense", "fortify"],
    "defend": ["defense"],
    "defending": ["defense"],
    "strengthen": ["bolster", "fortify", "strengthen"],
    "boost": ["bolster"],
    "improve": ["bolster", "enhance"],
    "plan": ["strategy"],
    "roadmap": ["strategy"],
    "deploy": ["deployment"],
    "deploying": ["deployment"],
    "upcoming": ["forthcoming"],
    "unreleased": ["forthcoming"],
    "soon": ["forthcoming", "expected"],
    "signing": ["signing", "sign"],
    "triggered": ["prompted", "follows"],
    "trigger": ["prompted", "follows"],
    "restrict": ["restricted"],
    "restricting": ["restricted"],
}

# What kind of answer a question asks for, read from its opening words.
QUESTION_TYPES = (
    (("how", "many"), "count"),
    (("how", "much"), "amount"),
    (("what", "time"), "clock"),
    (("what", "date"), "when"),
    (("what", "day"), "when"),
    (("which", "day"), "when"),
    (("how", "long"), "when"),
    (("when",), "when"),
    (("where",), "where"),
    (("why",), "why"),
    (("who",), "who"),
    (("whom",), "who"),
    (("whose",), "who"),
    (("how",), "how"),
    (("which",), "which"),
    (("what",), "what"),
)
# Phrases that say what is asked wherever they stand ("what is the event used for?").
PHRASE_TYPES = (
    (("used", "for"), "why"),
    (("meant", "for"), "why"),
    (("for", "what"), "why"),
    (("what", "for"), "why"),
    (("aimed", "at"), "why"),
    (("what", "time"), "clock"),
    (("at", "what", "time"), "clock"),
    (("how", "many"), "count"),
)
# With no question word ("signing date", "mythos access"), a cue noun says what is wanted.
NOUN_TYPES = {
    "date": "when", "time": "when", "day": "when", "timing": "when", "when": "when",
    "where": "where", "location": "where", "venue": "where",
    "why": "why", "reason": "why", "purpose": "why", "goal": "why",
    "who": "who", "status": "yesno",
}
YES_NO_OPENERS = frozenset(
    "is are was were has have had does do did will would can could should may might".split()
)

# Field-name words that answer each kind of question.
FIELD_CUES = {
    "when": {"when", "date", "time", "timing", "expected_signing", "signing", "day", "schedule"},
    "where": {"where", "location", "venue", "place"},
    "who": {"who", "signer", "led_by", "run_by", "members", "participants", "attendees",
            "invitees", "developer", "owner", "role", "agencies", "companies", "testers",
            "parties", "by"},
    "why": {"why", "purpose", "reason", "goal", "rationale", "concern", "motivation"},
    "how": {"how", "mechanism", "approach", "process", "method"},
    "count": {"members", "count", "number", "participants", "companies", "agencies"},
    "which": {"members", "participants", "companies", "agencies", "who", "signer", "led_by",
              "run_by", "developer", "owner", "testers", "by"},
    "yesno": {"status", "state", "result", "outcome", "approach", "mandatory"},
}

# Question kinds that need a matching fact: with none, the entry cannot answer them.
NEEDS_CUE = frozenset({"when", "where", "count", "amount", "clock"})

# Words that ask for an attribute a briefing rarely holds (a headcount, a price, a founding
# date) or that mark a question as off-topic. They decline unless the chosen entry has them.
OUT_OF_SCOPE = frozenset(
    """
    headcount employees employee staff staffers workforce founded founder founders founding
    ceo cfo cto chairman chairwoman chief budget budgets cost costs price prices pricing priced
    revenue revenues profit profits valuation valued worth stock stocks shares share_price salary
    salaries headquarters headquartered hq located population age old born birthday net
    weather forecast temperature rain score scores game games match recipe joke jokes movie song
    lyrics capital election poll polls lawsuit lawsuits sue sued parameters funding funded
    investors investor ipo hour hours clock o'clock minute minutes penalty penalties fine fines
    fined punishment married wife husband children kids height weigh weight favorite favourite
    color colour tallest biggest richest
    """.split()
)

# Plural nouns that make "which ..." a question about a group.
GROUP_NOUNS = frozenset(
    """
    companies company firms firm agencies agency developers labs organizations organisations
    participants members businesses partners models executives officials departments
    """.split()
)
