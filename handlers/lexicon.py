"""Word lists the answerer reads questions with. Subject-independent: English, not the order.

Facts about a subject live in its content pack; these lists only say how people ask.
"""

# The words that open a question asking for a fact rather than a yes or no.
QUESTION_WORDS = frozenset("what who when where why how which".split())
# Words by which a part of a message points back at the part before it.
POINTERS = frozenset("that it this they them there those these he she him her its their".split())

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
    nowadays presently
    now us don isn doesn didn wasn aren hasn haven shouldn wouldn couldn weren hadn
    please hi hey hello thanks thank ok okay tell know explain describe give show say says
    said anything something everything info information details detail regarding concerning
    overview summary summarize summarise briefly brief quick question answer happen happened
    happening going gonna wanna does mean means meant get got u ur pls plz whats who's what's
    where's when's how's there's thing things stuff kind kinds sort sorts type types lot much
    many one ones else besides apart other others gets getting gotten already currently unusually
    particularly especially exactly wat wht whats hte teh abt r q pls quick
    quickly simply basically mostly roughly exactly precisely actual really truly lol lmao
    thx ty btw fyi etc tl dr guys folks fam gonna kinda sorta yall ya yeah yep nope ah oh um
    finally eventually ultimately initially originally apparently supposedly
    isnt arent wasnt werent doesnt dont didnt wont wouldnt cant couldnt shouldnt hasnt havent
    hadnt im ive youre theyre thats pre non vs versus anyway anyways anyhow wise saying
    even true sorry dumb silly stupid crazy ballpark approximately approx circa whole entire like
    telling heard dude guy exact precise random
    behind beyond across along amid among amongst toward towards upon onto via throughout
    """.split()
)

# Phrasal fillers: word runs that carry no topic however their words are read ("end up",
# "out there"), dropped before the words are looked at.
FILLERS = tuple(tuple(p.split()) for p in """
end up|ended up|ends up|turn out|turned out|turns out|so far|out there|by itself|each other|
these days|right now|at all|in total|all in all|at the end of the day|or not|of course|
to be honest|by the way|the rest of|you know|i mean|kind of|sort of|a lot|a bit|come out|came out|
last year|this year|next year|last month|this month|next month|last week|this week|next week|
years ago|months ago|weeks ago|days ago|a year ago|a while ago|in the first place|a bunch of|
a couple of|all the way|can you confirm|could you confirm|please confirm|can u confirm|
for good|are we talking about|are we talking|we are talking about|we're talking about|
were we talking about|managed to|manage to|manages to|managing to|was able to|were able to|
been able to|able to|in front of|take place|took place|takes place|taking place|
taken place
""".replace("\n", "").split("|"))

# Runs that ask for whoever came after someone: declined unless the entry names a successor.
SUCCESSION = ("take over from|took over from|takes over from|taking over from|taken over from|"
              "step in for|stepped in for|steps in for|stepping in for|take over running|"
              "took over running|takes over running|taking over running")

# Runs that ask what a briefing rarely follows (see OUT_OF_SCOPE): what came later, what came
# before, a film's takings.
LATER = "go on to|goes on to|went on to|gone on to|going on to"
EARLIER = ("before he became|before she became|before they became|before he joined|"
           "before she joined|before they joined|before he went to work for|"
           "before she went to work for|before they went to work for|before he took over|"
           "before she took over|before they took over|before taking over|before joining|"
           "before becoming|before he was put in charge|before she was put in charge|"
           "before being put in charge|before he was appointed|before she was appointed|"
           "before being appointed|before he was named|before she was named|before being named")
BOX_OFFICE = "box office|box offices"
# "to end the court fight", "ended the legal battle": to settle it
_ENDED_FIGHT = "|".join(f"{verb} the {how}{fight}" for verb in ("end", "ended", "ends", "ending")
                        for how in ("", "court ", "legal ")
                        for fight in ("fight", "battle", "dispute", "lawsuit", "suit"))
# Idioms and phrasal verbs: a run of everyday words that means one plain word ("pull the plug"
# is "discontinue"). The run becomes one concept whose forms are the plain words the content
# holds: (runs of one meaning, separated by "|"; the plain words).
_IDIOMS = (
    ("show off|showed off|shows off|shown off",
     "unveil unveiled launch launched debut announced"),
    ("hit stores|hit shelves|hit the market|hit the shelves|go on sale|went on sale|"
     "goes on sale|hit theaters|hit theatres|hit cinemas|hits theaters|hits theatres|"
     "hits cinemas|hitting theaters|hitting theatres|hitting cinemas",
     "launch launched release released sale"),
    ("pull the plug|pulled the plug|pulls the plug|kill off|killed off|kill it off|"
     "killed it off",
     "discontinue discontinued end ended cancel cancelled scrap shut shutdown halt halted"),
    ("push for|pushed for|pushes for|pushing for|press for|pressed for|pressing for",
     "seek sought seeking ask asked request requested demand demanded urge urged push "
     "pushed pushing advocate advocated advocating"),
    ("to court|into court|haul into court|hauled into court",
     "sue sued lawsuit suit litigation court"),
    ("down tools|downed tools|walk off the job|walked off the job",
     "strike strikes struck"),
    # ("when they caught up with Reyes": when he was found and arrested)
    ("caught up with|catch up with|catches up with|catching up with",
     "arrest arrested catch caught capture captured found traced"),
    ("caught up in|get caught up in|got caught up in|gets caught up in|getting caught up in",
     "affected affecting hit impacted"),
    ("throw out|threw out|thrown out|throws out|throwing out|toss out|tossed out|"
     "tosses out|tossing out",
     "dismiss dismissed reject rejected discard discarded void voided quash quashed annul "
     "annulled invalidate invalidated overturn overturned"),
    ("walk out|walked out|walks out|walking out",
     "walkout strike walked left"),
    ("conk out|conked out|conks out|conking out|crap out|crapped out|craps out",
     "fail failed fails failure failures"),
    # ("what started the pier blaze?", "what actually set it off?": its cause, not its start)
    ("what started|what actually started|what set off|what actually set off|what kicked off|"
     "what actually kicked off",
     "cause caused causes because reason trigger triggered ignite ignited ignition"),
    # ("the bug came down to a missing field": what caused it, not a fall)
    ("come down to|came down to|comes down to|coming down to",
     "cause caused because reason"),
    # (a bridge, a tower, a wall that "came down"; prices that "come down" fall too; a plane
    # that "came down" crashed; a mountainside slid)
    ("come down|came down|comes down|coming down",
     "collapse collapsed collapses fall fell falls sink sank sinks crash crashed crashes "
     "slide slid slides landslide"),
    # ("a spot on the trip": a seat; not "what spot did the Tern stop at?", a place)
    ("spot on|spots on|spot aboard|spots aboard|spot in|spots in",
     "seat seats place places"),
    ("step down|stepped down|steps down|stepping down",
     "resign resigned resignation"),
    (SUCCESSION, "successor succeeded replaced"),
    ("take over as|took over as|takes over as|taking over as|step in as|stepped in as|"
     "steps in as|stepping in as",
     "became interim successor replaced"),
    ("take over|took over|taken over|takes over|taking over",
     "became appointed succeeded acquired acquisition control"),
    ("rake in|raked in|rakes in|raking in",
     "earn earned make made collect collected receive received revenue"),
    # ("where did the finance chief run off to?": where he fled)
    ("run off to|ran off to|runs off to|running off to|run away to|ran away to|"
     "runs away to|running away to|run off|ran off|runs off|running off|run away|ran away|"
     "runs away|running away",
     "flee fled flees escape escaped escapes disappear disappeared flew"),
    # ("who was the private eye on the case?": a private investigator)
    ("private eye|private eyes|private dick|gumshoe",
     "investigator investigators detective detectives pi"),
    # ("who broke the story?": who first reported it)
    ("break the story|broke the story|breaks the story|broken the story|breaking the story|"
     "break the news|broke the news|broke the scandal|break the scandal",
     "report reported reporting reports revealed exposed investigation investigated"),
    ("jet off|jetted off|jets off|jetting off|jet off to|jetted off to",
     "flew fly flown travel traveled travelled trip"),
    ("take the stand|took the stand|taken the stand|takes the stand|on the stand",
     "testify testified testimony witness"),
    ("hand down|handed down|hands down",
     "issue issued ruling ruled decision"),
    ("shell out|shelled out|shells out|shelling out|fork out|forked out|forks out|"
     "forking out|cough up|coughed up|coughs up|coughing up|fork over|forked over|forks over|"
     "forking over",
     "pay paid spend spent"),
    ("go down|went down|gone down|goes down|going down|fall over|fell over",
     "crash crashed outage fail failed sank sink dive dived"),
    ("back on its feet|back on their feet|bounce back|bounced back",
     "recover recovered recovery restore restored"),
    ("start running again|started running again|running again|up and running again|"
     "start up again|started up again|turn back on|turned back on|turns back on|turning back on|"
     "switch back on|switched back on|switches back on|switching back on",
     "restart restarted resume resumed reopen reopened"),
    ("come back|came back|comes back|coming back",
     "return returned returns recover recovered"),
    # ("when did the ferry line get back to a profit?": returned to it)
    ("get back to|got back to|gets back to|getting back to|gotten back to",
     "return returned returns"),
    ("blow up|blew up|blown up|blows up",
     "explode exploded explosion"),
    ("catch fire|caught fire|catches fire|burst into flames|go up in flames|"
     "went up in flames|set on fire|on fire",
     "fire fires ignite ignited burn burned"),
    ("sign on|signed on|signs on",
     "join joined agree agreed signed commitment"),
    ("spin off|spun off|sell off|sold off",
     "divest divestiture sell sale"),
    ("wrap up|wrapped up|wraps up|wind down|wound down",
     "end ended conclude concluded"),
    ("get sacked|got sacked|get fired|got fired|was fired|were fired|let go",
     "fire fired dismiss dismissed resign"),
    ("on the way back|on their way back|on its way back|on the way home|on their way home|"
     "on its way home|on the trip back|on the trip home|on the journey back|on the journey home",
     "return returned returning homeward"),
    ("on board",
     "aboard onboard crew passengers"),
    # (not "founded": to the stemmer it is "found", which auditors who found money missing did)
    ("set up|sets up",
     "establish established create created launch launched"),
    ("roll out|rolled out|rolls out",
     "rollout release released deploy deployed launch launched"),
    ("roll back|rolled back|pull back|pulled back|pulls back",
     "rollback revert reverted withdraw withdrew"),
    ("look into|looked into|looking into",
     "investigate investigation probe review"),
    # (a board that "went after" a ferry line pursued it, raiders "go after" a port to attack
    # it; not the time word of "after the strike")
    ("go after|goes after|went after|gone after|going after",
     "pursue pursued target targeted attack attacked enforcement sue sued charge charged"),
    ("carry out|carried out|carries out",
     "conduct conducted perform performed"),
    ("price tag|price tags|pricetag",
     "price cost costs value paid"),
    ("find out|found out",
     "discover discovered learn learned"),
    # ("when did Acme first get wind of the leak?": when it learnt of it, or was alerted)
    ("get wind of|got wind of|gets wind of|getting wind of|get wind|got wind",
     "discover discovered learn learned alert alerted aware notified detected"),
    ("turn down|turned down|turns down",
     "reject rejected refuse refused"),
    ("call off|called off|calls off",
     "cancel cancelled canceled"),
    ("registered in|registered under|flagged in|flagged under",
     "flag flagged"),
    # ("did the regulator end up taking action against Acme?": a charge, a suit, a penalty)
    ("take action|took action|taken action|takes action|taking action|take enforcement action|"
     "took enforcement action",
     "charge charged sue sued enforcement penalty penalties fine fined prosecute prosecuted"),
    # ("how much did the gang make off this?": what it earned; not "make off with", a theft)
    ("make off|made off|makes off|making off",
     "earn earned earnings profit profited proceeds revenue"),
    # ("why did it take rescuers so long?": a delay)
    ("so long|that long|take long|took long|takes long",
     "delay delayed slow"),
    ("put off|push back|pushed back|pushes back|got pushed|was pushed|were pushed|got bumped|"
     "was bumped|were bumped|got delayed|moved back",
     "postpone postponed delay delayed"),
    ("put in charge of|put in charge|placed in charge of|placed in charge",
     "appointed appoint named"),
    ("in charge of|in charge",
     "lead leads led head heads headed run runs oversee commander command commanded captain "
     "master director"),
    ("take part|took part|takes part|taking part",
     "participate participation participants join"),
    ("hand over|handed over|hands over",
     "provide provided give access share"),
    ("back down|backed down|backs down",
     "concede retreat"),
    ("drop out|dropped out|drops out|pull out|pulled out",
     "withdraw withdrew"),
    # (not withdrawn: "was anyone pulled out of the rubble?" asks who was rescued from it)
    ("pulled out of the rubble|pulled from the rubble|pulled out of the debris|"
     "pulled from the debris|pulled out of the wreckage|pulled from the wreckage|"
     "pulled out of the water|pulled from the water|pulled out of the sea|pulled from the sea",
     "rescued rescue pulled recovered"),
    # ("why was Holt dropped from the crew?": taken off it)
    ("dropped from|drop from|drops from|dropping from|axed from",
     "removed remove replaced taken excluded dropped"),
    ("team up|teamed up|teams up",
     "partner partnership collaborate"),
    ("lay off|laid off|lays off",
     "layoffs cut cuts"),
    ("put out|puts out|putting out",
     "publish published release released issue issued extinguish extinguished"),
    ("write up|write ups|writeup|writeups|post mortem|postmortem",
     "report reports review analysis"),
    ("share price|share prices|stock price|stock prices|market cap|market value",
     "stock stocks valuation"),
    ("hand back|handed back|hands back|handing back|give back|gave back|given back|gives back|"
     "giving back|bring back|brought back|turn in|turned in|turning in",
     "return returned returns"),
    # (a case sent back to a court is referred to it)
    ("send back|sent back|sends back", "return returned returns refer referred remand remanded"),
    ("hand out|handed out|hands out|handing out|give out|gave out|giving out|send out|sent out|"
     "sends out",
     "distribute distributed offer offered provide provided"),
    ("trading at|traded at|trades at|trade at|changing hands at|changed hands at|retail for|"
     "retailed for|retails for|retailing for",
     "price priced value"),
    ("go belly up|went belly up|gone belly up|goes belly up|going belly up|belly up",
     "bankrupt bankruptcy insolvent"),
    ("get their hands on|get my hands on|get our hands on|get your hands on|got their hands on|"
     "get hands on",
     "access"),
    ("uncle sam",
     "federal government"),
    ("foot the bill|footing the bill|foots the bill|footed the bill",
     "pay paid fund funding funded"),
    ("knock on effect|knock on effects|fallout",
     "impact effect consequences"),
    ("waiting in line|stuck in line|lined up|lining up|in a queue",
     "queue queued queuing waiting backlog"),
    ("the long way round|the long way around|long way round|long way around",
     "reroute rerouted detour diverted diversion"),
    ("in his place|in her place|in their place|in his stead|in her stead|in their stead|"
     "stand in for|stood in for|stands in for|standing in for|fill in for|filled in for",
     "acting instead replace replaced substitute"),
    ("haul out|hauled out|hauls out|hauling out|haul away|hauled away|hauls away|hauling away|"
     "haul off|hauled off|cart away|carted away|cart off|carted off",
     "remove removed removal clear cleared clearing"),
    ("call it quits|called it quits|calls it quits|calling it quits|call it a day|"
     "called it a day|shut up shop|shutting up shop",
     "suspend suspended stop stopped end ended cease ceased halt halted quit shut"),
    ("put their names to|put his name to|put her name to|put their name to|"
     "signed their names to|signed his name to|signed her name to",
     "signed signatories signatory signers"),
    ("chalk it up to|chalked it up to|chalks it up to|chalking it up to|chalk up to|"
     "chalked up to|put it down to",
     "blame blamed attribute attributed cause caused explanation"),
    ("foot in the door|foothold|footholds",
     "access accessed entry intrusion breach breached gain gained"),
    ("show up|showed up|shows up",
     "arrive arrived arrival visit visited attend attended appear appeared emerge emerged"),
    # (what turned up was found: "when did the first debris turn up?")
    ("turn up|turned up|turns up",
     "arrive arrived arrival visit visited attend attended appear appeared emerge emerged "
     "found discovered"),
    ("allowed back|let back|go back home|went back home|move back home|moved back home|"
     "return home|returned home",
     "return returned home lift lifted"),
    ("blow open|blew open|blown open|blows open|blowing open|break open|broke open|broken open|"
     "breaking open|blow holes in|blew holes in|blow a hole in|blew a hole in|blow holes|"
     "blew holes",
     "breach breached rupture ruptured"),
    ("set alight|set them alight|set it alight|sets alight|set ablaze|set it ablaze",
     "burn burned burning fire ignite ignited"),
    ("gave the ok|give the ok|gave the final ok|give the final ok|final ok|"
     "green light|green lit|gave the go ahead|give the go ahead",
     "approve approved approval authorize authorized decision decided"),
    # (a sensor, a radar or a listener "picks up" what it detects: "did the north pier's
    # gauge pick up the wave?"; "picked up on" only ever that)
    ("pick up on|picked up on|picks up on|picking up on",
     "detect detected detection record recorded register registered notice noticed"),
    ("pick up|picked up|picks up|snap up|snapped up|snaps up|scoop up|scooped up|buy up|"
     "bought up",
     "buy bought acquire acquired acquisition purchase purchased detect detected detection "
     "record recorded arrest arrested"),
    ("end up with|ended up with|ends up with|wind up with|wound up with|winds up with",
     "acquire acquired acquisition buy bought purchase purchased sale receive received gave "
     "given got"),
    ("class action|class actions|class action lawsuit|class action suit",
     "lawsuit lawsuits suit sued litigation"),
    ("come loose|came loose|comes loose|break free|broke free|broken free|breaks free|"
     "get free|got free|gets free|come free|came free|comes free",
     "free freed dislodge dislodged release released"),
    ("at the worst point|at its worst|at their worst|at the worst|worst point|at the peak|"
     "at its peak|peak point|at its height|at their height|at the height",
     "peak maximum height highest"),
    ("stretch of time|span of time|period of time",
     "period time span duration days weeks months hours"),
    ("in the red",
     "deficit shortfall negative loss losses"),
    ("around the world|round the world|across the world|all over the world|across the globe|"
     "around the globe",
     "worldwide global globally international internationally"),
    ("budget hole|budget holes|budget gap|budget gaps|funding gap|funding gaps|funding hole|"
     "hole in the budget",
     "shortfall deficit gap"),
    ("go public|goes public|went public|gone public|going public",
     "disclose disclosed disclosure announce announced announcement reveal revealed unveil "
     "unveiled listing listed ipo flotation floated"),
    ("pin it on|pinned it on|pins it on|pin the blame on|pinned the blame on|pin this on|"
     "pinned this on|lay the blame on|laid the blame on",
     "blame blamed responsible responsibility attribute attributed"),
    ("left out|leave out|leaves out|leaving out|left out of",
     "exclude excluded excluding omit omitted"),
    ("jump the track|jumped the track|jumps the track|jump the tracks|jumped the tracks|"
     "came off the tracks|come off the tracks|came off the rails|left the tracks|"
     "went off the rails|go off the rails|went off the track|went off the tracks|"
     "go off the track|go off the tracks|goes off the track|goes off the tracks|"
     "off the track|off the tracks|off the rails|"
     "left the track|leave the track|leave the tracks",
     "derail derailed derailment"),
    # ("what time did the explosion go off?": when it exploded; after "went off the rails")
    ("go off|went off|goes off|gone off|going off",
     "explode exploded explosion detonate detonated detonation"),
    ("tail number|tail numbers|tail reg|tail regs|tail registration",
     "registration registered"),
    # (what someone hung on to, they kept back: "how long did the FBI hang on to the key?")
    ("hang on to|hung on to|hangs on to|hanging on to|hang onto|hung onto|hold on to|"
     "held on to|holds on to|holding on to|hold onto|held onto",
     "withhold withheld keep kept retain retained"),
    # (how long a rule or an order lasts: its term)
    ("stay in force|stays in force|stayed in force|remain in force|remains in force|"
     "remained in force|stay in effect|stays in effect|stayed in effect|remain in effect|"
     "remains in effect|remained in effect",
     "term duration expire expires expiry lasts last"),
    ("kick in|kicked in|kicks in|take effect|took effect|takes effect|taken effect|"
     "went into effect|go into effect|goes into effect|came into force|come into force|"
     "in effect|in force",
     "effective start started begin began apply applies applied"),
    # ("when did the hotline go live?": it launched, or became operational)
    ("go live|went live|goes live|gone live|going live",
     "launch launched launches operational operating activated"),
    # ("when did the line first go into service?": it opened, or began carrying people)
    ("go into service|goes into service|went into service|gone into service|"
     "come into service|came into service|comes into service|put into service|put in service",
     "open opened opens opening launch launched inaugurated commissioned debut debuted"),
    ("at the helm|at the wheel|at the controls|in command",
     "captain command commanded steer steering pilot"),
    ("make it to|made it to|makes it to|get to|got to|gets to",
     "arrive arrived arrival reach reached"),
    ("settle on|settled on|settles on|settling on",
     "decide decided choose chose chosen set"),
    ("dig out|dug out|digs out|digging out|dig up|dug up",
     "excavate excavated excavation remove removed"),
    ("yank out|yanked out|take out|took out|taken out",
     "withdraw withdrew withdrawn withdrawals"),
    ("put pen to paper|puts pen to paper|putting pen to paper|sign off on|signed off on|"
     "signs off on",
     "sign signed signing signature approve approved certify certified certification"),
    ("sign on to|signed on to|signs on to|sign onto|signed onto|signs onto|sign up|signed up|"
     "signs up",
     "join joined joining enroll enrolled participate agreed"),
    ("across the table|sat across the table|sit across the table|sits across the table",
     "negotiate negotiated negotiator negotiators negotiations bargain bargained bargaining"),
    ("face lawmakers|faced lawmakers|faces lawmakers|facing lawmakers|appear before congress|"
     "appeared before congress|appears before congress|appearing before congress|"
     "appear before lawmakers|appeared before lawmakers",
     "testify testified testimony hearing"),
    ("give evidence|gave evidence|given evidence|gives evidence|giving evidence|"
     "take the stand|took the stand|taken the stand|takes the stand|taking the stand",
     "testify testified testimony witness witnesses"),
    ("put him on the bench|put her on the bench|put them on the bench|put on the bench",
     "appoint appointed nominate nominated"),
    ("sat out|sit out|sits out|sitting out", "recuse recused abstain abstained"),
    ("went under|go under|goes under|gone under|going under",
     "fail failed failure collapse collapsed sank sink dive dived submerged"),
    ("went bust|go bust|goes bust|gone bust|going bust",
     "bankrupt bankruptcy insolvent insolvency fail failed failure collapse collapsed"),
    # ("come out" alone is chat: "how did it come out?")
    ("out of bankruptcy|emerged from bankruptcy|emerge from bankruptcy|emerges from bankruptcy|"
     "come out of bankruptcy|came out of bankruptcy|comes out of bankruptcy|"
     "coming out of bankruptcy|out of chapter 11|come out of chapter 11|came out of chapter 11|"
     "comes out of chapter 11|coming out of chapter 11",
     "exit exited exits emerge emerged"),
    ("keep tabs on|keeps tabs on|keeping tabs on|kept tabs on",
     "monitor monitored monitoring oversee oversaw oversight watchdog"),
    ("locked up|lock up|locks up|locking up|behind bars",
     "prison imprisoned jail jailed sentence sentenced"),
    (BOX_OFFICE, "gross grossed grossing takings receipts"),
    (_ENDED_FIGHT, "settle settled settles settlement settlements"),
    ("made it public|make it public|makes it public|making it public|made public|"
     "make public|made known|make known",
     "announce announced announcement disclose disclosed reveal revealed"),
    ("bottom line|bottom lines", "profit profits earnings income"),
    ("copped to|cop to|cops to|copping to", "admit admitted plead pleaded"),
    ("come clean|came clean|comes clean|coming clean|owned up|own up|owns up|owning up",
     "admit admitted admits admission confess confessed confession"),
    ("sink into|sank into|sunk into|sinks into|sinking into|pour into|poured into|"
     "pours into|pump into|pumped into|pumps into|plow into|plowed into",
     "invest invested investment investments investor investors stake"),
    # ("how much were owners asked to chip in?": to pay their share)
    ("chip in|chipped in|chips in|chipping in|pitch in|pitched in|pitches in|pitching in",
     "contribute contributed contribution pay paid payment payments"),
    ("knock out|knocked out|knocks out|knocking out",
     "disable disabled outage outages fail failed failure sedate sedated sedation "
     "unconscious"),
    # ("did Acme ever get its money back from the yard?": recovered it)
    ("|".join(f"{verb} {whose}money back" for verb in ("get", "got", "gets", "getting",
                                                        "gotten", "win", "won")
              for whose in ("", "the ", "its ", "their ", "his ", "her ", "our ", "my ",
                            "your ", "any ", "some ")),
     "recover recovered recovery recoup recouped reimburse reimbursed reimbursement refund "
     "refunded"),
    ("claw back|clawed back|claws back|clawing back",
     "recover recovered recoup recouped reclaim reclaimed charge charged"),
    ("held up|hold up|holds up|holding up|holdup",
     "delay delayed delays postpone postponed"),
    (LATER, "later afterwards subsequently since"),
    (EARLIER, "previously earlier formerly former career"),
    ("come back to life|came back to life|comes back to life|coming back to life|flare up|"
     "flared up|flares up|flaring up|flare back up|flared back up",
     "rekindle rekindled reignite reignited revive revived"),
    ("carve up|carved up|carves up|carving up|divvy up|divvied up|divvies up|dole out|doled out",
     "divide divided split allocate allocated apportion apportioned"),
    ("gum up|gummed up|gums up|gumming up|clog up|clogged up|clogs up",
     "clog clogged block blocked plug plugged"),
    ("fire up|fired up|fires up|firing up",
     "start started operate operated run ran"),
    # (someone pushed out lost a post; not "who pushed out the update?", which released it)
    ("run out of office|ran out of office|run out of town|ran out of town|forced out|"
     "hounded out|was pushed out|were pushed out|been pushed out|be pushed out|get pushed out|"
     "got pushed out|gets pushed out|getting pushed out|pushed him out|pushed her out|"
     "pushed them out|push him out|push her out|push them out",
     "resign resigned oust ousted ouster leave left depart departed"),
    ("said no to|say no to|says no to|saying no to",
     "refuse refused reject rejected decline declined ban banned"),
    ("game pad|game pads|gamepad|gamepads|game controller|game controllers",
     "controller controllers"),
    ("go away|went away|goes away|gone away",
     "settle settled resolve resolved end ended"),
    ("back in the air|back in service|back in the sky|back on the road|back on track|"
     "up and running|back up and running|back online",
     "return returned resume resumed restore restored reopen reopened"),
    ("run aground|ran aground|runs aground|running aground|go aground|went aground",
     "aground grounding"),
    ("pick back up|picked back up|picks back up|picking back up|start back up|started back up|"
     "starts back up",
     "resume resumed restart restarted return returned"),
    ("member of congress|members of congress|member of parliament|members of parliament",
     "congressman congressmen congresswoman representative representatives lawmaker lawmakers "
     "legislator legislators mp mps"),
    # Everyday phrasal verbs and sayings of news in chat (money, jobs, courts, accidents,
    # companies, governments), read as the plain words briefing text uses for them
    ("put up|puts up|putting up",
     "contribute contributed offer offered pledge pledged fund funded build built"),
    ("pinned at|pin at|pins at|pinned to", "capped cap held fixed"),
    ("put into|puts into|putting into",
     "contribute contributed contribution invest invested investment"),
    ("throw money at|threw money at|throws money at|throwing money at",
     "spend spent fund funded offer offered"),
    ("stop letting|stopped letting|stops letting|stop allowing|stopped allowing|stops allowing",
     "ban banned prohibit prohibited bar barred"),
    ("drop the case|dropped the case|drops the case|drop the charges|dropped the charges|"
     "drops the charges|drop charges|dropped charges",
     "dismiss dismissed close closed abandon abandoned withdraw withdrew"),
    ("fall off|fell off|falls off|fallen off|pop off|popped off|pops off|blow off|blew off|"
     "blown off",
     "detach detached separate separated dislodge dislodged fall fell"),
    ("killed themselves|killed himself|killed herself|kill themselves|took their own lives|"
     "took his own life|took her own life|take their own lives",
     "suicide suicides died death deaths"),
    ("returned its verdict|returned a verdict|return a verdict|returned the verdict|"
     "returned their verdict",
     "verdict reach reached deliver delivered"),
    ("voted yes|vote yes|votes yes|voting yes", "favor favour ratify ratified approve approved"),
    ("pony up|ponied up|ponies up|ponying up|pay up|paid up|pays up",
     "pay paid payment"),
    ("pay for|paid for|pays for|paying for",
     "pay paid buy bought purchase"),
    ("pay out|paid out|pays out|paying out",
     "payout payouts pay paid compensation"),
    ("pay back|paid back|pays back|paying back",
     "repay repaid repayment refund refunded"),
    # (a debt paid off is repaid; a person paid off was paid, to settle or keep quiet)
    ("pay off|paid off|pays off|paying off",
     "repay repaid repayment pay paid payment settlement settle settled"),
    ("splash out|splashed out|splashes out|splashing out",
     "spend spent"),
    ("rack up|racked up|racks up|racking up",
     "accumulate accumulated incur incurred"),
    ("behind the scenes|behind the curtain", "facto secret secretly hidden covert"),
    ("let out of prison|let out of jail|lets out of prison|lets out of jail|"
     "released from prison|released from jail|freed from prison|freed from jail|"
     "get out of prison|got out of prison|gets out of prison|get out of jail|got out of jail|"
     "gets out of jail",
     "release released freed"),
    ("bail out|bailed out|bails out|bailing out",
     "rescue rescued bailout aid support"),
    ("write off|wrote off|written off|writes off|write down|wrote down|written down|writes down",
     "impairment writedown loss losses"),
    ("make money|made money|makes money|making money",
     "profit profitable earn earned revenue"),
    ("lose money|lost money|loses money|losing money|bleed money|bleeding money|bled money|"
     "burn cash|burned cash|burning cash|burnt cash",
     "loss losses"),
    ("in the black", "profit profitable"),
    ("break even|broke even|breaks even|breaking even", "breakeven profit profitable"),
    ("red ink", "loss losses deficit"),
    ("war chest|war chests", "funds fund reserves"),
    ("take home|took home|takes home|taking home|go home with|went home with",
     "receive received win won earn earned"),
    # (what someone leaves a post with: "what did Holt walk away with?")
    ("do for a living|does for a living|did for a living|doing for a living",
     "occupation job jobs profession career work worked role background trade"),
    ("walk away with|walked away with|walks away with|walking away with",
     "receive received win won earn earned payout severance"),
    ("pay packet|pay packets|pay check|pay checks|take home pay",
     "salary salaries wage wages pay"),
    ("pay rise|pay raise|pay rises|pay raises|pay hike|pay hikes|pay bump",
     "raise increase salary wage"),
    ("pay cut|pay cuts", "salary cut reduction"),
    ("buy out|bought out|buys out|buying out",
     "acquire acquired acquisition buy bought buyout"),
    ("join forces|joined forces|joins forces|joining forces",
     "partner partnership merge merged collaborate"),
    ("split up|splits up|break up|broke up|broken up|breaks up|breaking up",
     "split breakup divest divide separate dissolve"),
    ("walk away from|walked away from|walks away from|walking away from",
     "withdraw withdrew abandon abandoned exit"),
    ("on hold|put on hold|on ice|put on ice",
     "pause paused suspend suspended postpone postponed halt"),
    ("got the boot|get the boot|given the boot|gets the boot|getting the boot|got the sack|"
     "get the sack|given the sack|gets the sack|got the axe|get the axe|given the axe|"
     "got the ax|get the ax|shown the door|showed the door|show the door|pink slip|pink slips",
     "fire fired dismiss dismissed dismissal oust ousted"),
    ("step aside|stepped aside|steps aside|stepping aside|stand down|stood down|stands down|"
     "standing down|bow out|bowed out|bows out|bowing out",
     "resign resigned resignation retire retired withdraw withdrew"),
    ("throw in the towel|threw in the towel|throws in the towel|thrown in the towel|"
     "throwing in the towel",
     "resign resigned resignation quit give gave abandon abandoned concede conceded"),
    ("say sorry|said sorry|says sorry|saying sorry",
     "apologise apologised apologize apologized apology apologies"),
    # (not "closed" or "left": an office closed for a refit, a chief who left, went on)
    ("out of business", "cease ceased closure shutdown collapse collapsed bankrupt bankruptcy "
     "fold folded liquidate liquidated liquidation"),
    ("let out of hospital|let out of the hospital|released from hospital|"
     "released from the hospital|out of hospital|out of the hospital|sent home from hospital|"
     "sent home from the hospital",
     "discharge discharged release released"),
    ("brought on board|bring on board|brings on board|brought aboard|bring aboard|"
     "brought on as|bring on as|brought in as|bring in as",
     "hire hired appoint appointed recruit recruited join joined"),
    ("bring in|brought in|brings in|bringing in",
     "introduce introduced earn earned revenue generate generated hire hired engage engaged "
     "contracted"),
    ("job cuts|job cut|job losses|cut jobs|cuts jobs|cutting jobs|shed jobs|sheds jobs|"
     "shedding jobs|axed jobs|slashed jobs",
     "layoffs redundancies cuts"),
    ("take the helm|took the helm|takes the helm|taking the helm",
     "lead led head appoint appointed became"),
    ("call the shots|calls the shots|called the shots|calling the shots|run the show|"
     "runs the show|ran the show|running the show",
     "lead leads led control head"),
    ("head honcho|top dog|big cheese", "leader chief head"),
    ("top brass|higher ups|big wigs", "executives leadership management officials"),
    ("rank and file", "members workers"),
    ("walk free|walked free|walks free|go free|went free|goes free",
     "acquit acquitted release released free freed"),
    ("found guilty|found him guilty|found her guilty|found them guilty|judged guilty",
     "convict convicted conviction guilty"),
    ("come to light|came to light|comes to light|coming to light",
     "discovered discover revealed emerged disclosed public"),
    ("found not guilty|cleared of", "acquit acquitted acquittal exonerate exonerated"),
    # ("was Holt convicted of anything?": a verdict of guilty or not)
    ("convicted of|convicted on|convicted for",
     "convicted conviction guilty verdict"),
    ("do time|did time|doing time|serve time|served time|serving time|jail time|prison time|"
     "time behind bars",
     "sentence sentenced prison jail"),
    ("stand trial|stood trial|stands trial|standing trial|go on trial|went on trial|"
     "goes on trial|face trial|faced trial|faces trial|facing trial|put on trial|"
     "puts on trial|putting on trial",
     "trial tried prosecute prosecuted"),
    ("press charges|pressed charges|presses charges|bring charges|brought charges|"
     "brings charges|file charges|filed charges|bring criminal charges|brought criminal charges|"
     "bringing criminal charges|file criminal charges|filed criminal charges",
     "charge charged prosecute prosecuted indict indicted"),
    ("turn himself in|turned himself in|turns himself in|turn herself in|turned herself in|"
     "turn themselves in|turned themselves in|hand himself in|handed himself in|"
     "handed herself in",
     "surrender surrendered"),
    ("on the run", "fugitive flee fled escape escaped"),
    ("rat out|ratted out|rats out|snitch on|snitched on",
     "inform informed report reported testify testified"),
    ("blow the whistle|blew the whistle|blows the whistle|blowing the whistle|"
     "blown the whistle",
     "report reported expose exposed disclose disclosed whistleblower complaint"),
    ("spill the beans|spilled the beans|spilt the beans|spills the beans",
     "disclose disclosed reveal revealed leak leaked"),
    ("tip off|tipped off|tips off|tipping off|tipoff",
     "alert alerted warn warned inform informed tip"),
    ("cover up|covered up|covers up|covering up|coverup",
     "conceal concealed hide hid hidden coverup"),
    ("come forward|came forward|comes forward|coming forward",
     "report reported testify testified allege alleged disclose disclosed"),
    ("rip off|ripped off|rips off|ripping off|ripoff",
     "defraud defrauded fraud overcharge overcharged scam"),
    ("slap on the wrist", "fine lenient penalty"),
    # ("the board hit Acme Ferries with a fine": imposed one on it; a sanction, a charge or a
    # suit one is "hit with" is laid on one, not a blow)
    ("hit with|hits with|hitting with|slapped with|slap with|slaps with|slapping with",
     "impose imposed fine fined penalty penalties sanction sanctioned charge charged"),
    # (a school, not a law: "where did Holt go to law school?")
    ("law school|law schools", "school schools university universities college educated "
     "studied graduated"),
    # (reaching people is finding them or getting through to them, not arriving)
    ("reach them|reached them|reaches them|reaching them|reach him|reached him|reach her|"
     "reached her|reach us|reached us",
     "reach reached contact contacted find found locate located"),
    ("point the finger at|pointed the finger at|points the finger at|pointing the finger at|"
     "point a finger at|pointed a finger at|point fingers at|pointed fingers at",
     "blame blamed accuse accused attribute attributed attribution responsible"),
    ("strike down|struck down|strikes down|striking down",
     "overturn overturned invalidate invalidated annul annulled block blocked reject rejected "
     "void voided quash quashed"),
    ("shoot down|shot down|shoots down|shooting down",
     "reject rejected dismiss dismissed downed destroyed"),
    ("kick out|kicked out|kicks out|kicking out|boot out|booted out|boots out|turf out|"
     "turfed out|vote out|voted out|votes out",
     "expel expelled oust ousted remove removed dismiss dismissed"),
    ("vote down|voted down|votes down|voting down",
     "reject rejected defeat defeated oppose opposed"),
    # (a bill pushed through is passed; cargo pushed through the harbour is carried)
    ("push through|pushed through|pushes through|pushing through|ram through|rammed through|"
     "rams through",
     "pass passed approve approved enact enacted carry carried carrying move moved"),
    ("sign into law|signed into law|signs into law|signing into law|become law|became law|"
     "becomes law|becoming law",
     "enact enacted sign signed law"),
    ("rubber stamp|rubber stamped|rubber stamps|thumbs up|gave the nod|give the nod|"
     "got the nod|gets the nod",
     "approve approved approval"),
    ("crack down|cracked down|cracks down|cracking down|clamp down|clamped down|clamps down|"
     "clamping down",
     "crackdown enforce enforcement restrict restricted"),
    ("red tape", "bureaucracy regulation regulations rules paperwork"),
    ("do away with|did away with|does away with|doing away with|done away with|get rid of|"
     "got rid of|gets rid of|getting rid of",
     "abolish abolished eliminate eliminated remove removed scrap scrapped end ended lift "
     "lifted"),
    ("cut off|cuts off|cutting off",
     "suspend suspended halt halted disconnect disconnected stop stopped"),
    ("lock down|locked down|locks down|locking down",
     "lockdown restrict restricted restrictions close closed"),
    ("put forward|puts forward|putting forward|put forth",
     "propose proposed proposal submit submitted"),
    ("come up with|came up with|comes up with|coming up with",
     "devise devised propose proposed create created develop developed"),
    ("step in|stepped in|steps in|stepping in", "intervene intervened intervention"),
    ("weigh in|weighed in|weighs in|weighing in",
     "comment commented statement respond responded"),
    ("speak out|spoke out|speaks out|speaking out|speak up|spoke up|speaks up",
     "criticize criticized criticised comment commented statement"),
    ("hit out at|hits out at|hitting out at|lash out at|lashed out at|lashes out at|"
     "take aim at|took aim at|takes aim at|taking aim at",
     "criticize criticized criticised condemn condemned attack attacked"),
    ("under fire|came under fire|come under fire|comes under fire|coming under fire",
     "criticism criticized criticised"),
    ("in hot water", "trouble scrutiny investigation"),
    ("fire back|fired back|fires back|shot back|shoots back",
     "respond responded retaliate retaliated reply replied"),
    ("about face|flip flop|flip flopped|flip flops|flip flopping",
     "reverse reversed reversal"),
    ("red flag|red flags", "warning warnings concern concerns"),
    ("turn on|turned on|turns on|turning on|switch on|switched on|switches on|switching on|"
     "power on|powered on",
     "activate activated enable enabled start started"),
    ("turn off|turned off|turns off|turning off|switch off|switched off|switches off|"
     "switching off|power off|powered off|shut off|shuts off|shutting off",
     "deactivate deactivated disable disabled stop stopped shut"),
    ("go offline|went offline|goes offline|taken offline|knocked offline|went dark|go dark|"
     "goes dark|gone dark",
     "outage offline disable disabled shut"),
    ("break in|broke in|break into|broke into|broken into|breaks into|hack into|hacked into|"
     "hacks into",
     "breach breached hack hacked burglary intrusion"),
    ("get hold of|got hold of|gets hold of|got a hold of|get a hold of",
     "obtain obtained acquire acquired access"),
    ("made it into|made it to|make it into|make it to|makes it to|making it to",
     "reach reached arrive arrived launch launched"),
    ("pin down|pinned down|pins down|pinning down",
     "determine determined identify identified establish established"),
    ("walk back|walked back|walks back|walking back",
     "retract retracted recant recanted reverse reversed concede conceded"),
    # (and who did a thing is to name them: "has anyone figured out who the hacker was?")
    ("figure out who|figured out who|figures out who|figuring out who|worked out who",
     "determine determined identify identified name named"),
    ("figure out|figured out|figures out|figuring out",
     "determine determined identify identified discover discovered"),
    ("dealt with|dealing with", "handle handled address addressed respond responded"),
    ("look at|looked at|looks at|looking at",
     "examine examined review reviewed consider considered study studied"),
    ("bring down|brought down|brings down|bringing down",
     "reduce reduced lower lowered topple toppled"),
    ("cut back|cut back on|cuts back|cutting back|cut down on|cuts down on|cutting down on|"
     "cutback|cutbacks",
     "reduce reduced reduction cut cuts"),
    ("scale back|scaled back|scales back|scaling back|scale down|scaled down|scales down|"
     "scaling down",
     "reduce reduced reduction cut"),
    ("ramp up|ramped up|ramps up|ramping up|beef up|beefed up|beefs up|step up|stepped up|"
     "steps up|stepping up|crank up|cranked up|scale up|scaled up",
     "increase increased boost boosted expand expanded intensify intensified strengthen "
     "strengthened"),
    ("shore up|shored up|shores up|prop up|propped up|props up",
     "strengthen strengthened support supported bolster bolstered reinforce reinforced rescue "
     "rescued"),
    ("water down|watered down|waters down|watering down",
     "weaken weakened dilute diluted soften softened"),
    ("go up|went up|goes up|gone up|going up|shoot up|shot up|shoots up|shooting up",
     "rise rose increase increased surge surged jump jumped"),
    ("take down|took down|taken down|takes down|taking down|pull down|pulled down|pulls down",
     "remove removed delete deleted demolish demolished"),
    ("tear down|tore down|torn down|tears down|knock down|knocked down|knocks down",
     "demolish demolished demolition destroy destroyed"),
    # (a feat pulled off is achieved; a ferry pulled off the route is removed)
    ("pull off|pulled off|pulls off",
     "achieve achieved complete completed succeed succeeded recall recalled remove removed"),
    # (money pulled in is raised or earned; a ferry pulls in at the pier; goods pulled in a
    # country are recalled there)
    ("pull in|pulled in|pulls in|pulling in|rake in|raked in|rakes in|raking in",
     "raise raised earn earned revenue arrive arrived recall recalled withdraw withdrawn"),
    # ("what was the Tern made out of?": its material, not who built it; a fact that says
    # what it was "made from" holds that)
    ("made of|made out of|made from|built from|built out of|constructed from|constructed of",
     "material materials"),
    ("put together|puts together|putting together",
     "assemble assembled compile compiled prepare prepared organize organized"),
    ("lay out|laid out|lays out|laying out|spell out|spelled out|spelt out|spells out",
     "outline outlined detail detailed describe described specify specified"),
    ("sort out|sorted out|sorts out|sorting out|iron out|ironed out|irons out|hammer out|"
     "hammered out|hammers out|thrash out|thrashed out",
     "resolve resolved settle settled negotiate negotiated agree agreed fix fixed"),
    ("strike a deal|struck a deal|strikes a deal|striking a deal|cut a deal|cuts a deal|"
     "seal a deal|sealed a deal|seal the deal|sealed the deal|ink a deal|inked a deal",
     "agree agreed agreement deal sign signed"),
    ("fell through|fall through|falls through|falling through",
     "collapse collapsed fail failed cancel cancelled"),
    ("fall behind|fell behind|falls behind|falling behind", "delay delayed lag lagged"),
    ("explain away|explained away|explains away|explaining away|explain it away|"
     "explained it away|explains it away|explain them away|explained them away",
     "explain explained explanation attribute attributed blame blamed"),
    ("run out of|ran out of|runs out of|running out of",
     "exhaust exhausted shortage depleted"),
    ("run into|ran into|runs into|running into",
     "encounter encountered face faced hit collide collided"),
    ("come across|came across|comes across", "find found discover discovered encounter"),
    ("turn into|turned into|turns into|turning into",
     "become became change changed transform transformed rename renamed"),
    ("backed up",
     "support supported confirm confirmed corroborate corroborated"),
    ("give up|gave up|given up|gives up|giving up",
     "abandon abandoned surrender surrendered quit relinquish relinquished drop dropped "
     "withdraw withdrew dismiss dismissed"),
    ("hand in|handed in|hands in", "submit submitted resign resigned"),
    ("hold off|held off|holds off|holding off", "delay delayed postpone postponed wait"),
    ("go ahead|went ahead|goes ahead|going ahead|gone ahead",
     "proceed proceeded continue continued"),
    ("carry on|carried on|carries on|carrying on", "continue continued"),
    # (done to someone: "got kicked off the job", removed from it)
    ("get kicked off|got kicked off|gets kicked off|was kicked off|were kicked off|"
     "been kicked off|get kicked out|got kicked out|was kicked out|were kicked out",
     "removed dismissed fired expelled ousted"),
    ("kick off|kicked off|kicks off|kicking off",
     "start started begin began launch launched"),
    ("set off|sets off|setting off|touch off|touched off|touches off|spark off|sparked off",
     "trigger triggered cause caused spark sparked detonate detonated deploy deployed launch "
     "launched depart departed departure sail sailed"),
    ("set out from|sets out from|setting out from|set sail|sets sail|setting sail",
     "depart departed departure sail sailed leave left"),
    ("take off|took off|takes off|taking off|taken off",
     "depart departed departure takeoff launch remove removed delete deleted delisted"),
    ("touch down|touched down|touches down|touching down",
     "land landed landing landfall arrive arrived"),
    # ("when was the voice recorder brought up?": raised, from the sea floor or in a meeting)
    ("bring up|brings up|bringing up|brought up|bring it up|brought it up|bring them up|"
     "brought them up",
     "raise raised recover recovered retrieve retrieved salvage salvaged lift lifted mention "
     "mentioned"),
    # ("where did they put it down?": a craft brought down to land, not a thing laid down)
    ("put it down|puts it down|putting it down|set it down|sets it down|setting it down|"
     "put her down|puts her down|putting her down|set her down|setting her down",
     "land landed landing"),
    ("rip through|ripped through|rips through|ripping through|tear through|tore through|"
     "tears through|tearing through|sweep through|swept through|sweeps through|"
     "sweeping through",
     "hit struck damage damaged destroy destroyed spread"),
    ("burn down|burned down|burnt down|burns down|burning down|burn up|burned up|burnt up|"
     "burns up|burning up",
     "destroy destroyed fire burned"),
    ("wipe out|wiped out|wipes out|wiping out",
     "destroy destroyed devastate devastated kill killed eliminate eliminated quash quashed "
     "overturn overturned cancel cancelled"),
    ("cave in|caved in|caves in|give way|gave way|gives way|given way|fall apart|fell apart|"
     "falls apart|fallen apart",
     "collapse collapsed concede conceded fail failed"),
    ("break down|broke down|broken down|breaks down|breaking down|breakdown",
     "fail failed failure malfunction collapse collapsed"),
    ("lose their lives|lost their lives|lost his life|lost her life|lose his life|"
     "lose her life|lost lives|pass away|passed away|passes away|passing away",
     "die died death deaths killed"),
    # ("how old was Holt when he passed?": the verb alone, after who did it)
    ("he passed|she passed", "he died"),
    ("close the deal|closed the deal|closes the deal|closing the deal|seal the deal|"
     "sealed the deal|seals the deal",
     "complete completed completion finalise finalised finalize finalized"),
    # ("how many people worked at Acme?": its employees)
    ("worked at|work at|works at|working at|worked for|work for|works for|working for|"
     "employed at|employed by",
     "employed employees workforce headcount worked"),
    ("head office|head offices|main office|home office",
     "headquarters headquartered based hq"),
    ("could they hold|can they hold|could it hold|can it hold|could hold|can hold|room for",
     "capacity hold holds room carry"),
    ("got out alive|get out alive|gets out alive|made it out alive|make it out alive|"
     "came out alive|come out alive|escaped alive|pulled out alive|rescued alive|"
     "came home alive|come home alive|made it home alive|make it home alive|got home alive|"
     "returned home alive|made it home|make it home",
     "survived survivors survivor survive rescued"),
    ("body count|death toll|death tolls|toll of dead|toll of deaths",
     "deaths death killed died dead"),
    ("go missing|went missing|gone missing|goes missing",
     "missing disappear disappeared lost"),
    ("clear out|cleared out|clears out|clearing out", "evacuate evacuated remove removed"),
    ("pull through|pulled through|pulls through|make it out|made it out|makes it out",
     "survive survived survivor survivors"),
    ("die down|died down|dies down|dying down|calm down|calmed down",
     "subside subsided ease eased weaken weakened"),
    ("cordon off|cordoned off|seal off|sealed off|seals off|fence off|fenced off|close off|"
     "closed off|block off|blocked off",
     "cordon close closed closure restrict restricted block blocked"),
    ("clean up|cleaned up|cleans up|cleaning up|mop up|mopped up",
     "cleanup clean cleaned remediation removal"),
    ("headed for|headed to|heading for|heading to|bound for|en route to|on its way to",
     "bound destination route"),
    ("bring charges|brought charges|brings charges|bringing charges|file charges|filed charges|"
     "files charges|filing charges|press charges|pressed charges",
     "charge charged sue sued suit file filed prosecute prosecuted"),
    ("lift off|lifted off|lifts off|lifting off|blast off|blasted off|blasts off|blasting off",
     "launch launched launches liftoff"),
    ("break out|broke out|broken out|breaks out|breaking out",
     "start started erupt erupted escape escaped outbreak"),
    # ("what's Holt's real name?": the one she was born with)
    ("real name|real names",
     "born birth name"),
    # ("how many people had to leave their homes?": those evacuated)
    ("leave their homes|left their homes|leaving their homes|leave home|left home|"
     "flee their homes|fled their homes|forced from their homes|forced out of their homes|"
     "driven from their homes",
     "evacuate evacuated evacuation evacuees displaced"),
    # ("a well-known AIDS expert": a famous one)
    ("well known",
     "known famous prominent noted renowned leading"),
    # ("how long did the jet sit around before takeoff?": how long it waited)
    ("sit around|sat around|sits around|sitting around",
     "wait waited waiting delay"),
)
IDIOMS: dict[tuple[str, ...], tuple[str, ...]] = {}
for _runs, _plain in _IDIOMS:
    for _run in _runs.split("|"):
        IDIOMS[tuple(_run.split())] = tuple(_plain.split())
# Idioms that mean one thing wherever they are written, so an entry that writes one holds its
# plain words ("in force": in effect); not "held up", which a pier that withstood a storm did.
# Each names its whole line of `_IDIOMS`.
_WRITTEN = ("in force", "went bust", "out of bankruptcy", "behind bars", "box office",
            "up and running", "sign off on", "pull the plug", "to court", "go public",
            "made of", "took over as")
WRITTEN_IDIOMS = frozenset(run for runs, _ in _IDIOMS if any(
    w in runs.split("|") for w in _WRITTEN) for run in runs.split("|"))

# Topic-free words a question may use that need not appear in the content.
GENERIC = frozenset(
    """
    role involved involvement part play plays played do doing done deal latest new news update
    updates situation story article report reported think thinks view position stance idea point
    plan plans planned purpose goal aim aims intended meant relation relationship connection
    connected link linked matter matters important significance significant status state current
    why reason reasons main key basically exactly specifically supposed expected officially yet
    list name names named who everyone everybody someone somebody anyone anybody people person
    man woman place
    date time day timing schedule right used meant aimed go goes went gone come comes came
    need needs needed number numbers figure figures amount amounts total totals overall
    nobody another able official effort efforts included including recorded combined
    """.split()
)

# Everyday synonyms: a question word that is not in the content may mean one that is. Each line
# is a group of words that can stand for one another in any subject; a word maps to the rest
# of every line it is on. "a > b c" says a may mean b or c, not the other way round. The one
# name of a place here is the US: "US" must not be read as the pronoun "us".
_CLUSTERS = """
company companies firm firms business businesses corporation corporations vendor vendors
agency agencies department departments bureau
government > federal authorities ministry ministries
officer officers > commander commanders captain captains lieutenant sergeant inspector
worry worries worried concern concerns concerned fear fears afraid nervous anxious alarm alarms
risk risks danger dangerous threat threats
start started begin began begun launch launched kick kicked commence
end ended stop stopped halt halted finish finished
discontinue discontinued scrap scrapped axe axed cancel cancelled canceled
fix fixes fixed patch patched repair repaired remedy remediation
flaw flaws bug bugs defect defects vulnerability vulnerabilities weakness weaknesses
lose lost loss losses
directed > director directors
jail jails jailed jailing prison prisons imprison imprisoned imprisonment incarcerated
discover discovered discovers > find found finds
speech speeches > remarks
nix nixed nixes nixing > reject rejected block blocked cancel cancelled
indict indicts indicted indictment indictments > charge charged charges
handled handling > preside presides presided presiding oversee oversees
handle handles > username usernames
televised > broadcast aired
pay paid payment payments payout
paid > salary salaries wage wages
cost costs price prices expense expenses spend spent
sue sued suing lawsuit lawsuits litigation
ruling ruled decision verdict judgment judgement
ban banned prohibit prohibited forbid forbidden
allow allowed permit permitted
require required requirement requirements mandatory obligatory compulsory obligated obliged
voluntary optional voluntarily
refuse refused reject rejected declined denied
build built develop developed developer create created maker manufacturer
build built > construction construct constructed
make made > build built develop developed developer create created maker manufacturer
maker manufacturer manufactured produce produced production
make made > manufactured produce produced production
buy bought purchase purchased acquire acquired acquisition
sell sold sale sales
boss bosses executive executives exec execs leader leaders
journalist journalists reporter reporters correspondent correspondents journo journos
run runs ran lead leads led head heads oversee oversees manage manages
say said says statement comment commented remarks quote quoted quoting quotes
announce announced reveal revealed disclose disclosed disclosure unveil unveiled
test tests tested testing evaluate evaluated evaluation assess assessment probe vet vetting
result results findings outcome outcomes
probe investigate investigated investigation inquiry review reviewed
meeting summit gathering event
invite invited invitation invitations guests invitees
attend attended attending attendance
join joined participate participation participants
protect protection defend defense defence
crash crashed crashes outage outages failure
choke chokes choked choking > crash crashed fail failed failure overload overloaded bottleneck
fire fires burn burned burning blaze explode exploded explosion overheat overheated overheating
phone phones handset handsets smartphone smartphones mobile
computer computers pc pcs machine machines laptop laptops
burger burgers hamburger hamburgers
server servers > host hosts
flight flights airline airlines plane planes aircraft
ship ships vessel vessels boat boats
tanker tankers > ship ships vessel vessels
highest > peak peaked maximum
lowest > low minimum
cargo freight goods shipment shipments
replace replaced replacement replacements swap exchange
pilot pilots > captain captains
fake faked fakes faking > falsified forged doctored rigged tampered salted fabricated false
slap slapped slaps slapping > impose imposed
pyongyang > korea korean
moscow kremlin > russia russian
beijing > china chinese
tehran > iran iranian
kyiv kiev > ukraine ukrainian
christmas xmas > december
halloween > october
survive survived survives surviving survivor survivors
survive survived survives survivors survivor > saved rescued
hole holes > shortfall gap deficit loss losses misstatement overstatement
stake stakes > share shares holding ownership owned owner
change changed changes modify modified modification modifications alter altered
refund refunds reimburse reimbursement
cause caused causes trigger triggered spark sparked prompt prompted
hurt injured injury injuries
big bigger large larger wide wider broad broader
new newest latest recent
upcoming forthcoming unreleased
law laws legislation statute
authorities officials
limit limited restrict restricted restriction restrictions
spread distribute distribution
hack hacked hacking hacker hackers attack attacks cyberattack cyberattacks
login logins > credentials password passwords
law laws > act acts
reach reached reaches reaching > arrive arrived arrives arrival
intel > intelligence
unstuck > free freed refloat refloated dislodge dislodged
employee employees > employer employers employed
rupee rupees > inr crore crores lakh lakhs
capable capability capabilities ability abilities
plan plans strategy roadmap
talk talked talks consult consulted consultations negotiate negotiations
partner partners partnership collaborate collaborating collaboration teamed
weaponize weaponized abuse abused misuse misused
boost improve strengthen bolster enhance fortify
goal goals aim aims purpose objective objectives
deal deals agreement agreements contract contracts arrangement arrangements
lawyer lawyers attorney attorneys counsel
doctor doctors physician physicians
witness witnesses testify testified testimony
appeal appealed appeals
number numbers count total
worldwide global globally international internationally
broaden broadened broader expand expanded expansion widen widened extend extended
delete deleted remove removed erase erased nuke nuked
faulty defective broken busted buggy flawed
dismiss dismissed toss tossed
represent represented representing repped
approve approved approval authorize authorized authorization greenlight greenlit
usa us america american americans
staff staffing staffed staffers employees employee workforce headcount
own owns owned owner owners ownership parent parents
windmill windmills turbine turbines
member members membership memberships
die died dies dying dead death deaths kill killed killing fatal fatalities
bankrupt bankruptcy bankruptcies insolvent insolvency
resign resigned resigns resignation resignations quit quits
canned sacked axed ousted > fired dismissed
parent parents > subsidiary unit
live > reside resides resident residents population home
houses homes dwellings
final > last
wipe wiped wipes wiping > erase erased delete deleted overwrite overwritten
wrong > problem problems fault faulty defect defective cause failure
mess > crisis disaster collapse failure incident outage
bump bumped bumps > raise raised increase increased
vc vcs > venture capital investors
torch torched torching > burn burned fire ignite ignited
sensor sensors detector detectors
fine fines fined fining > penalty penalties
penalty penalties > fine fines fined
owe owed owes owing > debt debts liabilities
cop cops > police officers
philanthropy philanthropies philanthropist philanthropists > foundation foundations donor donors
punishment punishments punished > sentence sentenced fine fined
walkout walkouts > strike strikes
toss tossed > reject rejected
compensation compensate compensated > payout payouts award awarded
downgrade downgraded > cut lowered
underwriter underwriters > insurer insurance
poke pokes poked poking > test tested testing probe examine examined
crash crashed crashes > derail derailed derailment collide collided collision collisions
bill > cost costs price
flunk flunked flunks > fail failed failure
job jobs occupation > role roles position
aussie aussies > australian australia
hit > affect affected impact impacted collide collided collision collisions struck landfall
handwrote handwritten > wrote written write
girl girls > daughter daughters
boy boys > son sons
baby babies > child children daughter son born birth
birth births birthday birthdate > born
critter critters creature creatures animal animals wildlife
kid kids > child children boy boys girl girls students pupils
tech techs > technician technicians
afterwards afterward > later subsequently
coastline coastlines shoreline shorelines > coast coasts shore shores
maintain maintains maintained maintaining > maintenance
prosecute prosecuted prosecutes prosecuting > charge charged indicted tried
line > quote quotation remark
clock clocked clocks > recorded measured registered reading
head heads run runs ran lead leads led > president chair chairs chaired chairman chairwoman
sit sits sitting sat > seat seats seated
sailor sailors seafarer seafarers seaman seamen > crew crews crewmembers
concentration concentrations > level levels
onboard > aboard
worth > value valued
arm > subsidiary unit division branch
stuck > trapped jammed
carry carried carries carrying > aboard loaded laden
shut shuts shutdown > blocked blockage block
ceo ceos > chief
rise rose risen jump jumped surge surged soar soared spike spiked climb climbed
close closed closure shut shuts shutdown
widen widened widening wider > expansion expand expanded
run runs ran boss bosses > ceo chief
boss bosses > chairman chairwoman chair president head
bricked > crashed crash failure
blow blows blew blown > exploded explosion
blast blasts explosion explosions detonation detonations
military > army armed
stockpile stockpiles stockpiled > stored store stock stocks hoard
voucher vouchers coupon coupons gift
recall recalled pull pulled withdraw withdrawn
stock stocks shares equity
estimate estimated estimates reckon reckoned reckons
chair chairs chaired chairman chairwoman chairperson
movie movies film films
justify justified justification > defend defended reason rationale
fall fell fallen drop dropped plunge plunged tank tanked slump slumped sink sank
fall fell falls drop dropped drops plunge plunged > collapse collapsed plummet plummeted
admit admits admitted admitting > acknowledge acknowledged confirm confirmed testify testified
founded founding > established establish founder founders
start starts started starting > founded founder founders
voltage voltages > volt volts
wattage wattages > watt watts
tonnage tonnages > ton tons tonne tonnes
acreage acreages > acre acres
mileage mileages > mile miles
successor successors succession succeed succeeded succeeding succeeds
successor successors > replaced replacement
replace replaces replaced replacing > successor successors succeeded
chief > ceo
adopt adopts adopted adopting adoption > approve approved approval
eat ate eaten food meal meals
box boxes > container containers computer computers machine machines
outfit outfits > company companies firm firms
overbill overbilled overbilling overcharge overcharged overcharging
yank yanked yanking > withdraw withdrew withdrawn pull pulled
filed > submitted lodged
finish finishes finished finishing > complete completed completion
monthly > month months
weekly > week weeks
daily > day days
yearly annual annually > year years
ceiling ceilings > cap caps capped limit limits maximum
resolve resolves resolved resolving > settle settled settlement
weigh weighs weighed weighing weight weights
cash > money
startup startups > company companies firm firms
shop shops > firm firms company companies
watchdog watchdogs > regulator regulators monitor monitors oversight
watch watched watching > view viewed viewers viewer viewing audience audiences
sweetener sweeteners > incentive incentives bonus bonuses
dodge dodged dodging > avoid avoided averted
haul hauled hauling > hoist hoisted lift lifted raise raised winch winched carry carried carrying
manufacture manufactures manufactured > build built maker makers
offload offloads offloaded offloading > sell sold selling sale sales
separate > independent affiliate affiliated subsidiary
wipe wiped wipes wiping > cancel cancelled canceled quash quashed overturn overturned
slap slapped slaps > impose imposed levy levied
jam jammed jams > block blocked blockage blocking
grub > food
mom moms > mother mothers
screenwriter screenwriters > writer writers
rebadge rebadged rebrand rebranded > rename renamed
ringleader ringleaders > leader leaders
dip dipped dips > fall fell decline declined drop dropped
slice > share portion
track tracks tracked tracking > monitor monitored monitoring
hidden > secret undisclosed concealed
quietly > secretly
parked > grounded idle idled
shield shielded shields > protect protected protection
lender lenders > bank banks
investor investors > shareholder shareholders
bot bots > chatbot chatbots
pause paused pauses > halt halted suspend suspended
halt halted halts > pause paused suspend suspended
jet jets > plane planes aircraft airliner
air airs aired airing > broadcast broadcasts
tv > television televised
blame blamed > fault responsible responsibility
expert experts > specialist specialists researcher researchers scientist scientists
yank yanked yanking > revert reverted remove removed
pony ponied > pay paid
bucks buck > dollars dollar
dough > money cash
slash slashed slashes slashing > cut reduce reduced
trim trimmed trims trimming > cut reduce reduced
curb curbed curbs curbing > limit limited restrict restricted reduce reduced
pocketed > receive received earn earned keep kept
bagged > win won secure secured
kickback kickbacks > bribe bribes bribery
payoff payoffs > payment bribe settlement
perk perks > benefit benefits
handout handouts > subsidy subsidies aid grant grants
paycheck paychecks > salary salaries wage wages pay
boot booted > fire fired dismiss dismissed oust ousted
hire hired hiring hires > employ employed recruit recruited appoint appointed
tap tapped > appoint appointed name named choose chose chosen select selected
pick picked picks > choose chose chosen select selected appoint appointed nominate nominated
shed sheds shedding > cut eliminate eliminated lose lost
gig gigs > job jobs role position
honcho honchos bigwig bigwigs > executive executives leader leaders chief
scam scams scammed scamming > fraud defraud defrauded
scammer scammers crook crooks > fraudster fraudsters criminal criminals
loot looted looting > steal stole stolen theft
swipe swiped > steal stole stolen
heist heists > robbery theft
nab nabbed nabs > arrest arrested catch caught
stretch stretched stretching > lengthen lengthened lengthening extend extended
cuffed > arrest arrested
quiz quizzed quizzing > question questioned interview interviewed
grill grilled grilling > question questioned interrogate interrogated
mull mulled mulls mulling > consider considered weigh
eye eyed eyeing > consider considered target targeted
vow vowed vows vowing > pledge pledged promise promised commit committed
promise promised promises > pledge pledged commit committed
tout touted touts touting > promote promoted praise praised
snub snubbed snubs > reject rejected ignore ignored
slam slammed slams slamming > criticize criticized criticised condemn condemned
spat spats feud feuds > dispute disputes conflict
okayed okd okays > approve approved approval
pass passed > approve approved enact enacted adopt adopted
lift lifted > end ended remove removed rescind rescinded
rule rules > regulation regulations
crackdown crackdowns > enforcement restriction restrictions
lawmaker lawmakers > legislator legislators legislature congress parliament
troops > soldiers forces military
soldier soldiers > troops forces military
backtrack backtracked backtracking > reverse reversed reversal
shutter shuttered shutters shuttering > close closed closure shut
fold folded folds > close closed collapse collapsed shut merge merged
mothball mothballed > close closed suspend suspended
shelve shelved shelving > postpone postponed suspend suspended cancel cancelled abandon abandoned
ditch ditched ditches ditching > abandon abandoned scrap scrapped drop dropped
junk junked > scrap scrapped discard discarded
rival rivals competitor competitors
customer customers client clients
shopper shoppers buyer buyers > customer customers consumer consumers
glitch glitches > bug bugs flaw fault error malfunction
hiccup hiccups > problem problems disruption issue
tweak tweaked tweaks tweaking > change changed modify modified adjust adjusted
revamp revamped revamps > reform reformed redesign redesigned restructure restructured overhaul
overhaul overhauled overhauls > reform reformed redesign redesigned restructure restructured
shakeup shakeups > restructure restructuring reorganize reorganization overhaul reshuffle
flop flopped flops > fail failed failure
wreck wrecked wrecks > destroy destroyed damage damaged wreckage
wreckage > debris
famous famed celebrity celebrities > notable known star stars
mom moms mum mums mommy > mother mothers homemaker housewife parent
smash smashed smashes > crash crashed collide collided destroy destroyed
ram rammed rams ramming > collide collided strike struck hit crash
topple toppled > overturn overturned collapse collapsed oust ousted
flip flipped flips > capsize capsized overturn overturned
bulldoze bulldozed > demolish demolished
flee fled fleeing flees > evacuate evacuated escape escaped
leak leaked leaking leaks > spill spilled release released disclose disclosed
blackout blackouts > outage outages
quake quakes > earthquake earthquakes
twister twisters > tornado tornadoes
chopper choppers copter copters > helicopter helicopters
car cars > vehicle vehicles
truck trucks lorry lorries > vehicle vehicles
pricey > expensive costly cost
cheap cheaper cheapest > inexpensive affordable low
huge massive enormous > large big major
tiny > small minor
sick sickened > ill illness illnesses
jab jabs > vaccine vaccines vaccination injection
meds > medication medications medicine
ad ads > advertisement advertisements advertising
app apps > application applications
vid vids > video videos
mum mums > mother mothers
dad dads > father fathers
inked inks > sign signed
plummet plummeted plummets nosedive nosedived > fall fell drop dropped decline declined
crater cratered tumble tumbled slid > fall fell drop dropped decline declined
skyrocket skyrocketed skyrockets balloon ballooned > rise rose increase increased surge surged
pot > fund funds pool total
pop popped pops > burst blew blown detach detached
fiasco fiascos debacle debacles > crisis disaster failure collapse
hoax hoaxes > false fake rumor rumour misinformation
bogus phony phoney sham > fake fraudulent false unauthorised unauthorized
catchphrase catchphrases slogan slogans motto mottos tagline taglines
apply applies applied applying applicant applicants application applications
play plays played playing > match matches game games
stat > statistic statistics figure figures
freeze froze frozen freezing > cold winter ice
spotted spotting > see saw seen detect detected notice noticed discover discovered
skipper skippers > captain captains master
docked > arrive arrived berth berthed
counteroffer counteroffers > offer offers proposal proposed
temporary > interim provisional
nominate nominated nominates > appoint appointed name named
bet bets > investment investments stake
unwind unwound > terminate terminated end ended exit
breakup breakups > termination terminate terminated
max > maximum cap ceiling
headroom > clearance height
stuck > stranded wedged lodged grounded
excuse excuses > reason explanation justification
piece pieces > part parts component components section fragment
books > accounts accounting ledger ledgers
biggest largest
biggest > massive
predict predicted predicts prediction predictions > warn warned warning warnings forecast
bailout bailouts > rescue rescues
profit profits > earnings income
scientist scientists > geophysicist geophysicists seismologist seismologists geologist geologists
scientist scientists > volcanologist volcanologists physicist physicists chemist chemists
scientist scientists > researcher researchers
burgomaster burgomasters > mayor mayors
tin tins > can cans
bounty bounties > reward rewards
deliver delivered delivering delivery > destination destined bound
smallest lowest
piece pieces > article articles feature features story stories report reports column
write wrote written writes writing > author authors authored drafted penned
suck sucked sucking > pull pulled draw drawn suction
enact enacted enacts > pass passed adopt adopted promulgate promulgated
commit committed commits > pledge pledged contribute contributed
ride rides > trip trips journey journeys voyage
dump dumped dumping > pour poured release released discharge discharged spray sprayed sell sold
"""
# A capital that news writing names for its government ("a green light from Washington"),
# read as that when the content never names the place itself.
SEATS = {seat: "government" for seat in """washington whitehall westminster kremlin moscow tokyo
    beijing ottawa canberra seoul""".split()}
# A country and the adjective English makes of it ("a Japanese partner" is "Japan's"): one
# fact of English, like the months, a group to a line. (Not the ones that are other words as
# well: Polish, Turkey, Jordan, Georgia, English.)
_COUNTRIES = """
afghanistan afghan
africa african
argentina argentine argentinian
asia asian
australia australian
austria austrian
belgium belgian
bolivia bolivian
brazil brazilian
britain british uk kingdom
canada canadian
chile chilean
china chinese
colombia colombian
cuba cuban
denmark danish
egypt egyptian
ethiopia ethiopian
europe european
finland finnish
france french
germany german
greece greek
hungary hungarian
india indian
indonesia indonesian
iran iranian
iraq iraqi
ireland irish
israel israeli
italy italian
japan japanese
kenya kenyan
korea korean
lebanon lebanese
malaysia malaysian
mexico mexican
morocco moroccan
netherlands dutch
nigeria nigerian
norway norwegian
pakistan pakistani
panama panamanian
peru peruvian
philippines filipino philippine
portugal portuguese
romania romanian
russia russian
scotland scottish
singapore singaporean
spain spanish
sweden swedish
switzerland swiss
syria syrian
taiwan taiwanese
ukraine ukrainian
venezuela venezuelan
vietnam vietnamese
wales welsh
"""
COUNTRY_WORDS = frozenset(_COUNTRIES.split())
# Each country's words, by the first of them ("french": "france"; "us": "usa")
COUNTRY_OF = {word: line.split()[0] for line in (*_COUNTRIES.strip().splitlines(), *(
                  line for line in _CLUSTERS.splitlines() if line.startswith("usa ")))
              for word in line.split()}
SYNONYMS: dict[str, list[str]] = {}
for _line in (_CLUSTERS + _COUNTRIES).strip().splitlines():
    if ">" in _line:
        _words, _meanings = _line.split(">")
        for _word in _words.split():
            SYNONYMS.setdefault(_word, []).extend(_meanings.split())
        continue
    _group = _line.split()
    for _word in _group:
        SYNONYMS.setdefault(_word, []).extend(w for w in _group if w != _word)
# Verbs that tell the same deal from the other side: "who bought the land?" of a store that
# only ever says the land "was sold to" someone (used for a word the store never uses).
_CONVERSES = (("buy buys bought buying purchase purchased", "sell sells sold selling sale"),
              ("lend lends lent lending", "borrow borrows borrowed borrowing loan"))
CONVERSES: dict[str, tuple[str, ...]] = {}
for _one, _other in _CONVERSES:
    for _side, _seen in ((_one, _other), (_other, _one)):
        for _word in _side.split():
            CONVERSES[_word] = tuple(_seen.split())
# Words of a thing's repute ("that infamous shower curtain"): they say how it is known, not
# which thing it is, and when the store never uses them they are set aside
REPUTE = frozenset("infamous notorious famous legendary storied fateful".split())
# Short forms people type.
_SHORT = {"tech": "technology", "admin": "administration", "org": "organization",
          "orgs": "organizations",
          "info": "information", "cyber": "cybersecurity", "intl": "international",
          "mgmt": "management", "dept": "department", "approx": "approximately",
          "args": "arguments", "lab": "laboratory", "labs": "laboratories",
          "stats": "statistics", "docs": "documents", "uni": "university",
          "unis": "universities", "brit": "british", "brits": "british",
          "vuln": "vulnerability", "vulns": "vulnerabilities", "loco": "locomotive",
          "locos": "locomotives",
          "sats": "satellites", "btc": "bitcoins",
          "legit": "legitimate", "exec": "executive", "execs": "executives"}
# (a short form means all its long form does: "brits" are the "uk"'s people, as "british" are)
for _short, _long in _SHORT.items():
    SYNONYMS.setdefault(_short, []).extend([_long, *SYNONYMS.get(_long, ())])
# (a "doc" may be a doctor, a document or a documentary film)
SYNONYMS.setdefault("doc", []).extend(["doctor", "document", "documentary"])

# What kind of answer a question asks for, read from its opening words.
# After "how", words that ask for a figure of a size or degree ("how deep", "how hard did the
# shares fall"): a quantity, and no topic word an entry must hold.
HOW_SIZES = frozenset(
    "far deep tall high wide heavy big large fast hard badly strong steep powerful".split())
QUESTION_TYPES = (
    (("how", "many"), "count"),
    (("how", "much"), "amount"),
    (("what", "time"), "clock"),
    (("what", "reason"), "why"),
    (("what", "excuse"), "why"),
    (("what", "explanation"), "why"),
    (("what", "justification"), "why"),
    (("what", "date"), "when"),
    (("what", "day"), "when"),
    (("which", "day"), "when"),
    (("what", "year"), "when"),
    (("which", "year"), "when"),
    (("what", "month"), "when"),
    (("how", "long"), "duration"),
    (("how", "old"), "age"),
    (("how", "often"), "often"),
    *((("how", size), "quantity") for size in sorted(HOW_SIZES)),
    (("how", "cold"), "temperature"),
    (("how", "hot"), "temperature"),
    (("how", "warm"), "temperature"),
    (("what", "temperature"), "temperature"),
    (("what", "percentage"), "percent"),
    (("what", "percent"), "percent"),
    (("what", "share"), "percent"),
    (("what", "proportion"), "percent"),
    (("what", "fraction"), "percent"),
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
    (("what", "interest", "rate"), "percent"),
    (("what", "rate"), "amount"),  # a share or a sum: "5%", "$450 an hour"
    (("time", "window"), "duration"),
    (("what", "time", "limit"), "duration"),
    (("time", "frame"), "duration"),
    (("time", "period"), "duration"),
    (("time", "span"), "duration"),
    (("stand", "for"), "expand"),
    (("stands", "for"), "expand"),
    (("short", "for"), "expand"),
    (("refer", "to"), "expand"),
    (("names", "of"), "names"),
    (("name", "of"), "names"),
    (("s", "name"), "names"),
    (("s", "names"), "names"),
    (("refers", "to"), "expand"),
    (("used", "for"), "why"),
    (("meant", "for"), "why"),
    (("for", "what"), "why"),
    (("what", "for"), "why"),
    (("aimed", "at"), "why"),
    (("what", "time"), "clock"),
    (("what", "exact", "time"), "clock"),
    (("what", "precise", "time"), "clock"),
    (("at", "what", "time"), "clock"),
    (("how", "many"), "count"),
    (("how", "much"), "amount"),
)
# With no question word ("pier opening date", "ferry losses"), a cue noun says what is wanted.
NOUN_TYPES = {
    "date": "when", "time": "when", "day": "when", "timing": "when", "when": "when",
    "deadline": "when", "where": "where", "location": "where", "venue": "where",
    "why": "why", "reason": "why", "purpose": "why", "goal": "why", "cause": "why",
    "who": "who", "status": "yesno", "cost": "amount", "price": "amount", "losses": "amount",
    "percentage": "percent", "temperature": "temperature", "count": "count", "tally": "count",
    # a sum paid to or by someone: "what was Holt's payoff?", "what fee did Acme charge?"
    **dict.fromkeys("""salary salaries payoff payoffs payout payouts severance bonus bonuses
    fee fees wage wages bail ransom""".split(), "amount"),
}
# Nouns that say the kind of answer only right after "what"/"which" ("what cut does Apple get",
# "by what margin"; not "the budget cut", "the margin of victory", "the country's role").
NEXT_NOUN_TYPES = {"country": "where", "city": "where", "town": "where", "village": "where",
                   "spot": "where", "cut": "percent", "margin": "percent", "grounds": "why",
                   "value": "amount"}
# After "how", words that say what kind of answer is wanted rather than what it is about.
HOW_WORDS = frozenset("long often soon come cold hot warm".split()) | HOW_SIZES
# "How heavy", "how deep": the noun a fact giving that size is named by ("weight: 420 kg").
SIZE_NOUNS = {"long": "length", "heavy": "weight", "deep": "depth", "tall": "height",
              "high": "height", "wide": "width", "far": "distance", "big": "size",
              "large": "size", "fast": "speed"}
# After "how long", verbs that only say a duration is asked ("how long did the strike last").
DURATION_WORDS = frozenset("last lasts lasted lasting take takes took taken run runs ran".split())
# Short forms everyone knows, with what they stand for (the first the briefing writes): a
# briefing that never writes one means that, not other words of the briefing whose initials
# happen to spell it ("EU" is no "engine upgrades"). Kept to the widely known and unambiguous;
# any other short form is spelt out from the entries that share the question's other words
# (see `Answerer._read`).
KNOWN_SHORT_FORMS = {
    "eu": ("european union",), "uk": ("united kingdom", "britain"),
    "nato": ("north atlantic treaty organization",), "imf": ("international monetary fund",),
    "wto": ("world trade organization",),
    "opec": ("organization of the petroleum exporting countries",),
    "fbi": ("federal bureau of investigation",), "cia": ("central intelligence agency",),
    "irs": ("internal revenue service",), "epa": ("environmental protection agency",),
    "fda": ("food and drug administration",), "nhs": ("national health service",),
    "ceo": ("chief executive officer", "chief executive"),
    "cfo": ("chief financial officer", "finance chief"),
    "cto": ("chief technology officer",), "coo": ("chief operating officer",),
    "gdp": ("gross domestic product",), "ipo": ("initial public offering",),
    "doj": ("department of justice", "justice department"),
    "scotus": ("supreme court",),
    "hq": ("headquarters", "head office"),
    "ny": ("new york",), "ai": ("artificial intelligence",),
    "vpn": ("virtual private network",),
}
# Words put before a person's name ("Judge Holt", "Dr Reyes", "Senator Holt", "Sir Sam Reyes")
NAME_TITLES = frozenset("""judge justice dr doctor mr mrs ms miss sir dame lord lady captain capt
    skipper chief senator sen rep representative governor gov president prof professor officer
    detective sergeant sgt general gen admiral commissioner mayor minister""".split())
# What people type for a word, read as that word before anything else.
SHORT_FORMS = {"ppl": "people", "bc": "because", "cuz": "because", "rn": "now", "tho": "though",
               "recs": "recommendations",
               "govt": "government", "gov": "government", "feds": "government", "w": "with",
               "wrt": "about", "abt": "about", "thru": "through", "yr": "year", "yrs": "years",
               "mo": "month", "mos": "months", "hrs": "hours", "mins": "minutes", "u": "you",
               "ur": "your", "pls": "please", "plz": "please", "msg": "message",
               "dept": "department", "corp": "corporation", "ep": "episode",
               "eps": "episodes", "biz": "business", "mgr": "manager", "devs": "developers",
               "bn": "billion", "mil": "million", "jan": "january", "feb": "february",
               "mar": "march", "apr": "april", "jun": "june", "jul": "july", "aug": "august",
               "sep": "september", "sept": "september", "oct": "october", "nov": "november",
               "dec": "december", "ags": "attorneys general", "whats": "what is",
               "whos": "who is", "wheres": "where is", "hows": "how is", "whens": "when is",
               "pct": "percent", "ex": "former", "prez": "president", "diff": "different",
               "ag": "attorney general", "temp": "temperature", "n": "and", "avg": "average",
               "evac": "evacuation", "vm": "virtual machine", "vms": "virtual machines",
               "wat": "what", "wut": "what", "wht": "what", "wats": "what is",
               "wen": "when", "whn": "when", "nyc": "new york", "philly": "philadelphia",
               "gop": "republican", "acct": "account", "accts": "accounts", "bldg": "building",
               "bldgs": "buildings",
               "mgmt": "management", "amt": "amount", "wk": "week", "wks": "weeks",
               "intl": "international", "natl": "national", "promo": "promotion",
               "promos": "promotions"}
# What people type for a part of a text, before its number ("art 5", "sec 230"; not "ch 11",
# which names a bankruptcy more often than it asks of a chapter), and for a quarter before its
# year ("Q4 2007"; not "Q1: how much ...?", a numbered question)
NUMBERED_SHORT_FORMS = {"art": "article", "arts": "articles", "sec": "section",
                        "secs": "sections", "para": "paragraph", "paras": "paragraphs",
                        "cl": "clause", "vol": "volume", "reg": "regulation",
                        "regs": "regulations", "pt": "part", "q1": "first quarter",
                        "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter"}
# The things a message may be for, named in a lead-in ("since I'm building a slide on ...")
WORK_PRODUCTS = frozenset("""
memo memos deck decks slide slides briefing briefings doc docs pager pagers sheet sheets recap
recaps presentation note notes backgrounder backgrounders email emails newsletter newsletters
readout readouts writeup writeups call calls meeting meetings standup standups sync syncs
huddle huddles brief briefs section sections graphic graphics chart charts infographic
infographics explainer explainers sidebar sidebars thread threads caption captions script scripts
factsheet factsheets
""".split())
# Words of a lead-in that frames a question rather than asks it ("quick q for a memo: ...",
# "for the briefing deck — ...", "sanity check: ..."): the things a message is for, and the
# words around them
FRAMING = WORK_PRODUCTS | frozenset("""
note notes comms email check sanity quick q qq question asking boss vp team manager editor
heads up fyi timeline fact need needs facts things questions qs couple two three
""".split())
# Words that set something aside: in a question ("what did they get besides money?") it is
# not what is asked; in a fact ("..., excluding Acme") it is not what the fact is about.
EXCEPTIONS = ("besides", "apart from", "aside from", "other than", "except for", "excluding",
              "not including")
# US states by their postal codes, read only when typed in capitals in a message that is not
# all capitals ("the new TX law"). Codes that are also common words or other short forms
# ("OK", "IN", "MS", "SC", "VA", "CO") are left out.
STATE_CODES = {
    "AZ": "arizona", "CA": "california", "FL": "florida", "GA": "georgia",
    "IA": "iowa", "KS": "kansas", "KY": "kentucky", "MI": "michigan", "MN": "minnesota",
    "MT": "montana", "NC": "north carolina", "ND": "north dakota", "NH": "new hampshire",
    "NJ": "new jersey", "NM": "new mexico", "NV": "nevada", "NY": "new york",
    "RI": "rhode island", "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah",
    "VT": "vermont", "WA": "washington", "WI": "wisconsin", "WV": "west virginia",
    "WY": "wyoming",
}
# Words that make a "what" question ask for an amount ("what did it cost Delta?").
AMOUNT_WORDS = frozenset(
    "cost costs costing price priced paid pay pays paying spend spends spent spending dollars "
    "bucks euros money cash price_tag price_tags pricetag pay_for paid_for pays_for "
    "paying_for".split())
# After "how much", nouns that ask for money; any other ("how much oil") asks for a quantity.
MONEY_WORDS = frozenset("""
money cash dollars dollar euros pounds funding funds revenue revenues income profit profits
loss losses damage damages compensation settlement fine fines penalty penalties debt budget
salary pay payment payments bonus reward rewards value worth cost costs price fee fees tax
taxes spending investment aid fare fares toll tolls surcharge surcharges rent wage wages
deficit deficits
""".split())
YES_NO_OPENERS = frozenset(
    "is are was were has have had does do did will would can could should may might isnt arent "
    "wasnt werent hasnt havent hadnt doesnt dont didnt wont wouldnt cant couldnt shouldnt".split()
)

# Field-name conventions: a field whose name holds one of these words answers that kind of
# question, in any pack (`date`, `signed_date`, `when` for "when ..."; `cost`, `losses` for
# "how much ..."). The README lists them for pack authors.
FIELD_CUES = {
    "duration": {"duration", "length", "lasted", "period", "days", "hours", "minutes", "weeks",
                 "months", "years", "time"},
    "when": {"when", "date", "dates", "day", "time", "timing", "deadline", "schedule", "year",
             "period", "started", "ended", "since", "until"},
    "clock": {"time", "hour", "clock"},
    "where": {"where", "location", "venue", "place", "site", "city", "country", "region",
              "address", "headquarters", "based", "home", "hometown", "birthplace", "residence"},
    "who": {"who", "by", "led", "lead", "leader", "head", "owner", "developer", "maker",
            "manufacturer", "members", "participants", "people", "person", "ceo", "chief",
            "founder", "judge", "supplier", "suppliers", "parties", "signer", "author",
            "spokesperson", "attendees", "invitees", "plaintiffs", "defendants", "witnesses",
            "president", "chair", "chairman", "chairwoman", "director", "captain", "founded"},
    "names": {"name", "names", "title", "called", "members", "crew", "author", "owner",
              "leader", "who"},
    "why": {"why", "reason", "reasons", "cause", "causes", "purpose", "goal", "rationale",
            "motivation", "motive", "concern", "origin"},
    "how": {"how", "method", "mechanism", "approach", "process", "fix", "remedy", "steps"},
    "amount": {"cost", "costs", "amount", "price", "value", "losses", "loss", "fine", "payment",
               "payments", "budget", "revenue", "spend", "spending", "damages", "paid",
               "settlement", "funding", "penalty", "penalties", "fines"},
    "count": {"count", "number", "total", "units", "size", "tally", "quantity"},
    "quantity": {"count", "number", "total", "amount", "volume", "quantity", "size", "estimate"},
    "percent": {"share", "percent", "percentage", "rate", "proportion"},
    "which": {"members", "participants", "who", "by", "parties", "owner", "developer"},
    "yesno": {"status", "state", "result", "outcome", "verdict", "ruling", "decision", "stage"},
    "said": {"said", "quote", "statement", "says", "comment", "remarks", "text", "wording"},
    "age": {"age", "born", "founded", "old"},
    "often": {"frequency", "often", "times", "schedule", "interval"},
    "temperature": {"temperature", "temperatures", "temp"},
}

# The other words for a kind of entry: an entry of kind `organisation` is a company, a firm
KIND_WORDS = {
    kind: frozenset("company companies firm firms business businesses corporation "
                    "corporations organisation organisations organization organizations".split())
    for kind in ("organisation", "organization", "company", "firm", "business", "corporation")
}

# The kinds of entry a pack may file a thing asked under ("what kind of plane": `aircraft`)
KINDS_CALLED = {**dict.fromkeys(("plane", "planes", "jet", "jets", "airliner", "airliners"),
                                 ("aircraft", "plane", "airliner")),
                 **dict.fromkeys(("boat", "boats", "vessel", "vessels", "ship", "ships"),
                                 ("ship", "vessel", "boat"))}

# Words that ask for an attribute a briefing rarely holds (a headcount, a price, a founding
# date) or that mark a question as off-topic. They decline unless the chosen entry has them.
OUT_OF_SCOPE = frozenset(
    """
    headcount employees employee staff staffers workforce founded founder founders founding
    ceo cfo cto chairman chairwoman chief budget budgets
    revenue revenues profit profits valuation valued worth stock stocks shares salary share_price
    share_prices stock_price stock_prices market_cap market_value
    salaries headquarters headquartered hq located population age born birthday net
    weather forecast temperature rain score scores game games match recipe joke jokes movie song
    cup tournament tournaments championship championships
    lyrics capital election poll polls parameters funding funded
    printer printers photocopier copier coffee kettle microwave fridge laptop laptops timesheet
    timesheets payslip payslips expense expenses bonus bonuses pto standup offsite onboarding
    farewell lunch lunches ramen canteen pub trivia
    investors investor ipo hour hours o'clock minute minutes penalty penalties fine fines
    fined fining punishment married wife husband children kids height weigh weight
    favorite favourite color colour tallest biggest richest
    director directors directed mediator mediators host hosts hosted engineer engineers successor
    spokesperson spokesman spokeswoman
    lawyer lawyers attorney attorneys brand brands
    settle settled settles settling settlement arrested arrest arrests indicted indictment insurer
    judge judges
    insurance insured severance prison sentenced sentence sentences trial
    resign resigned resigns resignation step_down stepped_down steps_down stepping_down
    replacing sacked canned do_for_a_living
    sue sued suing appeal appealed appealing uphold upheld overturned convicted
    compensation compensate compensated downgrade downgraded
    class_action class_actions class_action_lawsuit class_action_suit
    """.split()
)

# "Who took over from X" asks for a successor as plainly as "X's successor"; "what did she go
# on to do?" asks what came later, "what did he do before he became mayor?" what came before.
OUT_OF_SCOPE = OUT_OF_SCOPE | frozenset(run.replace(" ", "_") for runs in (
    SUCCESSION, LATER, EARLIER, BOX_OFFICE) for run in runs.split("|"))

# Plural nouns that make "which ..." a question about a group.
GROUP_NOUNS = frozenset(
    """
    companies firms agencies developers labs organizations organisations
    participants members businesses partners models executives officials departments
    """.split()
)
