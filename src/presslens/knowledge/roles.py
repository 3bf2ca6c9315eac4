"""The role lexicon: words for offices, forces and bodies, mapped to CAMEO role codes.

A role word alone ("the army") codes a role with no country; with a country in its phrase
("the Russian navy", "Turkey's intelligence agency") it codes country + role.  Multi-word keys
win over their last word ("foreign minister" -> GOV before "minister").
"""

from __future__ import annotations

import functools

# lemma or phrase (lower case) -> CAMEO role code
ROLES: dict[str, str] = {
    # executive and government
    "president": "GOV", "vice president": "GOV", "prime minister": "GOV", "premier": "GOV",
    "chancellor": "GOV", "minister": "GOV", "ministry": "GOV", "secretary": "GOV",
    "secretary of state": "GOV", "foreign minister": "GOV", "foreign ministry": "GOV",
    "defence minister": "GOV", "defense minister": "GOV", "defense secretary": "GOV",
    "government": "GOV", "administration": "GOV", "cabinet": "GOV", "official": "GOV",
    "officials": "GOV", "authorities": "GOV", "authority": "GOV", "king": "GOV",
    "queen": "GOV", "emir": "GOV", "sultan": "GOV", "crown prince": "GOV", "monarch": "GOV",
    "governor": "GOV", "mayor": "GOV", "ambassador": "GOV", "envoy": "GOV", "diplomat": "GOV",
    "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "regime": "GOV",
    "leader": "GOV", "head of state": "GOV", "state department": "GOV", "junta": "MIL",
    "embassy": "GOV", "counterpart": "GOV", "consulate": "GOV", "kremlin": "GOV", "white house": "GOV",
    "pentagon": "MIL", "presidency": "GOV", "interior ministry": "GOV",
    # military
    "army": "MIL", "military": "MIL", "navy": "MIL", "air force": "MIL", "forces": "MIL",
    "armed forces": "MIL", "troops": "MIL", "soldier": "MIL", "soldiers": "MIL",
    "general": "MIL", "commander": "MIL", "admiral": "MIL", "marines": "MIL",
    "warship": "MIL", "warships": "MIL", "submarine": "MIL", "submarines": "MIL",
    "jets": "MIL", "fighter jets": "MIL", "warplanes": "MIL", "defence ministry": "MIL",
    "defense ministry": "MIL", "coast guard": "MIL", "national guard": "MIL",
    "peacekeepers": "MIL", "battalion": "MIL", "brigade": "MIL", "militia": "MIL",
    "colonel": "MIL", "border guards": "MIL", "crews": "", "engineers": "",
    # police and security
    "police": "COP", "police officers": "COP", "officers": "COP", "security forces": "COP",
    "gendarmerie": "COP", "interior minister": "GOV",
    # intelligence
    "intelligence": "SPY", "intelligence agency": "SPY", "intelligence service": "SPY",
    "spy agency": "SPY", "national intelligence organization": "SPY",
    # judiciary and legislature
    "court": "JUD", "supreme court": "JUD", "judge": "JUD", "judges": "JUD",
    "prosecutor": "JUD", "prosecutors": "JUD", "attorney general": "JUD", "judiciary": "JUD",
    "tribunal": "JUD", "bloc": "", "alliance": "",
    "parliament": "LEG", "congress": "LEG", "senate": "LEG", "senator": "LEG",
    "lawmaker": "LEG", "lawmakers": "LEG", "legislator": "LEG", "legislature": "LEG",
    "mp": "LEG", "mps": "LEG", "deputies": "LEG", "assembly": "LEG", "duma": "LEG",
    "congressman": "LEG", "congresswoman": "LEG", "house of representatives": "LEG",
    # opposition and rebels
    "opposition": "OPP", "opposition leader": "OPP", "dissident": "OPP", "dissidents": "OPP",
    "activist": "OPP", "activists": "OPP", "protesters": "OPP", "demonstrators": "OPP",
    "rebels": "REB", "rebel": "REB", "insurgents": "REB", "insurgent": "REB",
    "guerrillas": "REB", "separatists": "SEP", "militants": "REB", "militant": "REB",
    "jihadists": "REB", "fighters": "REB", "putschists": "REB", "coup leaders": "MIL",
    # society
    "media": "MED", "journalist": "MED", "journalists": "MED", "newspaper": "MED",
    "reporter": "MED", "reporters": "MED", "broadcaster": "MED", "state media": "GOVMED",
    "company": "BUS", "companies": "BUS", "firm": "BUS", "firms": "BUS", "business": "BUS",
    "businessman": "BUS", "bank": "BUS", "banks": "BUS", "corporation": "BUS",
    "ngo": "NGO", "charity": "NGO", "aid group": "NGO", "rights group": "NGO",
    "students": "EDU", "university": "EDU", "professor": "EDU", "scholars": "EDU",
    "church": "REL", "cleric": "REL", "clerics": "REL", "bishop": "REL", "imam": "REL",
    "priest": "REL", "pope": "REL",
    "civilians": "CVL", "villagers": "CVL", "residents": "CVL", "citizens": "CVL",
    "people": "CVL", "refugees": "REF", "migrants": "REF", "workers": "LAB", "union": "LAB",
    "unions": "LAB", "farmers": "AGR", "doctors": "HLH",
}

#: Person titles that code a public role when they precede a name ("President X").
TITLES: dict[str, str] = {
    k: v for k, v in ROLES.items()
    if k in {"president", "vice president", "prime minister", "premier", "chancellor",
             "minister", "foreign minister", "defence minister", "defense minister",
             "secretary", "secretary of state", "king", "queen", "emir", "sultan",
             "crown prince", "governor", "mayor", "ambassador", "envoy", "general",
             "commander", "admiral", "colonel", "senator", "judge", "prosecutor",
             "spokesman", "spokeswoman", "opposition leader", "leader", "pope", "imam",
             "attorney general", "interior minister", "defense secretary"}
}

# Organisations the press names without a country: name (lower case) -> CAMEO code.
ORGANISATIONS: dict[str, str] = {
    "united nations": "IGOUNO", "un": "IGOUNO", "u.n.": "IGOUNO",
    "security council": "IGOUNO", "un security council": "IGOUNO",
    "nato": "IGOWSTNAT", "european union": "IGOEEU", "eu": "IGOEEU",
    "european commission": "IGOEEU", "brussels": "IGOEEU", "african union": "IGOAFRAFU", "au": "IGOAFRAFU",
    "arab league": "IGOARBALF", "ecowas": "IGOWAFECW", "csto": "IGOEURCST",
    "collective security treaty organization": "IGOEURCST", "sco": "IGOASISCO",
    "gulf cooperation council": "IGOMEAGCC", "gcc": "IGOMEAGCC", "g7": "IGOG7",
    "osce": "IGOEUROSC", "oas": "IGOWSTOAS", "european parliament": "IGOEEULEG",
    "international court of justice": "IGOUNOICJ", "icj": "IGOUNOICJ",
    "unhcr": "IGOUNOHCR", "unicef": "IGOUNOUNF", "interpol": "IGOCOPITP", "asean": "IGOSEAASN", "opec": "IGOBUSOPC",
    "imf": "IGOBUSIMF", "international monetary fund": "IGOBUSIMF",
    "world bank": "IGOBUSWBK", "who": "IGOUNOWHO", "world health organization": "IGOUNOWHO",
    "iaea": "IGOUNOIAE", "icc": "IGOUNOICC", "international criminal court": "IGOUNOICC",
    "wto": "IGOBUSWTO", "red cross": "NGOIRC", "icrc": "NGOIRC",
    "amnesty international": "NGOAMN", "human rights watch": "NGOHRW",
    "hamas": "PSEREBHMS", "hezbollah": "LBNREBHEZ", "taliban": "AFGREBTAL",
    "islamic state": "IMGMOSISI", "isis": "IMGMOSISI", "isil": "IMGMOSISI",
    "al-qaeda": "IMGMOSALQ", "al qaeda": "IMGMOSALQ", "houthis": "YEMREBHTI",
    "houthi": "YEMREBHTI", "wagner": "RUSMILWAG", "wagner group": "RUSMILWAG",
    "hts": "SYRREB", "pkk": "TURREBPKK", "ypg": "SYRREBYPG", "cia": "USASPY",
    "fbi": "USACOP", "nsa": "USASPY", "mossad": "ISRSPY", "fsb": "RUSSPY", "kgb": "RUSSPY",
    "gru": "RUSSPY", "mi6": "GBRSPY", "idf": "ISRMIL", "kremlin": "RUSGOV",
    "white house": "USAGOV", "pentagon": "USAMIL", "state department": "USAGOV",
    "downing street": "GBRGOV", "elysee": "FRAGOV",
    "irgc": "IRNMIL", "revolutionary guard": "IRNMIL", "revolutionary guards": "IRNMIL",
    "revolutionary guard corps": "IRNMIL", "iranian revolutionary guard corps": "IRNMIL",
    "quds force": "IRNMIL", "basij": "IRNMIL", "pla": "CHNMIL",
    "people's liberation army": "CHNMIL", "bundeswehr": "DEUMIL", "knesset": "ISRLEG",
    "bundestag": "DEULEG", "state duma": "RUSLEG", "rada": "UKRLEG",
    "verkhovna rada": "UKRLEG", "politburo": "CHNGOV",
}


# Well-known political figures: name (lower case) -> country.  Country only, no role: roles
# change with time (the PETRARCH dictionaries carry dated roles; --dictionaries adds them).
PEOPLE: dict[str, str] = {
    "obama": "USA", "barack obama": "USA", "trump": "USA", "donald trump": "USA",
    "biden": "USA", "joe biden": "USA", "kamala harris": "USA", "pompeo": "USA",
    "mike pompeo": "USA", "putin": "RUS", "vladimir putin": "RUS", "lavrov": "RUS",
    "sergei lavrov": "RUS", "medvedev": "RUS", "xi jinping": "CHN", "xi": "CHN",
    "zelensky": "UKR", "zelenskyy": "UKR", "volodymyr zelensky": "UKR", "macron": "FRA",
    "emmanuel macron": "FRA", "scholz": "DEU", "olaf scholz": "DEU", "merkel": "DEU",
    "angela merkel": "DEU", "erdogan": "TUR", "recep tayyip erdogan": "TUR",
    "netanyahu": "ISR", "benjamin netanyahu": "ISR", "khamenei": "IRN",
    "ayatollah khamenei": "IRN", "rouhani": "IRN", "kim jong-un": "PRK", "kim jong un": "PRK",
    "modi": "IND", "narendra modi": "IND", "assad": "SYR", "bashar al-assad": "SYR",
    "lukashenko": "BLR", "alexander lukashenko": "BLR", "orban": "HUN", "viktor orban": "HUN",
    "sunak": "GBR", "starmer": "GBR", "boris johnson": "GBR", "theresa may": "GBR",
    "gorbachev": "RUS", "mikhail gorbachev": "RUS", "kishida": "JPN", "maduro": "VEN",
    "nicolas maduro": "VEN", "lula": "BRA", "bolsonaro": "BRA", "mbs": "SAU",
    "mohammed bin salman": "SAU", "sisi": "EGY", "abdel fattah al-sisi": "EGY",
    # People in public roles the press names without their country: office holders of the
    # last decades, party figures, and the few private people whose political acts make news
    # (a person's country is where they belong in the world: George Soros is USA).
    "george w. bush": "USA", "george bush": "USA", "bill clinton": "USA",
    "hillary clinton": "USA", "john kerry": "USA", "rex tillerson": "USA",
    "john bolton": "USA", "nikki haley": "USA", "jim mattis": "USA", "james mattis": "USA",
    "mike pence": "USA", "steve bannon": "USA", "jared kushner": "USA",
    "robert mueller": "USA", "james comey": "USA", "jeff sessions": "USA",
    "nancy pelosi": "USA", "chuck schumer": "USA", "mitch mcconnell": "USA",
    "paul ryan": "USA", "john mccain": "USA", "bernie sanders": "USA",
    "lindsey graham": "USA", "marco rubio": "USA", "ted cruz": "USA",
    "rudy giuliani": "USA", "george soros": "USA", "soros": "USA", "robert spencer": "USA",
    "pamela geller": "USA", "newt gingrich": "USA", "dick cheney": "USA",
    "condoleezza rice": "USA", "susan rice": "USA", "samantha power": "USA",
    "john brennan": "USA", "james clapper": "USA", "antony blinken": "USA",
    "lloyd austin": "USA", "jake sullivan": "USA", "steven mnuchin": "USA",
    "tony blair": "GBR", "gordon brown": "GBR", "david cameron": "GBR",
    "jeremy corbyn": "GBR", "nigel farage": "GBR", "chris bryant": "GBR",
    "sadiq khan": "GBR", "amber rudd": "GBR", "sajid javid": "GBR",
    "jeremy hunt": "GBR", "liz truss": "GBR", "tommy robinson": "GBR",
    "jayda fransen": "GBR",
    "nicolas sarkozy": "FRA", "francois hollande": "FRA", "marine le pen": "FRA",
    "gerhard schroeder": "DEU", "horst seehofer": "DEU", "sigmar gabriel": "DEU",
    "heiko maas": "DEU", "ursula von der leyen": "DEU",
    "matteo salvini": "ITA", "giuseppe conte": "ITA", "silvio berlusconi": "ITA",
    "geert wilders": "NLD", "mark rutte": "NLD", "sebastian kurz": "AUT",
    "justin trudeau": "CAN", "malcolm turnbull": "AUS", "scott morrison": "AUS",
    "shinzo abe": "JPN", "moon jae-in": "KOR", "park geun-hye": "KOR",
    "kim jong-il": "PRK", "kim il-sung": "PRK", "kim yo-jong": "PRK",
    "wang yi": "CHN", "li keqiang": "CHN", "hu jintao": "CHN",
    "dmitry medvedev": "RUS", "dmitry peskov": "RUS", "sergei shoigu": "RUS",
    "maria zakharova": "RUS", "alexei navalny": "RUS", "sergei skripal": "RUS",
    "petro poroshenko": "UKR", "viktor yanukovych": "UKR",
    "hassan rouhani": "IRN", "ali khamenei": "IRN", "javad zarif": "IRN",
    "mohammad javad zarif": "IRN", "mahmoud ahmadinejad": "IRN", "qassem soleimani": "IRN",
    "bashar assad": "SYR", "haider al-abadi": "IRQ",
    "saddam hussein": "IRQ", "muammar gaddafi": "LBY", "gaddafi": "LBY",
    "muammar kadaffi": "LBY", "kadaffi": "LBY", "qaddafi": "LBY",
    "mahmoud abbas": "PSE", "avigdor lieberman": "ISR", "naftali bennett": "ISR",
    "bibi": "ISR", "bibi netanyahu": "ISR", "king salman": "SAU", "imran khan": "PAK",
    "nawaz sharif": "PAK", "ashraf ghani": "AFG", "hamid karzai": "AFG",
    "rodrigo duterte": "PHL", "duterte": "PHL", "jacob zuma": "ZAF",
    "hugo chavez": "VEN", "raul castro": "CUB", "fidel castro": "CUB",
}


@functools.lru_cache(maxsize=1)
def max_words() -> int:
    """The longest role or organisation phrase, in words."""
    return max(len(k.split()) for k in (*ROLES, *ORGANISATIONS))


def role_of(phrase: str) -> str | None:
    """The CAMEO role code of a role word or phrase (lower-cased lookup), if it is one."""
    code = ROLES.get(phrase.lower())
    return code if code else None
