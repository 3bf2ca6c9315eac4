"""Spans that are not the article's body, and the metadata they give away.

Kinds found (each a stand-off span; nothing is deleted):

* ``byline``: a leading "By NAME [and NAME]" line, or a wire credit "(Reporting by NAME; …)";
* ``dateline``: "MOSCOW, March 3 (Outlet) —" or "BRASILIA —" opening a paragraph;
* ``disclaimer``: "(The views expressed in this article do not necessarily reflect those of
  OUTLET.)" and the like, and satire notices ("This article is satire.");
* ``author_bio``: a closing "NAME is a …-based researcher and …" paragraph, linked to the
  byline's author when the names agree;
* ``promo``: "Follow OUTLET on Telegram: …", newsletter, share, listen and donate prompts;
* ``caption``: photo captions and credits ("FILE PHOTO: …", "(Photo: Reuters)", "… /AFP"),
  and photo galleries pasted as text ("… Hide Caption 3 of 20 Photos: …");
* ``other``: "Read more:"/"RELATED:" lines and all-caps headline links left in the body.

Metadata is filled here, by the layer that finds the evidence, and only where the container
(HTML metadata, JSONL fields) gave none:

* ``title``/``title_span``: for plain text, the first line when a blank line follows it; when
  the container gave a title that the text starts with, only ``title_span`` is set;
* ``authors``: the byline's people, else the wire credit's reporters, else the bio's name;
* ``outlet``: the disclaimer's outlet, else a promo's ("Follow OUTLET on …"), else a satire
  notice's, else the agency in the dateline's parentheses;
* ``published``: the dateline's date when it has a year.

Paragraphs are blank-line separated blocks in plain text and lines in text extracted from HTML.
"""

from __future__ import annotations

import re

from presslens.layers import timex
from presslens.model import Article, Boilerplate, Span

REQUIRES: tuple[str, ...] = ()
ASSIGNS: tuple[str, ...] = ("boilerplate", "title", "title_span", "authors", "outlet", "published")

#: A title is one short line; a longer first line is a lede run into the body.
MAX_TITLE_CHARS = 300
#: Bylines and datelines sit near the top: how far down (characters) they are looked for.
HEAD_CHARS = 1500
#: Promo and credit lines are short; a longer paragraph that mentions a newsletter is body.
MAX_PROMO_CHARS = 300
#: Author bios are a few sentences in the last paragraphs.
MAX_BIO_CHARS = 600
BIO_TAIL_PARAGRAPHS = 5

_PARTICLE = r"(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|bin|al|el|la|le)"
_NAME_WORD = rf"(?:[A-Z][\w'’.\-]*|{_PARTICLE}(?=\s+[A-Z]))"
_NAME = rf"[A-Z][\w'’.\-]+(?:\s+{_NAME_WORD}){{0,5}}"
_BYLINE = re.compile(r"^[ \t]*(?:By|BY|by)[:\s]+(?P<names>[^\n]{2,160}?)[ \t]*$", re.MULTILINE)
_CREDIT = re.compile(
    r"^[ \t]*\(?(?:Reporting|Writing|Additional reporting|Reported) by (?P<names>[^;)\n]{2,160})"
    r"(?:;[^)\n]*)?\)?[ \t]*$",
    re.MULTILINE,
)
#: Where a byline's names stop: a date, a separator, an outlet after a pipe.
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|·•—–]| - | on |,?\s+(?:Updated|Published|Posted)\b|,?\s+" + timex.MONTH + r"\s+\d"
    r"|\d).*$"
)
_NOT_PERSON = re.compile(
    r"^(?:Our|The|Staff|Special|Foreign|Guest|News|Editorial|Agencies|Associated)\b|"
    r"\b(?:Desk|Staff|Team|Editors?|Correspondents?|Reporters?|Board|Service|Agency|Wire|"
    r"Writers?|Contributors?|Columnists?)$|"
    r"\b(?:Press|News|Times|Post|Reuters|AFP|Bloomberg|Media|Network|Journal|Daily|Magazine|"
    r"Herald|Tribune|Gazette|Institute|University)\b"
)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]{2,}(?:[ \-][A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?)?)"
    rf"(?:,\s+(?P<date>{timex.MONTH}\s+\d{{1,2}}(?:,\s+(?P<year>\d{{4}}))?))?"
    r"\s*(?:\((?P<outlet>[^)\n]{2,60})\))?\s*(?:[—–]|--?)"
)
_DISCLAIMER = re.compile(
    r"\(?[ \t]*(?:The |Any |All )?(?:[Vv]iews|[Oo]pinions)(?: and (?:opinions|views))? expressed"
    r"[^.\n]{0,240}?(?:the author|necessarily|own|endorse)[^.\n]{0,200}?\.[ \t]*\)?"
)
_DISCLAIMER_OUTLET = re.compile(
    r"(?:reflect|represent|endorsed? by)\s+(?:those|the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:views?|opinions?|positions?|policy|policies|stance))?\s*(?:of\s+)?"
    r"(?P<outlet>[A-Z][^.()\n]{1,80}?)\s*\.?\s*\)?\s*$"
)
_SATIRE_NOTICE = re.compile(
    r"\bThis (?:article|story|piece|post|site) is (?:a work of )?(?:satire|parody|fiction)\b"
    r"|\bis an? (?:satirical|satire|humou?r|parody|comedy) (?:site|website|publication|"
    r"newspaper|outlet|magazine)\b",
    re.IGNORECASE,
)
_SATIRE_OUTLET = re.compile(
    r"(?P<outlet>(?:The\s+)?(?:[A-Z][\w'&.\-]*\s+){0,4}[A-Z][\w'&.\-]*)\s+is an? "
    r"(?:satirical|satire|humou?r|parody|comedy)"
)
_BIO = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:is|was|has been|serves as|works as)\s+(?:a|an|the|currently|also)\b"
)
_BIO_CUE = re.compile(
    r"-based\b|\b(?:researcher|journalist|writer|author|analyst|editor|columnist|commentator|"
    r"fellow|professor|correspondent|contributor|reporter|blogger|economist|historian|"
    r"lecturer|founder|expert|host|podcaster|veteran|officer|scholar|student)s?\b"
)
_PROMO = re.compile(
    r"^\W*(?:Follow|Join|Subscribe to|Like|Find)\s+(?P<outlet>us|[^\n]{1,60}?)\s+on\s+"
    r"(?:Telegram|Twitter|X|Facebook|Instagram|VK|VKontakte|YouTube|Rumble|Gab|Truth Social|"
    r"Odysee|TikTok|Substack|Gettr|Parler|Minds|WhatsApp|Threads|Bluesky)\b"
    r"|\b(?:sign up|subscribe)\s+(?:for|to)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,3}"
    r"(?:newsletter|mailing list|channel|podcast)"
    r"|\bshare (?:this|the) (?:article|story|post|page)\b"
    r"|^\W*click here\b|\byou can now listen to\b"
    r"|\b(?:support|donate to) (?:our|independent|us|this)\b[^\n]{0,40}\b(?:journalism|work|site)",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^\W*(?:Read more|Read also|Also read|Related|See also|More|Watch|Listen)\s*:", re.IGNORECASE
)
#: Photo captions and credits: "FILE PHOTO: …", "(Photo: Reuters)", "… /AFP via Getty Images".
_CAPTION = re.compile(
    r"^\W*(?:FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|Picture|Pictured|Photograph|"
    r"Photo credit|Image credit|Credit)\s*[:|]"
    r"|^\W*(?:Photos?|Images?|Pictures?|Video) (?:by|courtesy of|via)\s+[A-Z][^\n]{0,80}$"
    r"|^\((?:Photo|Image|Picture|Credit)[^)\n]{0,120}\)\.?$"
    r"|(?:/|\||\bvia\s)\s*(?:AFP|Reuters|AP|Getty Images|EPA|Shutterstock|TASS|Sputnik|"
    r"Xinhua|Anadolu)(?: via Getty Images)?\)?\.?$"
    r"|\b(?:REUTERS|Reuters|AFP|AP|EPA|TASS|Sputnik)/[A-Z][\w.'’\- ]{1,40}\)?\.?$"
)
#: A photo gallery pasted as text: captions each closed by "Hide Caption 3 of 20".
_GALLERY = re.compile(r"\bHide Caption \d+ of \d+\b")
_ALL_CAPS_HEADLINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}(?:[^a-z\n]*\s[^a-z\n]*){3,}$")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")


def run(article: Article, doc, options, context: dict) -> None:
    """Find the non-body spans and fill missing title, authors, outlet and published."""
    text = article.text
    raw = context.get("raw")
    from_html = bool(raw is not None and raw.from_html)
    paragraphs = _paragraphs(text, from_html)
    items: list[Boilerplate] = []
    found = _Found()

    title_end = _title(article, from_html)
    head = [(s, e) for s, e in paragraphs if s < HEAD_CHARS and s >= title_end]
    _byline(text, head, items, found)
    _dateline(text, head, items, found)
    _tail(text, paragraphs, items, found, from_html)
    if found.promo_outlet and doc is not None and _names_person(doc, found.promo_outlet):
        found.promo_outlet = None  # "Follow Jane Doe on Twitter": the writer, not the outlet

    items = _without_overlaps(items)
    article.boilerplate = items
    if not article.authors:
        article.authors = found.byline_authors or found.credit_authors or found.bio_authors
    if not article.outlet:
        article.outlet = (
            found.disclaimer_outlet
            or found.promo_outlet
            or found.satire_outlet
            or found.dateline_outlet
        )
    if not article.published and found.dateline_published:
        article.published = found.dateline_published


class _Found:
    """Metadata evidence gathered while scanning, by where it came from."""

    def __init__(self) -> None:
        self.byline_authors: list[str] = []
        self.credit_authors: list[str] = []
        self.bio_authors: list[str] = []
        self.disclaimer_outlet: str | None = None
        self.promo_outlet: str | None = None
        self.satire_outlet: str | None = None
        self.dateline_outlet: str | None = None
        self.dateline_published: str | None = None


def _names_person(doc, name: str) -> bool:
    """True when spaCy tags ``name`` as a PERSON somewhere in the article."""
    return any(ent.label_ == "PERSON" and ent.text == name for ent in doc.ents)


def _paragraphs(text: str, from_html: bool) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace."""
    out = []
    pos = 0
    breaks = re.finditer(r"\n", text) if from_html else _BLANK_LINE.finditer(text)
    for m in breaks:
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _title(article: Article, from_html: bool) -> int:
    """Set title/title_span from the first line; return where the body may start."""
    text = article.text
    first = re.match(r"[ \t]*(\S[^\n]*?)[ \t]*\r?\n", text)
    if first is None:
        return 0
    s, e = first.span(1)
    line = text[s:e]
    if article.title:
        if " ".join(article.title.split()) == " ".join(line.split()):
            article.title_span = Span(start=s, end=e, text=line)
            return e
        return 0
    blank_follows = re.match(r"[ \t]*\r?\n", text[first.end() :]) is not None
    if from_html or not blank_follows or len(line) > MAX_TITLE_CHARS or _BYLINE.match(line):
        return 0
    article.title = line
    article.title_span = Span(start=s, end=e, text=line)
    return e


def _people(names: str) -> list[str]:
    """Person names in a byline's name list ("A and B", "A, B & C"); desks are not people."""
    names = _BYLINE_TAIL.sub("", names).strip(" ,;:")
    out = []
    for name in _NAME_SPLIT.split(names):
        name = name.strip(" ,;:.")
        if not re.fullmatch(_NAME, name) or _NOT_PERSON.search(name):
            continue
        if name.isupper():
            name = name.title()
        out.append(name)
    return out


def _desk(names: str) -> bool:
    """True for a byline that names a desk or staff, not people ("By Our Foreign Desk")."""
    names = _BYLINE_TAIL.sub("", names).strip(" ,;:.")
    return bool(re.fullmatch(_NAME, names)) and bool(_NOT_PERSON.search(names))


def _byline(
    text: str, head: list[tuple[int, int]], items: list[Boilerplate], found: _Found
) -> None:
    """The first "By NAME" line near the top."""
    for s, e in head[:6]:
        m = _BYLINE.match(text, s, e)
        if m is None or m.end() > e:
            continue
        start = s + len(m.group(0)) - len(m.group(0).lstrip())
        people = _people(m.group("names"))
        if not people and not _desk(m.group("names")):
            continue  # "By now, we have all heard …" opens a sentence, not a byline
        items.append(
            Boilerplate(
                start=start,
                end=m.end(),
                text=text[start : m.end()],
                kind="byline",
                author=people[0] if people else None,
            )
        )
        found.byline_authors = people
        return


def _dateline(
    text: str, head: list[tuple[int, int]], items: list[Boilerplate], found: _Found
) -> None:
    """A dateline opening one of the first paragraphs."""
    for s, e in head[:6]:
        m = _DATELINE.match(text, s, e)
        if m is None:
            continue
        outlet = m.group("outlet")
        items.append(
            Boilerplate(
                start=s, end=m.end(), text=text[s : m.end()], kind="dateline", outlet=outlet
            )
        )
        found.dateline_outlet = outlet
        if m.group("year"):
            found.dateline_published = timex.parse_day_month_year(m.group("date"))
        return


def _capitals_headline(para: str) -> bool:
    """An all-capitals line of four or more words: a related-story link left in plain text.

    Only plain text: in text extracted from HTML such lines are the article's own subheads
    (the extractor already dropped link lists), as the extraction benchmark's pages show.
    """
    if not _ALL_CAPS_HEADLINE.match(para) or para.lstrip().startswith("|"):
        return False
    letters = [c for c in para if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _tail(
    text: str,
    paragraphs: list[tuple[int, int]],
    items: list[Boilerplate],
    found: _Found,
    from_html: bool,
) -> None:
    """Disclaimers, credits, bios, promos and related-link lines, anywhere in the article."""
    byline = next((i for i in items if i.kind == "byline"), None)
    last = len(paragraphs)
    for n, (s, e) in enumerate(paragraphs):
        para = text[s:e]
        for m in _DISCLAIMER.finditer(para):
            outlet = _disclaimer_outlet(m.group(0))
            items.append(_item(text, s + m.start(), s + m.end(), "disclaimer", outlet=outlet))
            found.disclaimer_outlet = found.disclaimer_outlet or outlet
        if _SATIRE_NOTICE.search(para):
            om = _SATIRE_OUTLET.search(para)
            outlet = om.group("outlet") if om else None
            items.append(_item(text, s, e, "disclaimer", outlet=outlet))
            found.satire_outlet = found.satire_outlet or outlet
            continue
        if _GALLERY.search(para):
            items.append(_item(text, s, e, "caption"))
            continue
        if e - s <= MAX_PROMO_CHARS:
            cm = _CREDIT.match(para)
            if cm:
                people = _people(cm.group("names"))
                items.append(_item(text, s, e, "byline", author=people[0] if people else None))
                found.credit_authors = found.credit_authors or people
                continue
            pm = _PROMO.search(para)
            if pm:
                outlet = pm.group("outlet")
                outlet = outlet.strip() if outlet and outlet.lower() != "us" else None
                items.append(_item(text, s, e, "promo", outlet=outlet))
                found.promo_outlet = found.promo_outlet or outlet
                continue
            if _CAPTION.search(para):
                items.append(_item(text, s, e, "caption"))
                continue
            related = _RELATED.match(para) or (not from_html and _capitals_headline(para))
            if n > 0 and related and "\n" not in para and not _DATELINE.match(para):
                items.append(_item(text, s, e, "other"))
                continue
        if n >= last - BIO_TAIL_PARAGRAPHS and e - s <= MAX_BIO_CHARS:
            bio = _bio(para, byline)
            if bio:
                items.append(_item(text, s, e, "author_bio", author=bio))
                if not found.bio_authors:
                    found.bio_authors = [bio]


def _bio(para: str, byline: Boilerplate | None) -> str | None:
    """The author a closing bio paragraph describes, or None if it is not a bio."""
    m = _BIO.match(para)
    if m is None:
        return None
    name = m.group("name")
    if byline is not None and byline.author:
        surname = byline.author.split()[-1]
        if surname in name.split():
            return byline.author
    if _BIO_CUE.search(para) and len(name.split()) >= 2:
        return name
    return None


def _disclaimer_outlet(disclaimer: str) -> str | None:
    """The outlet a disclaimer names ("… reflect those of OUTLET."), if it names one."""
    m = _DISCLAIMER_OUTLET.search(disclaimer)
    if m is None:
        return None
    outlet = m.group("outlet").strip()
    if re.match(r"(?:the )?(?:author|publisher|editors?|this|our|us)\b", outlet, re.IGNORECASE):
        return None
    return outlet


def _item(text: str, start: int, end: int, kind: str, **fields) -> Boilerplate:
    """A Boilerplate over [start, end), trimmed of whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Boilerplate(start=start, end=end, text=text[start:end], kind=kind, **fields)


def _without_overlaps(items: list[Boilerplate]) -> list[Boilerplate]:
    """Sorted items; where two overlap, the one found first (more specific) stays."""
    kept: list[Boilerplate] = []
    for item in items:
        if any(item.start < k.end and k.start < item.end for k in kept):
            continue
        kept.append(item)
    return sorted(kept, key=lambda b: (b.start, b.end))
