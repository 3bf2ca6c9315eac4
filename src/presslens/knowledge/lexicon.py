"""Our own lexicon of verb and noun patterns mapped to CAMEO event codes.

Written for presslens from the CAMEO 1.1b3 category definitions.  A verb entry maps a lemma to
a default code and, optionally, to more specific codes chosen by a word in the verb's object
or prepositional phrases ("impose" + "sanctions" -> 163, "sign" + "agreement" -> 057); a code
of ``None`` means the verb alone is no event ("sign" a letter).  A noun entry codes a
nominalised event ("the Saudi air strikes on Sanaa"); its source is a possessive, adjective or
"by" phrase, its target the object of one of its prepositions.
"""

from __future__ import annotations

# Word groups used as qualifiers.
AGREEMENT = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "roadmap",
             "protocol", "contract", "declaration", "charter", "convention", "ceasefire",
             "truce", "armistice"}
SANCTION = {"sanction", "sanctions", "ban", "bans", "embargo", "tariff", "tariffs", "boycott",
            "restriction", "restrictions", "blockade", "penalty", "penalties", "curbs", "freeze"}
AID = {"aid", "assistance", "help", "support", "loan", "loans", "credit", "grant", "funds",
       "funding", "money", "relief", "supplies", "food", "fuel", "engineers", "crews", "doctors",
       "vaccines", "medicine", "equipment", "billion", "million", "investment"}
MILITARY_AID = {"weapons", "arms", "missiles", "tanks", "ammunition", "troops", "jets",
                "drones", "artillery", "munitions", "systems", "soldiers"}
ACCUSATION = {"accusation", "accusations", "allegation", "allegations", "charge", "charges",
              "claim", "claims"}
MONEY = {"billion", "million", "loan", "loans", "credit", "funds", "funding", "money", "cash",
         "dollars", "euros", "$"}
CEASEFIRE = {"ceasefire", "truce", "armistice", "cease-fire"}
TALKS = {"talks", "negotiations", "dialogue", "meeting", "meetings", "summit"}
DIPLOMATS = {"diplomat", "diplomats", "ambassador", "envoy", "attache", "charge"}
AIR = {"air", "drone", "drones", "missile", "missiles", "airstrike", "airstrikes", "warplanes",
       "jets", "aircraft", "rocket", "rockets", "aerial"}
FORCE = {"force", "attack", "attacks", "strike", "strikes", "war", "invasion", "action",
         "retaliation", "military"}

# lemma -> (default code or None, [(qualifier words, code), ...]) ; first qualifier found wins.
VERBS: dict[str, tuple[str | None, list[tuple[set[str], str]]]] = {
    # 01 statements that carry a stance
    "deny": ("016", [({"access", "entry", "visa", "visas", "permission", "request"}, "120")]),
    "refute": ("016", []),
    "acknowledge": ("015", []),
    "sympathize": ("018", []),
    "express": (None, [({"condolences", "sympathy"}, "018"), ({"concern"}, "012"),
                       ({"support"}, "051"), ({"regret"}, "055")]),
    # 02 appeal
    "urge": ("020", [(CEASEFIRE | TALKS, "026"), (AID, "023")]),
    "appeal": ("020", [(AID, "023")]),
    "ask": ("020", [(AID, "023")]),
    "request": ("020", [(AID, "023"), (MILITARY_AID, "0232")]),
    "plead": ("020", []),
    "turn": (None, [(AID | MILITARY_AID | {"security"}, "023")]),
    "seek": (None, [(AID | MILITARY_AID | {"security"}, "023"), (TALKS, "026"),
                    ({"clarification", "explanation", "information"}, "020")]),
    # 03 intent to cooperate
    "pledge": ("030", [(AID, "033"), (MILITARY_AID, "033")]),
    "promise": ("030", [(AID, "033"), (MILITARY_AID, "033")]),
    "vow": ("030", [(AID, "033")]),
    "offer": ("030", [(AID, "033"), (MILITARY_AID, "033"), (TALKS, "036"),
                      ({"mediate", "mediation"}, "039")]),
    "agree": ("030", [(CEASEFIRE, "0871"), (AGREEMENT, "057"), (TALKS, "036")]),
    # 04 consult
    "meet": ("040", []),
    "visit": ("042", []),
    "travel": ("042", []),
    "arrive": ("042", []),
    "fly": (None, [({"to"}, "042")]),
    "host": ("043", []),
    "talk": ("040", []),
    "discuss": ("040", []),
    "consult": ("040", []),
    "negotiate": ("046", []),
    "mediate": ("045", []),
    "phone": ("041", []),
    "telephone": ("041", []),
    # 05 diplomatic cooperation
    "praise": ("051", []),
    "commend": ("051", []),
    "hail": ("051", []),
    "laud": ("051", []),
    "welcome": ("051", []),
    "endorse": ("051", []),
    "back": ("051", []),
    "support": ("051", []),
    "stand": (None, [({"with", "behind"}, "051")]),
    "defend": ("052", []),
    "recognize": ("054", []),
    "recognise": ("054", []),
    "apologize": ("055", []),
    "apologise": ("055", []),
    "forgive": ("056", []),
    "sign": (None, [(AGREEMENT, "057")]),
    "ratify": ("057", []),
    # 06 material cooperation
    "cooperate": ("060", []),
    "collaborate": ("060", []),
    "extradite": ("063", []),
    "share": (None, [({"intelligence", "information", "data"}, "064")]),
    # 07 aid
    "aid": ("070", []),
    "help": ("070", []),
    "assist": ("070", []),
    "repair": ("070", []),
    "rebuild": ("070", []),
    "provide": (None, [(MILITARY_AID, "072"), (MONEY, "071"), (AID, "070")]),
    "supply": ("070", [(MILITARY_AID, "072")]),
    "send": (None, [(MILITARY_AID, "072"), (AID, "070")]),
    "deliver": (None, [(MILITARY_AID, "072"), (MONEY, "071"), (AID, "070")]),
    "donate": ("070", []),
    "transfer": (None, [(MILITARY_AID, "072"), (MONEY | {"payments", "payment", "ransom"},
                                                 "071"), (AID, "070")]),
    "reduce": (None, [({"workforce", "staff", "personnel", "diplomats", "embassy", "presence"},
                       "161"), (AID, "162"), ({"troops", "forces"}, "087")]),
    "lend": ("071", []),
    "approve": (None, [(MILITARY_AID, "072"), (MONEY | AID, "071")]),
    "fund": ("071", []),
    "finance": ("071", []),
    "arm": ("072", []),
    "shelter": ("075", []),
    # 08 yield
    "release": ("084", []),
    "free": ("084", []),
    "return": (None, [({"prisoners", "hostages", "bodies", "territory"}, "084")]),
    "lift": (None, [(SANCTION, "085")]),
    "ease": (None, [(SANCTION, "085")]),
    "withdraw": ("087", [(DIPLOMATS, "161")]),
    "retreat": ("0874", []),
    "surrender": ("0874", []),
    "concede": ("080", []),
    # 09 investigate
    "investigate": ("090", []),
    "probe": ("090", []),
    # 10 demand
    "demand": ("100", []),
    # 11 disapprove
    "criticize": ("111", []),
    "criticise": ("111", []),
    "condemn": ("111", []),
    "denounce": ("111", []),
    "slam": ("111", []),
    "blast": ("111", []),
    "rebuke": ("111", []),
    "decry": ("111", []),
    "deplore": ("111", []),
    "castigate": ("111", []),
    "accuse": ("112", [({"war", "crimes", "genocide"}, "1124"),
                       ({"aggression", "attack", "invasion"}, "1123"),
                       ({"spying", "espionage", "treason", "sabotage"}, "1125")]),
    "blame": ("112", []),
    "trade": ("061", [({"accusations", "blame", "insults", "charges"}, "112")]),
    "sue": ("115", []),
    "summon": ("114", []),
    "protest": ("141", []),
    # 12 reject
    "reject": ("120", [(TALKS, "125"), (AGREEMENT, "127"), (ACCUSATION, "016")]),
    "dismiss": ("120", [(ACCUSATION, "016")]),
    "refuse": ("120", []),
    "veto": ("129", []),
    "defy": ("128", []),
    "snub": ("120", []),
    # 13 threaten
    "threaten": ("130", [(SANCTION, "131"), (FORCE, "138")]),
    "warn": ("130", [(FORCE, "138")]),
    # 14 protest
    "demonstrate": ("141", []),
    "rally": ("141", []),
    "march": ("141", []),
    "riot": ("145", []),
    "wave": (None, [({"flag", "flags", "banners", "placards"}, "141")]),
    # 15 force posture
    "mass": ("154", []),
    "mobilize": ("154", []),
    "mobilise": ("154", []),
    "deploy": ("154", []),
    "shadow": ("150", []),
    "patrol": ("150", []),
    # 16 reduce relations
    "sanction": ("163", []),
    "impose": (None, [(SANCTION, "163"), ({"curfew"}, "172")]),
    "expel": ("174", [(DIPLOMATS, "161"), ({"troops", "forces", "soldiers", "peacekeepers",
                                             "mission", "contingent"}, "166")]),
    "sever": ("161", []),
    "cut": (None, [({"ties", "relations"}, "161"), (AID, "162"),
                   ({"exports", "imports", "supplies", "electricity", "gas", "oil", "trade"},
                    "163")]),
    "suspend": (None, [(AID, "162"), (TALKS, "164"), ({"ties", "relations"}, "161"),
                       ({"membership", "participation", "cooperation"}, "160")]),
    "halt": (None, [(AID, "162"), (TALKS, "164")]),
    "recall": (None, [(DIPLOMATS | {"staff", "embassy"}, "161")]),
    "order": (None, [(DIPLOMATS, "161"), ({"leave", "withdraw", "depart", "quit"}, "174")]),
    "freeze": (None, [({"participation", "membership", "ties", "relations", "cooperation"},
                       "160"), ({"assets", "funds", "accounts"}, "163")]),
    "close": (None, [({"embassy", "consulate"}, "161"), ({"border", "borders", "airspace"},
                                                         "191"), ({"within"}, "150")]),
    "shutter": (None, [({"embassy", "consulate", "mission"}, "161")]),
    "boycott": ("163", []),
    "ban": ("163", []),
    # 17 coerce
    "seize": ("171", []),
    "confiscate": ("171", []),
    "steal": ("171", []),
    "harass": ("150", []),
    "harry": ("150", []),
    "arrest": ("173", []),
    "detain": ("173", []),
    "jail": ("173", []),
    "imprison": ("173", []),
    "charge": ("173", []),
    "indict": ("173", []),
    "prosecute": ("173", []),
    "sentence": ("173", []),
    "deport": ("174", []),
    "crack": (None, [({"down"}, "175")]),
    "crush": ("175", []),
    "suppress": ("175", []),
    "repress": ("175", []),
    # 18 assault
    "kidnap": ("181", []),
    "abduct": ("181", []),
    "hijack": ("181", []),
    "assault": ("182", []),
    "torture": ("182", []),
    "beat": ("182", []),
    "assassinate": ("186", []),
    "overthrow": ("180", []),
    "oust": ("180", []),
    "depose": ("180", []),
    "remove": (None, [({"president", "leader", "government", "premier", "king"}, "180")]),
    "topple": ("180", []),
    # 19 fight
    "attack": ("190", []),
    "strike": ("190", [(AIR, "195")]),
    "hit": ("190", [(SANCTION, "163"), (AIR, "195")]),
    "raid": ("190", []),
    "storm": ("190", []),
    "invade": ("192", []),
    "occupy": ("192", []),
    "annex": ("192", []),
    "blockade": ("191", []),
    "besiege": ("191", []),
    "fight": ("190", []),
    "clash": ("190", []),
    "shoot": ("193", []),
    "fire": (None, [({"at", "on"}, "190")]),
    "shell": ("194", []),
    "bomb": ("195", []),
    "kill": ("190", []),
    "wage": (None, [({"war"}, "190")]),
    "launch": (None, [(AIR, "195"), ({"attack", "attacks", "offensive", "assault",
                                       "invasion", "strike", "strikes"}, "190")]),
    "violate": (None, [(CEASEFIRE, "196")]),
    "breach": (None, [(CEASEFIRE, "196")]),
    "massacre": ("202", []),
    "use": (None, [({"chemical", "biological", "nerve", "nuclear", "radiological"}, "204")]),
    "gas": ("204", []),
}

# noun lemma -> (code, [(qualifier words in the noun phrase, code)])
NOUNS: dict[str, tuple[str, list[tuple[set[str], str]]]] = {
    "attack": ("190", [(AIR, "195")]),
    "strike": ("190", [(AIR, "195"), ({"general", "workers", "hunger", "labour", "labor"},
                                      "143")]),
    "airstrike": ("195", []),
    "bombing": ("195", [({"suicide", "car"}, "183")]),
    "shelling": ("194", []),
    "invasion": ("192", []),
    "occupation": ("192", []),
    "offensive": ("190", []),
    "raid": ("190", []),
    "incursion": ("190", []),
    "blockade": ("191", []),
    "assassination": ("186", []),
    "killing": ("190", []),
    "coup": ("180", []),
    "putsch": ("180", []),
    "sanction": ("163", []),
    "embargo": ("163", []),
    "ban": ("163", []),
    "ceasefire": ("0871", []),
    "truce": ("0871", []),
    "talk": ("040", []),
    "negotiation": ("046", []),
    "meeting": ("040", []),
    "summit": ("040", []),
    "visit": ("042", []),
    "travel": ("042", []),
    "arrive": ("042", []),
    "fly": (None, [({"to"}, "042")]),
    "condemnation": ("111", []),
    "criticism": ("111", []),
    "threat": ("130", []),
    "ultimatum": ("139", []),
    "arrest": ("173", []),
    "charge": ("173", []),
    "indictment": ("173", []),
    "accusation": ("112", []),
    "aid": ("070", [(MILITARY_AID, "072")]),
    "protest": ("141", []),
    "expulsion": ("174", []),
    "crackdown": ("175", []),
    "patrol": ("150", [({"joint"}, "062")]),
    "exercise": ("150", [({"joint"}, "062")]),
    "drill": ("150", [({"joint"}, "062")]),
    "seizure": ("171", []),
    "abduction": ("181", []),
    "kidnapping": ("181", []),
    "operation": (None, [({"liquidation", "assassination"}, "186"),
                         ({"military", "combat", "bombing"}, "190")]),
    "defiance": ("128", []),
}

# Phrasal verbs: lemma + particle -> code ("step up ties", "crack down").
PHRASAL: dict[tuple[str, str], str] = {
    ("step", "up"): "050", ("crack", "down"): "175", ("cut", "off"): "161",
    ("break", "off"): "161", ("pull", "out"): "087", ("back", "down"): "080",
    ("call", "off"): "164", ("tip", "off"): "064", ("rise", "up"): "141", ("call", "for"): "020", ("turn", "down"): "120", ("call", "on"): "020", ("set", "fire"): "145", ("shut", "down"): "172",
}

# Verbs whose object noun carries the event ("launch strikes", "impose sanctions", "hold
# talks"): the noun's code wins, the verb gives source, target and modality.
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "hold", "mount", "order", "begin",
               "wage", "resume", "continue", "make", "issue", "announce", "impose", "unleash",
               "step", "give", "have", "take", "approve", "authorize", "authorise", "levy",
               "implement", "slap", "enforce", "introduce", "expand", "tighten"}

# Verbs that, with the event as their complement, set the event's modality.
MODALITY_VERBS = {
    "fail": "failed", "botch": "failed", "foil": "failed", "thwart": "failed",
    "repel": "failed", "try": "attempted", "attempt": "attempted", "seek": "attempted",
    "threaten": "threatened", "plan": "planned", "intend": "planned", "prepare": "planned",
    "vow": "planned", "pledge": "planned", "promise": "planned", "aim": "planned",
    "want": "planned", "decide": "planned", "set": "planned", "expect": "planned",
    "schedule": "planned", "due": "planned", "agree": "planned", "refuse": "negated",
    "deny": "negated", "prevent": "hypothetical", "deter": "hypothetical",
    "avert": "hypothetical",
}

# Adjectives on an event noun that set its modality ("the botched putsch").
MODALITY_ADJECTIVES = {
    "failed": "failed", "botched": "failed", "foiled": "failed", "abortive": "failed",
    "thwarted": "failed", "unsuccessful": "failed", "attempted": "attempted",
    "planned": "planned", "alleged": "hypothetical", "possible": "hypothetical",
    "potential": "hypothetical", "threatened": "threatened", "proposed": "planned",
}

# Intent: a cooperative act that is only promised or planned ("Moscow would supply Belarus")
# is CAMEO's "express intent to cooperate" (03), by the root of the act.
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}

# Nouns that point back to an earlier event ("The Kremlin dismissed the threat").
ANAPHORIC = {"threat", "threats", "accusation", "accusations", "claim", "claims", "charge",
             "charges", "decision", "move", "sanctions", "proposal", "offer", "demand",
             "demands", "warning", "ultimatum", "plan", "allegation", "allegations"}

# Symmetric events: a compound subject with no target codes each pair both ways.
SYMMETRIC = {"040", "041", "044", "046", "030", "036", "057", "060", "061", "062", "0871",
             "190", "193"}

# Verbs whose plural subject acts on itself both ways ("the two sides traded accusations").
RECIPROCAL = {"trade", "exchange", "swap"}

# Event nouns whose "of" phrase names the actor, not the target ("the sanctions of the US",
# against "the occupation of Crimea").
OF_AGENT_NOUNS = {"sanction", "embargo", "condemnation", "criticism", "ultimatum", "accusation"}

# Attack words that are a verbal attack (CAMEO 111) when nothing in the sentence speaks of
# arms, forces or bloodshed ("officials attack Trump ferociously").
VERBAL_ATTACKS = {"attack", "assault"}

# Words that make a sentence military: an "attack" in it is a material one.
MILITARY_WORDS = {
    "troops", "troop", "soldier", "soldiers", "army", "armies", "military", "militaries",
    "force", "forces", "navy", "naval", "marines", "missile", "missiles", "rocket", "rockets",
    "bomb", "bombs", "bombing", "bomber", "bombers", "drone", "drones", "jet", "jets",
    "warplane", "warplanes", "aircraft", "artillery", "tank", "tanks", "weapon", "weapons",
    "gun", "guns", "gunmen", "gunman", "shell", "shells", "shelling", "airstrike",
    "airstrikes", "strike", "strikes", "war", "wars", "terrorist", "terrorists", "terror",
    "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "jihadist",
    "jihadists", "fighter", "fighters", "militia", "militias", "kill", "killed", "killing",
    "dead", "wounded", "casualties", "explosion", "explosive", "explosives", "raid",
    "invasion", "sonic", "acoustic", "chemical", "cyber", "cyberattack", "hacker",
    "hackers", "knife", "stabbing", "shooting", "shot", "battle", "combat", "offensive",
    "attacker", "attackers", "injured", "injury", "injuries", "victims", "police",
}

# Nouns for places: what is attacked there is attacked materially.
PLACE_WORDS = {"base", "bases", "city", "town", "village", "embassy", "consulate", "border",
               "position", "positions", "airfield", "port", "ship", "ships", "convoy",
               "territory", "region", "province", "capital", "facility", "facilities",
               "compound", "checkpoint", "headquarters", "building", "plant", "station"}
