"""The CAMEO event codebook: codes, names, quad classes, Goldstein values and PLOVER types.

Codes and names follow the CAMEO 1.1b3 codebook (Schrodt et al.).  Goldstein values follow the
Goldstein (1992) conflict-cooperation scale as GDELT attaches it to CAMEO codes; a subcode we do
not list takes its parent's value.  Quad classes follow GDELT: 1 verbal cooperation (roots
01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
PLOVER has no public-statement type, so root 01 maps to ``COMMENT`` except where a subcode
fits a PLOVER type (accord, denial, empathy).
"""

from __future__ import annotations

from dataclasses import dataclass

# code: (name, goldstein)
CODES: dict[str, tuple[str, float]] = {
    "01": ("Make public statement", 0.0),
    "010": ("Make statement", 0.0),
    "011": ("Decline comment", -0.1),
    "012": ("Make pessimistic comment", -0.4),
    "013": ("Make optimistic comment", 0.4),
    "014": ("Consider policy option", 0.0),
    "015": ("Acknowledge or claim responsibility", 0.0),
    "016": ("Deny responsibility", 3.4),
    "017": ("Engage in symbolic act", 0.0),
    "018": ("Make empathetic comment", 3.4),
    "019": ("Express accord", 3.4),
    "02": ("Appeal", 3.0),
    "020": ("Make an appeal or request", 3.0),
    "021": ("Appeal for material cooperation", 3.4),
    "022": ("Appeal for diplomatic cooperation", 3.2),
    "023": ("Appeal for aid", 3.4),
    "024": ("Appeal for political reform", -0.3),
    "025": ("Appeal to yield", -0.3),
    "026": ("Appeal to others to meet or negotiate", 4.0),
    "027": ("Appeal to others to settle dispute", 4.0),
    "028": ("Appeal to engage in or accept mediation", 4.0),
    "03": ("Express intent to cooperate", 4.0),
    "030": ("Express intent to cooperate", 4.0),
    "031": ("Express intent to engage in material cooperation", 5.2),
    "032": ("Express intent to provide diplomatic cooperation", 4.5),
    "033": ("Express intent to provide material aid", 5.2),
    "034": ("Express intent to institute political reform", 7.0),
    "035": ("Express intent to yield", 5.0),
    "036": ("Express intent to meet or negotiate", 4.0),
    "037": ("Express intent to settle dispute", 5.0),
    "038": ("Express intent to accept mediation", 7.0),
    "039": ("Express intent to mediate", 5.0),
    "04": ("Consult", 1.0),
    "040": ("Consult", 1.0),
    "041": ("Discuss by telephone", 1.0),
    "042": ("Make a visit", 1.9),
    "043": ("Host a visit", 2.8),
    "044": ("Meet at a third location", 2.5),
    "045": ("Mediate", 5.0),
    "046": ("Engage in negotiation", 7.0),
    "05": ("Engage in diplomatic cooperation", 3.5),
    "050": ("Engage in diplomatic cooperation", 3.5),
    "051": ("Praise or endorse", 3.4),
    "052": ("Defend verbally", 3.5),
    "053": ("Rally support on behalf of", 3.8),
    "054": ("Grant diplomatic recognition", 6.5),
    "055": ("Apologize", 7.0),
    "056": ("Forgive", 7.0),
    "057": ("Sign formal agreement", 8.0),
    "06": ("Engage in material cooperation", 6.0),
    "060": ("Engage in material cooperation", 6.0),
    "061": ("Cooperate economically", 6.4),
    "062": ("Cooperate militarily", 7.4),
    "063": ("Engage in judicial cooperation", 7.4),
    "064": ("Share intelligence or information", 7.0),
    "07": ("Provide aid", 7.0),
    "070": ("Provide aid", 7.0),
    "071": ("Provide economic aid", 7.4),
    "072": ("Provide military aid", 8.3),
    "073": ("Provide humanitarian aid", 7.4),
    "074": ("Provide military protection or peacekeeping", 8.5),
    "075": ("Grant asylum", 7.0),
    "08": ("Yield", 5.0),
    "080": ("Yield", 5.0),
    "081": ("Ease administrative sanctions", 5.0),
    "082": ("Ease political dissent", 5.0),
    "083": ("Accede to requests or demands for political reform", 5.0),
    "084": ("Return, release", 7.0),
    "085": ("Ease economic sanctions, boycott, embargo", 7.0),
    "086": ("Allow international involvement", 9.0),
    "087": ("De-escalate military engagement", 9.0),
    "0871": ("Declare truce, ceasefire", 9.0),
    "0874": ("Retreat or surrender militarily", 10.0),
    "09": ("Investigate", -2.0),
    "090": ("Investigate", -2.0),
    "091": ("Investigate crime, corruption", -2.0),
    "10": ("Demand", -5.0),
    "100": ("Demand", -5.0),
    "101": ("Demand material cooperation", -5.0),
    "102": ("Demand diplomatic cooperation", -5.0),
    "103": ("Demand material aid", -5.0),
    "104": ("Demand political reform", -5.0),
    "105": ("Demand that target yields", -5.0),
    "106": ("Demand meeting, negotiation", -5.0),
    "11": ("Disapprove", -2.0),
    "110": ("Disapprove", -2.0),
    "111": ("Criticize or denounce", -2.0),
    "112": ("Accuse", -2.0),
    "1121": ("Accuse of crime, corruption", -2.0),
    "1122": ("Accuse of human rights abuses", -2.0),
    "1123": ("Accuse of aggression", -2.0),
    "1124": ("Accuse of war crimes", -2.0),
    "1125": ("Accuse of espionage, treason", -2.0),
    "113": ("Rally opposition against", -2.0),
    "114": ("Complain officially", -2.0),
    "115": ("Bring lawsuit against", -2.0),
    "116": ("Find guilty or liable", -2.0),
    "12": ("Reject", -4.0),
    "120": ("Reject", -4.0),
    "121": ("Reject material cooperation", -4.0),
    "122": ("Reject request or demand for material aid", -4.0),
    "123": ("Reject request or demand for political reform", -4.0),
    "124": ("Refuse to yield", -5.0),
    "125": ("Reject proposal to meet or negotiate", -5.0),
    "126": ("Reject mediation", -5.0),
    "127": ("Reject plan, agreement to settle dispute", -5.0),
    "128": ("Defy norms, law", -4.0),
    "129": ("Veto", -5.0),
    "13": ("Threaten", -6.0),
    "130": ("Threaten", -4.4),
    "131": ("Threaten non-force", -5.8),
    "132": ("Threaten with administrative sanctions", -5.8),
    "133": ("Threaten political dissent, protest", -5.8),
    "134": ("Threaten to halt negotiations", -5.8),
    "135": ("Threaten to halt mediation", -5.8),
    "136": ("Threaten to halt international involvement", -7.0),
    "137": ("Threaten with repression", -7.0),
    "138": ("Threaten with military force", -7.0),
    "139": ("Give ultimatum", -7.0),
    "14": ("Protest", -6.5),
    "140": ("Engage in political dissent", -6.5),
    "141": ("Demonstrate or rally", -6.5),
    "142": ("Conduct hunger strike", -6.5),
    "143": ("Conduct strike or boycott", -6.5),
    "144": ("Obstruct passage, block", -7.5),
    "145": ("Protest violently, riot", -7.5),
    "15": ("Exhibit force posture", -7.2),
    "150": ("Demonstrate military or police power", -7.2),
    "151": ("Increase police alert status", -7.2),
    "152": ("Increase military alert status", -7.2),
    "153": ("Mobilize or increase police power", -7.2),
    "154": ("Mobilize or increase armed forces", -7.2),
    "16": ("Reduce relations", -4.0),
    "160": ("Reduce relations", -4.0),
    "161": ("Reduce or break diplomatic relations", -4.0),
    "162": ("Reduce or stop material aid", -5.6),
    "163": ("Impose embargo, boycott, or sanctions", -8.0),
    "164": ("Halt negotiations", -7.0),
    "165": ("Halt mediation", -7.0),
    "166": ("Expel or withdraw", -7.0),
    "17": ("Coerce", -7.0),
    "170": ("Coerce", -7.0),
    "171": ("Seize or damage property", -9.2),
    "172": ("Impose administrative sanctions", -5.0),
    "173": ("Arrest, detain, or charge with legal action", -5.0),
    "174": ("Expel or deport individuals", -5.0),
    "175": ("Use tactics of violent repression", -9.0),
    "18": ("Assault", -9.0),
    "180": ("Use unconventional violence", -9.0),
    "181": ("Abduct, hijack, or take hostage", -9.0),
    "182": ("Physically assault", -9.5),
    "183": ("Conduct suicide, car, or other non-military bombing", -10.0),
    "184": ("Use as human shield", -8.0),
    "185": ("Attempt to assassinate", -8.0),
    "186": ("Assassinate", -10.0),
    "19": ("Fight", -10.0),
    "190": ("Use conventional military force", -10.0),
    "191": ("Impose blockade, restrict movement", -9.5),
    "192": ("Occupy territory", -9.5),
    "193": ("Fight with small arms and light weapons", -10.0),
    "194": ("Fight with artillery and tanks", -10.0),
    "195": ("Employ aerial weapons", -10.0),
    "196": ("Violate ceasefire", -9.5),
    "20": ("Use unconventional mass violence", -10.0),
    "200": ("Use unconventional mass violence", -10.0),
    "201": ("Engage in mass expulsion", -9.5),
    "202": ("Engage in mass killings", -10.0),
    "203": ("Engage in ethnic cleansing", -10.0),
    "204": ("Use weapons of mass destruction", -10.0),
}

#: CAMEO root -> PLOVER event type.
PLOVER_BY_ROOT: dict[str, str] = {
    "01": "COMMENT",
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}

#: Subcodes whose PLOVER type differs from their root's.
PLOVER_BY_CODE: dict[str, str] = {
    "016": "REJECT",
    "018": "SUPPORT",
    "019": "AGREE",
    "036": "CONSULT",
    "055": "CONCEDE",
    "056": "CONCEDE",
    "057": "AGREE",
    "087": "RETREAT",
    "0871": "RETREAT",
    "0874": "RETREAT",
    "166": "RETREAT",
    "172": "SANCTION",
}

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class EventType:
    """One CAMEO code with what GDELT and PLOVER attach to it."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code ("0871" -> "08")."""
    return code[:2]


def quad_class(root: str) -> int:
    """GDELT's quad class of a root: 1 verbal coop, 2 material coop, 3 verbal conf, 4 material."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def is_code(code: str) -> bool:
    """True for a CAMEO event code of the standard shape (two digit root 01-20, 2-4 digits)."""
    return code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20


def describe(code: str) -> EventType:
    """The EventType of a CAMEO code; an unlisted subcode inherits from its nearest parent."""
    if not is_code(code):
        raise ValueError(f"not a CAMEO event code: {code!r}")
    root = root_of(code)
    known = next(code[:n] for n in range(len(code), 1, -1) if code[:n] in CODES)
    name, goldstein = CODES[known]
    plover = PLOVER_BY_CODE.get(code) or PLOVER_BY_CODE.get(code[:3]) or PLOVER_BY_ROOT[root]
    return EventType(code, name, root, quad_class(root), goldstein, plover)
