"""Embedded social-media posts: their residue in the text, and the embed markup of HTML pages.

When a page's embed script is gone, a post survives as plain text: its words (often with a
``https://t.co/…`` link glued to the last word, or a ``pic.twitter.com/…`` link) followed by a
signature line ``— Display Name (@handle) Month D, YYYY``.  Other platforms leave their own
residue:

* Facebook: the words, then ``Posted by NAME on [Weekday,] Month D, YYYY``;
* Instagram: ``[View this post on Instagram] A post shared by NAME (@handle) on Mon D, YYYY``;
* Telegram: a paragraph that ends with a post link ``https://t.me/CHANNEL/123``;
* YouTube: a video link (``youtube.com/watch?v=…``, ``youtu.be/…``); the post is the link;
* Twitter without a signature: a paragraph that ends with a ``t.co`` or ``pic.twitter.com`` link.

A "paragraph" is a blank-line separated block in plain text, and a line in text extracted from
HTML (where every paragraph is one line).  Posts read from HTML embed markup arrive in
``context["raw"].embeds`` with offsets already located by the HTML ingest; they win over
residue found at the same place, and residue fills what the markup left out.
"""

from __future__ import annotations

import re

from presslens.layers import timex
from presslens.model import Article, SocialPost

REQUIRES: tuple[str, ...] = ()
ASSIGNS: tuple[str, ...] = ("social_posts",)

#: Longest post words taken for platforms other than Twitter (a Telegram post runs long).
MAX_POST_CHARS = 1500
#: Twitter's length limit: lines above a signature are taken up to this many characters.
TWEET_CHARS = 280
#: A paragraph this short that ends in a post is all post; a longer one is prose around it.
SHORT_PARAGRAPH_CHARS = 600
#: A post separated from its signature by a blank line is taken only when this short or linked.
MAX_DETACHED_POST_CHARS = 400

_DASH = r"(?:[—–―]|--?|&mdash;)"
_TWITTER_SIGNATURE = re.compile(
    rf"{_DASH}[ \t]*(?P<author>[^\n()—–]{{0,80}}?)[ \t]*\r?\n?[ \t]*"
    r"\(@(?P<handle>[A-Za-z0-9_]{1,30})\)"
    rf"[ \t]*(?P<date>{timex.DAY_MONTH_YEAR})?[ \t]*(?=\r?\n|$)"
)
_FACEBOOK_SIGNATURE = re.compile(
    rf"^[ \t]*Posted by (?P<author>[^\n]{{1,80}}?) on (?P<date>{timex.DAY_MONTH_YEAR})[ \t]*$",
    re.MULTILINE,
)
_INSTAGRAM_SIGNATURE = re.compile(
    r"^[ \t]*(?:View this post on Instagram[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*)?"
    r"A post shared by (?:(?P<author>[^\n(@]{1,80}?)[ \t]*\(@(?P<handle>[\w.]{1,30})\)"
    r"|@(?P<handle2>[\w.]{1,30}))"
    rf"(?: on (?P<date>{timex.MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?: at \d{1,2}:\d{2}\s*[ap]\.?m\.?(?: [A-Z]{2,4})?)?)?[ \t]*$",
    re.MULTILINE,
)
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|t\.me/|www\.)[^\s<>\"“”'’()\[\]]+")
_TRAILING_PUNCT = ".,;:!?"
_TWITTER_URL = re.compile(r"(?:https?://t\.co/\w+|pic\.twitter\.com/\w+)")
#: A paragraph's last thing is a post link: Telegram post, Facebook post, bare tweet link.
_ENDING_LINK = re.compile(
    r"(?P<url>(?:https?://)?(?:t\.me/(?:s/)?(?P<tg>\w{3,64})/\d+"
    r"|(?:www\.|m\.)?facebook\.com/[\w.\-]+/(?:posts|videos|photos)/[\w.\-/?=&]+"
    r"|t\.co/\w+|pic\.twitter\.com/\w+))[ \t]*(?=\r?\n|$)"
)
_YOUTUBE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/|live/)|youtu\.be/)"
    r"[\w-]{6,}[^\s<>\"”)]*"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
#: A line that introduces a post rather than being part of it.
_INTRO = re.compile(r"(?::|\b(?:tweeted|wrote|posted|said|says|writes|tweets)\W*)$", re.IGNORECASE)
#: A line that ends an earlier post: its signature, or its trailing tweet link.
_SIGNATURE_END = re.compile(r"\(@\w+\)|\d{4}$|(?:t\.co|pic\.twitter\.com)/\w+$")


def run(article: Article, doc, options, context: dict) -> None:
    """Find every embedded post: markup-located ones from the ingest, then text residue."""
    text = article.text
    raw = context.get("raw")
    from_html = bool(raw is not None and raw.from_html)
    posts = [p for p in (_from_embed(text, e) for e in (raw.embeds if raw else ())) if p]
    for post in _residue(text, from_html):
        _add(posts, post, text)
    posts.sort(key=lambda p: (p.start, p.end))
    article.social_posts = posts


def _add(posts: list[SocialPost], post: SocialPost, text: str) -> None:
    """Add a residue post, or merge it into an overlapping one (markup or earlier residue)."""
    for i, other in enumerate(posts):
        if post.start < other.end and other.start < post.end:
            posts[i] = _merge(other, post, text)
            return
    posts.append(post)


def _merge(first: SocialPost, second: SocialPost, text: str) -> SocialPost:
    """One post covering both: the first's fields win, the second fills what it lacks."""
    data = first.model_dump()
    for key, value in second.model_dump().items():
        if data.get(key) in (None, []) and value not in (None, []):
            data[key] = value
    if first.text_start == first.text_end:
        data["text_start"], data["text_end"] = second.text_start, second.text_end
    # the embed and its residue are one post: cover both (the signature often lies outside)
    data["start"] = min(first.start, second.start)
    data["end"] = max(first.end, second.end)
    data["text"] = text[data["start"] : data["end"]]
    return SocialPost(**data)


def _from_embed(text: str, embed: dict) -> SocialPost | None:
    """A post from the HTML ingest's embed record, or None if its offsets do not fit ``text``."""
    try:
        start, end = int(embed["start"]), int(embed["end"])
        t_start = int(embed.get("text_start", start))
        t_end = int(embed.get("text_end", end))
    except (KeyError, TypeError, ValueError):
        return None
    if not 0 <= start <= t_start <= t_end <= end <= len(text):
        return None
    # the post's own words, as for residue: trailing links are not words
    t_end = max(t_start, _cut_trailing_links(text, t_start, t_end))
    return SocialPost(
        start=start,
        end=end,
        text=text[start:end],
        platform=embed.get("platform") or "unknown",
        author=embed.get("author"),
        handle=(embed.get("handle") or "").lstrip("@") or None,  # one form: no "@"
        date=embed.get("date"),
        text_start=t_start,
        text_end=t_end,
        urls=list(embed.get("urls") or _urls(text, start, end)),
    )


def _residue(text: str, from_html: bool) -> list[SocialPost]:
    """Posts left in plain text, signature forms first so bare links do not split them."""
    posts: list[SocialPost] = []
    for m in _TWITTER_SIGNATURE.finditer(text):
        linked = _TWITTER_URL.search(text, max(0, m.start() - 400), m.start())
        if not m.group("date") and not linked:
            continue  # "— Name (@handle)" with neither a date nor a tweet link is a credit line
        date = timex.parse_day_month_year(m.group("date")) if m.group("date") else None
        posts.append(
            _signed(
                text,
                m.start(),
                m.end(),
                "twitter",
                m.group("author"),
                m.group("handle"),
                date,
                from_html,
                detached_needs=_TWITTER_URL,
            )
        )
    for m in _FACEBOOK_SIGNATURE.finditer(text):
        sig_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        post = _signed(
            text,
            sig_start,
            m.end(),
            "facebook",
            m.group("author"),
            None,
            timex.parse_day_month_year(m.group("date")),
            from_html,
        )
        _add(posts, post, text)
    for m in _INSTAGRAM_SIGNATURE.finditer(text):
        sig_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        date = None
        if m.group("date"):
            date = timex.parse_day_month_year(m.group("date"))
        post = _signed(
            text,
            sig_start,
            m.end(),
            "instagram",
            m.group("author"),
            m.group("handle") or m.group("handle2"),
            date,
            from_html,
        )
        _add(posts, post, text)
    for m in _ENDING_LINK.finditer(text):
        url = m.group("url")
        platform = "telegram" if m.group("tg") else "facebook" if "facebook." in url else "twitter"
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip() and platform == "twitter":
            continue  # a bare tweet link on its own line belongs to the post above or is a link
        post = _linked(text, m.start("url"), m.end("url"), platform, from_html)
        if platform == "telegram":
            post = post.model_copy(update={"handle": m.group("tg")})
        _add(posts, post, text)
    for m in _YOUTUBE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING_PUNCT:
            end -= 1
        post = SocialPost(
            start=m.start(),
            end=end,
            text=text[m.start() : end],
            platform="youtube",
            text_start=m.start(),
            text_end=m.start(),
            urls=[text[m.start() : end]],
        )
        _add(posts, post, text)
    return posts


def _signed(
    text: str,
    sig_start: int,
    sig_end: int,
    platform: str,
    author: str | None,
    handle: str | None,
    date: str | None,
    from_html: bool,
    detached_needs: re.Pattern | None = None,
) -> SocialPost:
    """A post whose signature spans [sig_start, sig_end): its words are just above it."""
    line_start = text.rfind("\n", 0, sig_start) + 1
    if text[line_start:sig_start].strip() or not _at_paragraph_start(text, line_start, from_html):
        # the words run on the signature's line (extractors glue them) or the lines above it
        words_start = _post_start(text, sig_start, from_html, TWEET_CHARS)
        words_end = sig_start
    else:
        words_start, words_end = _detached_words(text, line_start, from_html, detached_needs)
    words_start, words_end = _strip(text, words_start, words_end)
    words_end = _cut_trailing_links(text, words_start, words_end)
    start = words_start if words_end > words_start else sig_start
    if words_end <= words_start:
        words_start = words_end = start
    author = (author or "").strip() or None
    return SocialPost(
        start=start,
        end=sig_end,
        text=text[start:sig_end],
        platform=platform,
        author=author,
        handle=handle,
        date=date,
        text_start=words_start,
        text_end=words_end,
        urls=_urls(text, start, sig_end),
    )


def _at_paragraph_start(text: str, line_start: int, from_html: bool) -> bool:
    """True when the line at ``line_start`` opens a paragraph."""
    if from_html or line_start == 0:
        return True
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[prev_start : line_start - 1].strip()


def _detached_words(
    text: str, line_start: int, from_html: bool, detached_needs: re.Pattern | None
) -> tuple[int, int]:
    """The paragraph above a signature that opens its own paragraph, when it is the post."""
    end = line_start
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    if end == 0 or detached_needs is None:
        return line_start, line_start  # this platform's residue never detaches from its words
    start = _post_start(text, end, from_html, MAX_DETACHED_POST_CHARS)
    words = text[start:end]
    if detached_needs.search(words) or len(words) <= MAX_DETACHED_POST_CHARS:
        return start, end
    return line_start, line_start


def _linked(text: str, url_start: int, url_end: int, platform: str, from_html: bool) -> SocialPost:
    """A post whose paragraph ends with its own link at [url_start, url_end)."""
    budget = TWEET_CHARS if platform == "twitter" else MAX_POST_CHARS
    w_start, w_end = _strip(text, _post_start(text, url_start, from_html, budget), url_start)
    w_end = _cut_trailing_links(text, w_start, w_end)
    start = w_start if w_end > w_start else url_start
    if w_end <= w_start:
        w_start = w_end = start
    return SocialPost(
        start=start,
        end=url_end,
        text=text[start:url_end],
        platform=platform,
        text_start=w_start,
        text_end=w_end,
        urls=_urls(text, start, url_end),
    )


def _post_start(text: str, pos: int, from_html: bool, budget: int) -> int:
    """Where the post ending at ``pos`` begins.

    Text from HTML has one paragraph per line: the post is the line.  In plain text a post is
    its paragraph when the paragraph is short; in a long paragraph (texts with one sentence per
    line and no blank lines) lines are taken upwards while they fit the platform's length
    (``budget`` characters of words, links aside) and until a line that introduces the post
    ("… tweeted:") or ends another post's signature.
    """
    line_start = text.rfind("\n", 0, pos) + 1
    if from_html:
        return line_start
    block = None
    for block in _BLANK_LINE.finditer(text, max(0, pos - SHORT_PARAGRAPH_CHARS - 2), pos):
        pass
    if block is not None:
        return block.end()
    if pos <= SHORT_PARAGRAPH_CHARS:
        return 0
    start = line_start
    used = len(_URL.sub("", text[line_start:pos]).strip())
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1].strip()
        if not line or _INTRO.search(line) or _SIGNATURE_END.search(line):
            break
        used += len(_URL.sub("", line)) + 1
        if used > budget:
            break
        start = prev
    return start


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_trailing_links(text: str, start: int, end: int) -> int:
    """End of the post's own words: trailing links (glued or not) are not words."""
    while True:
        last = None
        for last in _URL.finditer(text, start, end):
            pass
        if last is None or text[last.end() : end].strip(_TRAILING_PUNCT + " \t"):
            return end
        end = last.start()
        while end > start and text[end - 1].isspace():
            end -= 1


def _urls(text: str, start: int, end: int) -> list[str]:
    """The links inside [start, end), without trailing sentence punctuation."""
    return [m.group(0).rstrip(_TRAILING_PUNCT) for m in _URL.finditer(text, start, end)]
