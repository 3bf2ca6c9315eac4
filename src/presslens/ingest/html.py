"""HTML pages: the article body via trafilatura, page metadata, and embedded posts.

``text`` is the extracted title and body. Embed markup (a tweet's blockquote, a Telegram or
Instagram embed) is turned into plain paragraphs before extraction so that the post stays
where the author placed it, and what the markup says about the post (platform, account,
date, links) is kept in ``RawDocument.embeds`` with offsets into ``text``.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urlparse

import lxml.html
import trafilatura
from lxml import etree

from presslens.ingest import IngestError, RawDocument

#: class name (or attribute) of embed markup -> platform.
_EMBED_CLASSES = {
    "twitter-tweet": "twitter",
    "twitter-video": "twitter",
    "instagram-media": "instagram",
    "tiktok-embed": "tiktok",
    "fb-post": "facebook",
    "telegram-post": "telegram",
}
_SIGNATURE = re.compile(
    r"[—–-]+\s*(?P<author>[^()\n]+?)\s*\((?P<handle>@\w+)\)\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?"
)
_OPINION_PATH = re.compile(
    r"/(opinion|opinions|op-?ed|oped|commentary|columns?|analysis|blogs?|"
    r"editorials?|viewpoint|views|comment)(/|$)",
    re.IGNORECASE,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}


#: an attribute on the paragraphs that stand for an embedded post (its platform)
EMBED_MARK = "data-presslens-embed"
_WHOLE_PAGE = re.compile(r"<(html|body|head|!doctype)\b", re.IGNORECASE)


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = re.match(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", text.strip())
    if not m:
        return None
    month = next(
        (n for name, n in _MONTHS.items() if name.startswith(m.group(1).lower()[:3])), None
    )
    return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}" if month else None


def _platform(el) -> str | None:
    classes = (el.get("class") or "").split()
    for c in classes:
        if c in _EMBED_CLASSES:
            return _EMBED_CLASSES[c]
    if el.get("data-telegram-post"):
        return "telegram"
    return None


def _read_embeds(tree) -> list[dict]:
    """Replace embed markup with plain paragraphs; return what the markup said of each post."""
    embeds = []
    for el in list(tree.iter("blockquote", "div")):
        platform = _platform(el)
        if platform is None or el.getparent() is None:
            continue
        q = el.find(".//p")
        paras = q is not None
        words = " ".join(" ".join(q.itertext()).split()) if paras else ""
        whole = " ".join(" ".join(el.itertext()).split())
        rest = whole[len(words) :] if words and whole.startswith(words) else whole
        sig = _SIGNATURE.search(rest)
        urls = [a.get("href") for a in el.iter("a") if a.get("href")]
        if not words:
            words = rest[: sig.start()].strip() if sig else rest.strip()
        if not words:
            continue
        signature = None
        embed = {
            "platform": platform,
            "words": words,
            "urls": urls,
            "author": None,
            "handle": None,
            "date": None,
        }
        if sig:
            embed.update(
                author=sig.group("author").strip(),
                handle=sig.group("handle"),
                date=_iso_date(sig.group("date")),
            )
            signature = sig.group(0).strip()
        new = etree.Element("div", {EMBED_MARK: platform})
        p = etree.SubElement(new, "p")
        p.text = words
        if signature:
            s = etree.SubElement(new, "p")
            s.text = signature
        new.tail = el.tail
        el.getparent().replace(el, new)
        embed["signature"] = signature
        embeds.append(embed)
    return embeds


def _locate_embeds(text: str, embeds: list[dict]) -> list[dict]:
    """Offsets of each embed in the extracted text; embeds the extractor dropped are skipped."""
    out, pos = [], 0
    for e in embeds:
        i = text.find(e["words"], pos)
        if i < 0:
            i = text.find(e["words"])
        if i < 0:
            continue
        words_end = i + len(e["words"])
        end = words_end
        if e.get("signature"):
            j = text.find(e["signature"], words_end)
            if 0 <= j <= words_end + 4:
                end = j + len(e["signature"])
        out.append(
            {
                "platform": e["platform"],
                "author": e["author"],
                "handle": e["handle"],
                "date": e["date"],
                "urls": e["urls"],
                "start": i,
                "end": end,
                "text_start": i,
                "text_end": words_end,
            }
        )
        pos = end
    return out


def _date_without_embeds(tree, url: str | None) -> str | None:
    """The page's date as trafilatura reads it with the embedded posts taken out: a post's
    signature date ("March 1, 2022") is the post's, not the article's."""
    page = copy.deepcopy(tree)
    for el in page.xpath(f"//*[@{EMBED_MARK}]"):
        el.drop_tree()
    meta = trafilatura.extract_metadata(lxml.html.tostring(page, encoding="unicode"), url)
    return meta.date if meta is not None else None


def parse_html(html: str, source: str, url: str | None = None) -> RawDocument:
    """Extract the article from an HTML page; raise IngestError when there is none."""
    if not _WHOLE_PAGE.search(html[:5000]):
        # a fragment ("<p>...</p>", as JSON Lines often carry): trafilatura wants a page
        html = f"<html><body>{html}</body></html>"
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(source, f"unparseable HTML: {exc}") from exc
    embeds = _read_embeds(tree)
    if embeds:
        html = lxml.html.tostring(tree, encoding="unicode")
    # trafilatura parses a string with its own cleaning, which measured better than handing
    # it our tree (page F1 0.960 vs 0.950 on ../shared/data/extraction, bench_extraction.py);
    # comments are not the article; tables are (recall 0.982 with them, 0.973 without).
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
    )
    body = (doc.text if doc is not None else None) or ""
    if len(body.strip()) < 20:
        raise IngestError(source, "no article text found in the page")
    title = (doc.title or "").strip() or None
    if title and not body.lstrip().startswith(title):
        text = f"{title}\n\n{body}"
    else:
        text = body
    page_url = url or doc.url
    authors = [a.strip() for a in re.split(r";|,| and ", doc.author or "") if a.strip()]
    section = None
    if page_url and _OPINION_PATH.search(urlparse(page_url).path):
        section = "opinion"
    categories = " ".join(doc.categories or []) + " " + " ".join(doc.tags or [])
    if re.search(r"\b(opinion|op-ed|commentary|editorial|analysis)\b", categories, re.IGNORECASE):
        section = section or "opinion"
    return RawDocument(
        source=source,
        text=text,
        url=page_url,
        title=title,
        authors=authors,
        published=_date_without_embeds(tree, page_url) if embeds else doc.date,
        outlet=doc.sitename or (urlparse(page_url).hostname if page_url else None),
        embeds=_locate_embeds(text, embeds),
        from_html=True,
        section=section,
    )
