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

#: A paragraph longer than this is prose around a post, not a post: only its last line is taken.
MAX_POST_CHARS = 1500
#: A post separated from its signature by a blank line is taken only when this short or linked.
MAX_DETACHED_POST_CHARS = 400

_DASH = r"(?:[—–―]|--?|&mdash;)"
_TWITTER_SIGNATURE = re.compile(
    rf"{_DASH}[ \t]*(?P<author>[^\n()—–]{{0,80}}?)[ \t]*\(@(?P<handle>[A-Za-z0-9_]{{1,30}})\)"
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


def run(article: Article, doc, options, context: dict) -> None:
    """Find every embedded post: markup-located ones from the ingest, then text residue."""
    text = article.text
    raw = context.get("raw")
    from_html = bool(raw is not None and raw.from_html)
    posts = [p for p in (_from_embed(text, e) for e in (raw.embeds if raw else ())) if p]
    for post in _residue(text, from_html):
        _add(posts, post)
    posts.sort(key=lambda p: (p.start, p.end))
    article.social_posts = posts


def _add(posts: list[SocialPost], post: SocialPost) -> None:
    """Add a residue post, or merge it into an overlapping one (markup or earlier residue)."""
    for i, other in enumerate(posts):
        if post.start < other.end and other.start < post.end:
            posts[i] = _merge(other, post)
            return
    posts.append(post)


def _merge(first: SocialPost, second: SocialPost) -> SocialPost:
    """One post covering both: the first's fields win, the second fills what it lacks."""
    data = first.model_dump()
    for key, value in second.model_dump().items():
        if data.get(key) in (None, []) and value not in (None, []):
            data[key] = value
    if first.text_start == first.text_end:
        data["text_start"], data["text_end"] = second.text_start, second.text_end
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
        if not m.group("date") and not _TWITTER_URL.search(text, max(0, m.start() - 400), m.start()):
            continue  # "— Name (@handle)" with neither a date nor a tweet link is a credit line
        date = timex.parse_day_month_year(m.group("date")) if m.group("date") else None
        posts.append(_signed(text, m.start(), m.end(), "twitter", m.group("author"),
                             m.group("handle"), date, from_html, detached_needs=_TWITTER_URL))
    for m in _FACEBOOK_SIGNATURE.finditer(text):
        sig_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        _add(posts, _signed(text, sig_start, m.end(), "facebook", m.group("author"), None,
                            timex.parse_day_month_year(m.group("date")), from_html))
    for m in _INSTAGRAM_SIGNATURE.finditer(text):
        sig_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        date = None
        if m.group("date"):
            date = timex.parse_day_month_year(m.group("date"))
        _add(posts, _signed(text, sig_start, m.end(), "instagram", m.group("author"),
                            m.group("handle") or m.group("handle2"), date, from_html,
                            detached_needs=None))
    for m in _ENDING_LINK.finditer(text):
        url = m.group("url")
        platform = "telegram" if m.group("tg") else "facebook" if "facebook." in url else "twitter"
        b_start = _block_start(text, m.start(), from_html)
        if text[b_start:m.start()].strip() == "" and platform == "twitter":
            continue  # a bare tweet link on its own line belongs to the post above or is a link
        post = _linked(text, b_start, m.start("url"), m.end("url"), platform)
        if platform == "telegram":
            post = post.model_copy(update={"handle": m.group("tg")})
        _add(posts, post)
    for m in _YOUTUBE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING_PUNCT:
            end -= 1
        _add(posts, SocialPost(start=m.start(), end=end, text=text[m.start():end],
                               platform="youtube", text_start=m.start(), text_end=m.start(),
                               urls=[text[m.start():end]]))
    return posts


def _signed(text: str, sig_start: int, sig_end: int, platform: str, author: str | None,
            handle: str | None, date: str | None, from_html: bool,
            detached_needs: re.Pattern | None = None) -> SocialPost:
    """A post whose signature spans [sig_start, sig_end): its words are the lines just above."""
    line_start = text.rfind("\n", 0, sig_start) + 1
    if text[line_start:sig_start].strip():
        # the words run on the signature's own line (extractors often glue them)
        words_start = _block_start(text, line_start, from_html) if not from_html else line_start
        words_end = sig_start
    else:
        words_start, words_end = _words_above(text, line_start, from_html, detached_needs)
    words_start, words_end = _strip(text, words_start, words_end)
    words_end = _cut_trailing_links(text, words_start, words_end)
    start = words_start if words_end > words_start else sig_start
    if words_end <= words_start:
        words_start = words_end = start
    author = (author or "").strip() or None
    return SocialPost(start=start, end=sig_end, text=text[start:sig_end], platform=platform,
                      author=author, handle=handle, date=date, text_start=words_start,
                      text_end=words_end, urls=_urls(text, start, sig_end))


def _words_above(text: str, line_start: int, from_html: bool,
                 detached_needs: re.Pattern | None) -> tuple[int, int]:
    """The post's words above a signature that starts its own line: [start, end) or empty."""
    if line_start == 0:
        return 0, 0
    above_end = line_start - 1  # the newline ending the previous line
    prev_line_start = text.rfind("\n", 0, above_end) + 1
    if text[prev_line_start:above_end].strip() and not from_html:
        # same paragraph: the signature's paragraph holds the words
        return _block_start(text, prev_line_start, from_html), above_end
    # the line above is blank (or we are in one-line-per-paragraph text): the paragraph above
    end = above_end
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    if end == 0:
        return 0, 0
    start = _block_start(text, end - 1, from_html)
    words = text[start:end]
    if detached_needs is None:
        return line_start, line_start  # this platform's residue never detaches from its words
    if detached_needs.search(words) or len(words) <= MAX_DETACHED_POST_CHARS:
        return start, end
    return line_start, line_start


def _linked(text: str, b_start: int, url_start: int, url_end: int, platform: str) -> SocialPost:
    """A post whose paragraph [b_start, url_end) ends with its own link."""
    w_start, w_end = _strip(text, b_start, url_start)
    w_end = _cut_trailing_links(text, w_start, w_end)
    start = w_start if w_end > w_start else url_start
    if w_end <= w_start:
        w_start = w_end = start
    return SocialPost(start=start, end=url_end, text=text[start:url_end], platform=platform,
                      text_start=w_start, text_end=w_end, urls=_urls(text, start, url_end))


def _block_start(text: str, pos: int, from_html: bool) -> int:
    """Start of the paragraph holding ``pos`` (capped: a long paragraph gives its last line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if from_html:
        return line_start
    blank = None
    for blank in _BLANK_LINE.finditer(text, max(0, pos - MAX_POST_CHARS), pos + 1):
        pass
    start = blank.end() if blank and blank.end() <= pos else max(0, pos - MAX_POST_CHARS)
    if start == max(0, pos - MAX_POST_CHARS) and start > 0:
        return line_start  # no paragraph break within reach: prose, take the last line only
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
        if last is None or text[last.end():end].strip(_TRAILING_PUNCT + " \t"):
            return end
        end = last.start()
        while end > start and text[end - 1].isspace():
            end -= 1


def _urls(text: str, start: int, end: int) -> list[str]:
    """The links inside [start, end), without trailing sentence punctuation."""
    return [m.group(0).rstrip(_TRAILING_PUNCT) for m in _URL.finditer(text, start, end)]
