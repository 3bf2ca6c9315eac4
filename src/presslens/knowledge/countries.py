"""Countries with their names, short forms, demonyms and capitals, keyed by CAMEO code.

pycountry supplies the ISO names; it lacks demonyms, capitals and the names newsrooms use
("Britain", "the Kremlin", "Washington"), which we add here.  CAMEO country codes are ISO 3166-1
alpha-3 for every country we list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import pycountry

# code: (short forms, demonyms, capitals and seats of power used as metonyms)
_EXTRA: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": ((), ("Afghan", "Afghans"), ("Kabul",)),
    "ALB": ((), ("Albanian", "Albanians"), ("Tirana",)),
    "DZA": ((), ("Algerian", "Algerians"), ("Algiers",)),
    "AGO": ((), ("Angolan", "Angolans"), ("Luanda",)),
    "ARG": ((), ("Argentine", "Argentinian", "Argentines", "Argentinians"), ("Buenos Aires",)),
    "ARM": ((), ("Armenian", "Armenians"), ("Yerevan",)),
    "AUS": ((), ("Australian", "Australians"), ("Canberra",)),
    "AUT": ((), ("Austrian", "Austrians"), ("Vienna",)),
    "AZE": ((), ("Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"), ("Baku",)),
    "BHR": ((), ("Bahraini", "Bahrainis"), ("Manama",)),
    "BGD": ((), ("Bangladeshi", "Bangladeshis"), ("Dhaka",)),
    "BLR": ((), ("Belarusian", "Belarusians"), ("Minsk",)),
    "BEL": ((), ("Belgian", "Belgians"), ("Brussels",)),
    "BOL": (("Bolivia",), ("Bolivian", "Bolivians"), ("La Paz", "Sucre")),
    "BIH": (("Bosnia",), ("Bosnian", "Bosnians"), ("Sarajevo",)),
    "BRA": ((), ("Brazilian", "Brazilians"), ("Brasilia", "Brasília")),
    "BGR": ((), ("Bulgarian", "Bulgarians"), ("Sofia",)),
    "BFA": ((), ("Burkinabe",), ("Ouagadougou",)),
    "KHM": ((), ("Cambodian", "Cambodians"), ("Phnom Penh",)),
    "CMR": ((), ("Cameroonian", "Cameroonians"), ("Yaounde",)),
    "CAN": ((), ("Canadian", "Canadians"), ("Ottawa",)),
    "CAF": ((), ("Central African",), ("Bangui",)),
    "TCD": ((), ("Chadian", "Chadians"), ("N'Djamena",)),
    "CHL": ((), ("Chilean", "Chileans"), ("Santiago",)),
    "CHN": (("China", "PRC"), ("Chinese",), ("Beijing", "Peking")),
    "COL": ((), ("Colombian", "Colombians"), ("Bogota", "Bogotá")),
    "COD": (("DR Congo", "DRC", "Democratic Republic of Congo"), ("Congolese",), ("Kinshasa",)),
    "COG": (("Congo-Brazzaville",), (), ("Brazzaville",)),
    "CRI": ((), ("Costa Rican", "Costa Ricans"), ("San Jose",)),
    "HRV": ((), ("Croatian", "Croatians", "Croat", "Croats"), ("Zagreb",)),
    "CUB": ((), ("Cuban", "Cubans"), ("Havana",)),
    "CYP": ((), ("Cypriot", "Cypriots"), ("Nicosia",)),
    "CZE": (("Czech Republic", "Czechia"), ("Czech", "Czechs"), ("Prague",)),
    "DNK": ((), ("Danish", "Dane", "Danes"), ("Copenhagen",)),
    "DOM": ((), ("Dominican", "Dominicans"), ("Santo Domingo",)),
    "ECU": ((), ("Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"), ("Quito",)),
    "EGY": ((), ("Egyptian", "Egyptians"), ("Cairo",)),
    "SLV": ((), ("Salvadoran", "Salvadorans"), ("San Salvador",)),
    "ERI": ((), ("Eritrean", "Eritreans"), ("Asmara",)),
    "EST": ((), ("Estonian", "Estonians"), ("Tallinn",)),
    "ETH": ((), ("Ethiopian", "Ethiopians"), ("Addis Ababa",)),
    "FIN": ((), ("Finnish", "Finn", "Finns"), ("Helsinki",)),
    "FRA": ((), ("French", "Frenchman", "Frenchmen"), ("Paris", "Elysee", "Élysée")),
    "GEO": ((), ("Georgian", "Georgians"), ("Tbilisi",)),
    "DEU": ((), ("German", "Germans"), ("Berlin",)),
    "GHA": ((), ("Ghanaian", "Ghanaians"), ("Accra",)),
    "GRC": ((), ("Greek", "Greeks"), ("Athens",)),
    "GTM": ((), ("Guatemalan", "Guatemalans"), ("Guatemala City",)),
    "HTI": ((), ("Haitian", "Haitians"), ("Port-au-Prince",)),
    "HND": ((), ("Honduran", "Hondurans"), ("Tegucigalpa",)),
    "HUN": ((), ("Hungarian", "Hungarians"), ("Budapest",)),
    "ISL": ((), ("Icelandic", "Icelander", "Icelanders"), ("Reykjavik",)),
    "IND": ((), ("Indian", "Indians"), ("New Delhi", "Delhi")),
    "IDN": ((), ("Indonesian", "Indonesians"), ("Jakarta",)),
    # ("the Islamic Republic" in the news is Iran; Pakistan, Afghanistan and Mauritania are
    # called by their names)
    "IRN": (("Iran", "Islamic Republic"), ("Iranian", "Iranians"), ("Tehran",)),
    "IRQ": ((), ("Iraqi", "Iraqis"), ("Baghdad",)),
    "IRL": ((), ("Irish",), ("Dublin",)),
    "ISR": ((), ("Israeli", "Israelis"), ("Jerusalem",)),
    "ITA": ((), ("Italian", "Italians"), ("Rome",)),
    "CIV": (("Ivory Coast",), ("Ivorian", "Ivorians"), ("Abidjan", "Yamoussoukro")),
    "JAM": ((), ("Jamaican", "Jamaicans"), ("Kingston",)),
    "JPN": ((), ("Japanese",), ("Tokyo",)),
    "JOR": ((), ("Jordanian", "Jordanians"), ("Amman",)),
    "KAZ": ((), ("Kazakh", "Kazakhs", "Kazakhstani"), ("Astana",)),
    "KEN": ((), ("Kenyan", "Kenyans"), ("Nairobi",)),
    "PRK": (("North Korea", "DPRK"), ("North Korean", "North Koreans"), ("Pyongyang",)),
    "KOR": (("South Korea", "Korea"), ("South Korean", "South Koreans"), ("Seoul",)),
    "XKX": (("Kosovo",), ("Kosovar", "Kosovars"), ("Pristina",)),
    "KWT": ((), ("Kuwaiti", "Kuwaitis"), ("Kuwait City",)),
    "KGZ": ((), ("Kyrgyz",), ("Bishkek",)),
    "LAO": (("Laos",), ("Lao", "Laotian"), ("Vientiane",)),
    "LVA": ((), ("Latvian", "Latvians"), ("Riga",)),
    "LBN": ((), ("Lebanese",), ("Beirut",)),
    "LBR": ((), ("Liberian", "Liberians"), ("Monrovia",)),
    "LBY": ((), ("Libyan", "Libyans"), ("Tripoli",)),
    "LTU": ((), ("Lithuanian", "Lithuanians"), ("Vilnius",)),
    "MKD": (("Macedonia",), ("Macedonian", "Macedonians"), ("Skopje",)),
    "MDG": ((), ("Malagasy",), ("Antananarivo",)),
    "MYS": ((), ("Malaysian", "Malaysians"), ("Kuala Lumpur",)),
    "MLI": ((), ("Malian", "Malians"), ("Bamako",)),
    "MEX": ((), ("Mexican", "Mexicans"), ("Mexico City",)),
    "MDA": (("Moldova",), ("Moldovan", "Moldovans"), ("Chisinau",)),
    "MNG": ((), ("Mongolian", "Mongolians"), ("Ulaanbaatar",)),
    "MNE": ((), ("Montenegrin", "Montenegrins"), ("Podgorica",)),
    "MAR": ((), ("Moroccan", "Moroccans"), ("Rabat",)),
    "MOZ": ((), ("Mozambican", "Mozambicans"), ("Maputo",)),
    "MMR": (("Burma",), ("Burmese",), ("Naypyidaw", "Yangon", "Rangoon")),
    "NAM": ((), ("Namibian", "Namibians"), ("Windhoek",)),
    "NPL": ((), ("Nepalese", "Nepali"), ("Kathmandu",)),
    "NLD": (("Holland",), ("Dutch",), ("Amsterdam", "The Hague")),
    "NZL": ((), ("New Zealander", "New Zealanders"), ("Wellington",)),
    "NIC": ((), ("Nicaraguan", "Nicaraguans"), ("Managua",)),
    "NER": ((), ("Nigerien", "Nigeriens"), ("Niamey",)),
    "NGA": ((), ("Nigerian", "Nigerians"), ("Abuja",)),
    "NOR": ((), ("Norwegian", "Norwegians"), ("Oslo",)),
    "OMN": ((), ("Omani", "Omanis"), ("Muscat",)),
    "PAK": ((), ("Pakistani", "Pakistanis"), ("Islamabad",)),
    "PSE": (
        ("Palestine", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"),
        ("Palestinian", "Palestinians"),
        ("Ramallah",),
    ),
    "PAN": ((), ("Panamanian", "Panamanians"), ("Panama City",)),
    "PRY": ((), ("Paraguayan", "Paraguayans"), ("Asuncion",)),
    "PER": ((), ("Peruvian", "Peruvians"), ("Lima",)),
    "PHL": (("the Philippines",), ("Filipino", "Filipinos", "Philippine"), ("Manila",)),
    "POL": ((), ("Polish", "Pole", "Poles"), ("Warsaw",)),
    "PRT": ((), ("Portuguese",), ("Lisbon",)),
    "QAT": ((), ("Qatari", "Qataris"), ("Doha",)),
    "ROU": ((), ("Romanian", "Romanians"), ("Bucharest",)),
    "RUS": (("Russia",), ("Russian", "Russians"), ("Moscow", "Kremlin")),
    "RWA": ((), ("Rwandan", "Rwandans"), ("Kigali",)),
    "SAU": ((), ("Saudi", "Saudis"), ("Riyadh",)),
    "SEN": ((), ("Senegalese",), ("Dakar",)),
    "SRB": ((), ("Serbian", "Serbians", "Serb", "Serbs"), ("Belgrade",)),
    "SLE": ((), ("Sierra Leonean",), ("Freetown",)),
    "SGP": ((), ("Singaporean", "Singaporeans"), ()),
    "SVK": ((), ("Slovak", "Slovaks", "Slovakian"), ("Bratislava",)),
    "SVN": ((), ("Slovenian", "Slovenians", "Slovene"), ("Ljubljana",)),
    "SOM": ((), ("Somali", "Somalis"), ("Mogadishu",)),
    "ZAF": ((), ("South African", "South Africans"), ("Pretoria", "Cape Town")),
    "SSD": ((), ("South Sudanese",), ("Juba",)),
    "ESP": ((), ("Spanish", "Spaniard", "Spaniards"), ("Madrid",)),
    "LKA": ((), ("Sri Lankan", "Sri Lankans"), ("Colombo",)),
    "SDN": ((), ("Sudanese",), ("Khartoum",)),
    "SWE": ((), ("Swedish", "Swede", "Swedes"), ("Stockholm",)),
    "CHE": ((), ("Swiss",), ("Bern",)),
    "SYR": (("Syria",), ("Syrian", "Syrians"), ("Damascus",)),
    "TWN": (("Taiwan",), ("Taiwanese",), ("Taipei",)),
    "TJK": ((), ("Tajik", "Tajiks"), ("Dushanbe",)),
    "TZA": (("Tanzania",), ("Tanzanian", "Tanzanians"), ("Dodoma", "Dar es Salaam")),
    "THA": ((), ("Thai",), ("Bangkok",)),
    "TUN": ((), ("Tunisian", "Tunisians"), ("Tunis",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish", "Turk", "Turks"), ("Ankara",)),
    "TKM": ((), ("Turkmen",), ("Ashgabat",)),
    "UGA": ((), ("Ugandan", "Ugandans"), ("Kampala",)),
    "UKR": ((), ("Ukrainian", "Ukrainians"), ("Kyiv", "Kiev")),
    "ARE": (("UAE", "U.A.E.", "Emirates"), ("Emirati", "Emiratis"), ("Abu Dhabi",)),
    "GBR": (
        ("Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"),
        ("British", "Briton", "Britons", "English", "Scottish", "Welsh"),
        ("London", "Downing Street", "Whitehall"),
    ),
    "USA": (
        ("United States", "US", "U.S.", "USA", "U.S.A.", "America"),
        ("American", "Americans"),
        ("Washington", "White House", "Pentagon"),
    ),
    "URY": ((), ("Uruguayan", "Uruguayans"), ("Montevideo",)),
    "UZB": ((), ("Uzbek", "Uzbeks"), ("Tashkent",)),
    "VEN": (("Venezuela",), ("Venezuelan", "Venezuelans"), ("Caracas",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Vietnamese",), ("Hanoi",)),
    "YEM": ((), ("Yemeni", "Yemenis"), ("Sanaa", "Sana'a", "Aden")),
    "ZMB": ((), ("Zambian", "Zambians"), ("Lusaka",)),
    "ZWE": ((), ("Zimbabwean", "Zimbabweans"), ("Harare",)),
    "VAT": (("Vatican", "Holy See"), (), ()),
}

# Cities the news names often, beyond capitals (a reported strike "near Kharkiv" is in Ukraine).
_CITIES: dict[str, tuple[str, ...]] = {
    "UKR": (
        "Kharkiv",
        "Odesa",
        "Odessa",
        "Lviv",
        "Mariupol",
        "Donetsk",
        "Luhansk",
        "Dnipro",
        "Zaporizhzhia",
        "Kherson",
        "Bakhmut",
        "Avdiivka",
        "Crimea",
        "Donbas",
        "Sumy",
    ),
    "RUS": ("St Petersburg", "Saint Petersburg", "Belgorod", "Kursk", "Novosibirsk"),
    "PSE": ("Rafah", "Khan Younis", "Jenin", "Nablus", "Hebron"),
    "ISR": ("Tel Aviv", "Haifa"),
    "SYR": ("Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor"),
    "IRQ": ("Mosul", "Basra", "Erbil", "Kirkuk", "Fallujah"),
    "YEM": ("Hodeidah", "Marib", "Taiz"),
    "LBN": ("Tyre", "Sidon"),
    "AFG": ("Kandahar", "Herat", "Helmand", "Jalalabad"),
    "PAK": ("Karachi", "Lahore", "Peshawar", "Quetta"),
    "IND": ("Mumbai", "Kashmir", "Kolkata"),
    "CHN": ("Shanghai", "Guangzhou", "Hong Kong", "Xinjiang", "Tibet", "Shenzhen"),
    "TUR": ("Istanbul", "Izmir"),
    "NGA": ("Lagos", "Kano", "Maiduguri"),
    "SDN": ("Darfur", "Omdurman", "El Fasher"),
    "COD": ("Goma", "Bukavu"),
    "LBY": ("Benghazi", "Misrata"),
    "USA": ("New York", "Los Angeles", "Chicago"),
    "DEU": ("Munich", "Hamburg"),
    "MLI": ("Timbuktu", "Gao", "Kidal"),
    "ETH": ("Tigray", "Mekelle"),
    "MMR": ("Mandalay",),
    "VEN": ("Maracaibo",),
}


@dataclass(frozen=True)
class Country:
    """A country: its CAMEO code and every name the press uses for it."""

    code: str
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=())


def _plain(text: str) -> str:
    """Drop a parenthesised or comma qualifier from an ISO name ("Iran, Islamic Republic of")."""
    return re.sub(r"\s*[,(].*$", "", text).strip()


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country, keyed by CAMEO code."""
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        names = {c.name, _plain(c.name)}
        for attr in ("common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
        short, demonyms, capitals = _EXTRA.get(c.alpha_3, ((), (), ()))
        capitals = tuple(capitals) + _CITIES.get(c.alpha_3, ())
        names.update(short)
        out[c.alpha_3] = Country(
            code=c.alpha_3,
            name=getattr(c, "common_name", None) or _plain(c.name),
            names=tuple(sorted(n for n in names if n)),
            demonyms=demonyms,
            capitals=capitals,
        )
    # Kosovo has no ISO code yet; the press and CAMEO (KSV) both use it.
    short, demonyms, capitals = _EXTRA["XKX"]
    out["XKX"] = Country("XKX", "Kosovo", short, demonyms, capitals)
    return out


@functools.lru_cache(maxsize=1)
def name_index() -> dict[str, tuple[str, str]]:
    """Lower-cased name -> (country code, kind) where kind is name, demonym or capital."""
    index: dict[str, tuple[str, str]] = {}
    for country in countries().values():
        for kind, values in (
            ("capital", country.capitals),
            ("demonym", country.demonyms),
            ("name", country.names),
        ):
            for value in values:
                key = value.lower()
                key = key.removeprefix("the ")
                # A country's own name wins over another's capital ("Georgia" the state aside).
                index[key] = (country.code, kind)
    index.pop("us", None)  # "us" the pronoun; "US" is handled case-sensitively by lookup()
    return index


def lookup(text: str) -> tuple[str, str] | None:
    """The (code, kind) a phrase names, if it names a country, a demonym or a capital."""
    if text in ("US", "U.S", "U.S."):
        return ("USA", "name")
    key = text.strip().lower()
    key = key.removeprefix("the ")
    key = re.sub(r"['’]s$", "", key)
    return name_index().get(key)


@functools.lru_cache(maxsize=1)
def max_words() -> int:
    """The longest country phrase, in words (bounds the phrase scan)."""
    return max(len(k.split()) for k in name_index())


# Peoples with no state of their own, by the states they live in: in an article, such a people
# belongs to whichever of these states the article names most ("the Kurds" in a piece on
# Iraq's referendum are IRQ, Kurdish fighters in a piece on Syria's war SYR), as the CAMEO
# coders file them under the country they act in.
STATELESS_PEOPLES: dict[str, tuple[str, ...]] = {
    "kurd": ("IRQ", "SYR", "TUR", "IRN"),
    "kurds": ("IRQ", "SYR", "TUR", "IRN"),
    "kurdish": ("IRQ", "SYR", "TUR", "IRN"),
    "kurdistan": ("IRQ", "SYR", "TUR", "IRN"),
    "yazidi": ("IRQ", "SYR"),
    "yazidis": ("IRQ", "SYR"),
    "druze": ("ISR", "SYR", "LBN"),
    "uyghur": ("CHN",),
    "uyghurs": ("CHN",),
    "uighur": ("CHN",),
    "uighurs": ("CHN",),
    "tibetan": ("CHN",),
    "tibetans": ("CHN",),
    "rohingya": ("MMR",),
    "chechen": ("RUS",),
    "chechens": ("RUS",),
    "baloch": ("PAK", "IRN"),
    "baluch": ("PAK", "IRN"),
    "pashtun": ("AFG", "PAK"),
    "pashtuns": ("AFG", "PAK"),
    "tamil": ("LKA", "IND"),
    "tamils": ("LKA", "IND"),
}
