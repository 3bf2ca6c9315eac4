"""Embedded social posts: residue patterns in plain text and embed records from HTML ingest."""

from __future__ import annotations

import pytest

from presslens.ingest import RawDocument
from presslens.layers import social
from presslens.model import Article


def posts(text: str, **raw) -> list:
    article = Article(id="t", source="test", text=text)
    social.run(article, None, None, {"raw": RawDocument(source="test", text=text, **raw)})
    assert article.evidence_errors() == []
    return article.social_posts


GLUED = (
    "The senator answered at once.\n\n"
    "Sanctions hurt our allies first. Time for an honest audithttps://t.co/Qm4Xr7LpZe\n"
    "— Thomas Whitcomb (@SenWhitcomb) February 11, 2024\n\n"
    "He was denounced within the hour.\n"
)


def test_tweet_residue_with_glued_link():
    [p] = posts(GLUED)
    assert (p.start, p.end) == (31, 162)
    assert p.text.startswith("Sanctions hurt") and p.text.endswith("February 11, 2024")
    assert GLUED[p.text_start : p.text_end] == (
        "Sanctions hurt our allies first. Time for an honest audit"
    )
    assert (p.platform, p.author, p.handle, p.date) == (
        "twitter",
        "Thomas Whitcomb",
        "SenWhitcomb",
        "2024-02-11",
    )
    assert p.urls == ["https://t.co/Qm4Xr7LpZe"]


def test_tweet_residue_on_one_line_with_pic_link():
    text = (
        "Intro paragraph.\n\nWe block the roads. pic.twitter.com/Vb83KdTq2s — Marek Z "
        "(@MarekZ) Feb 20, 2024\n\nBody goes on."
    )
    [p] = posts(text)
    assert text[p.start : p.end] == (
        "We block the roads. pic.twitter.com/Vb83KdTq2s — Marek Z (@MarekZ) Feb 20, 2024"
    )
    assert text[p.text_start : p.text_end] == "We block the roads."
    assert p.urls == ["pic.twitter.com/Vb83KdTq2s"]
    assert p.date == "2024-02-20" and p.author == "Marek Z"


def test_signature_broken_before_handle():
    text = (
        "Lead.\n\n#KatesLaw now! https://t.co/abc123 — ???Steff???\n"
        "(@Steffs_tweets) December 1, 2017"
    )
    [p] = posts(text)
    assert p.handle == "Steffs_tweets" and p.date == "2017-12-01"
    assert text[p.text_start : p.text_end] == "#KatesLaw now!"
    assert p.end == len(text)


def test_sentence_per_line_text_stops_at_the_intro_line():
    body = "\n".join(
        f"Body sentence number {i} says something long enough to count." for i in range(15)
    )
    text = (
        body + "\nThe analyst wrote:\nWe have no shells.\nSend help now.\n"
        "pic.twitter.com/xyz987 — Ana Analyst (@ana) March 1, 2022\nMore body."
    )
    [p] = posts(text)
    assert text[p.text_start : p.text_end] == "We have no shells.\nSend help now."
    assert p.start == text.index("We have no shells.")


def test_credit_line_with_handle_but_no_date_or_link_is_not_a_post():
    assert posts("Photo essay.\n\n— Jane Roe (@janeroe)\n") == []


def test_facebook_instagram_telegram_youtube():
    text = (
        "Lead paragraph.\n\n"
        "Our ministry stands with the farmers.\n"
        "Posted by Ministry of Agriculture on Thursday, March 5, 2020\n\n"
        "View this post on Instagram\n"
        "A post shared by Brent Caldwell (@brent.caldwell.dc) on Mar 2, 2024 at 4:15pm PST\n\n"
        "No shells, no rotation. https://t.me/frontline_notes/4127\n\n"
        "Watch it: https://www.youtube.com/watch?v=Jq7xW2mNpLs.\n\n"
        "Follow Meridian Today on Telegram: t.me/meridiantoday\n"
    )
    fb, ig, tg, yt = posts(text)
    assert (fb.platform, fb.author, fb.date) == (
        "facebook",
        "Ministry of Agriculture",
        "2020-03-05",
    )
    assert text[fb.text_start : fb.text_end] == "Our ministry stands with the farmers."
    assert (ig.platform, ig.author, ig.handle, ig.date) == (
        "instagram",
        "Brent Caldwell",
        "brent.caldwell.dc",
        "2024-03-02",
    )
    assert ig.text.startswith("View this post on Instagram") and ig.text_start == ig.text_end
    assert (tg.platform, tg.handle) == ("telegram", "frontline_notes")
    assert text[tg.text_start : tg.text_end] == "No shells, no rotation."
    assert tg.urls == ["https://t.me/frontline_notes/4127"]
    assert (yt.platform, yt.text) == ("youtube", "https://www.youtube.com/watch?v=Jq7xW2mNpLs")
    # a channel link without a post number is a promo, not a post
    assert all("meridiantoday" not in p.text for p in (fb, ig, tg, yt))


def test_html_text_takes_one_line_per_paragraph():
    text = (
        "Title\nA long paragraph of body text that is not part of the post at all.\n"
        "Today we stood together. pic.twitter.com/Hn4pW2sZqA\n"
        "— Naledi Khumalo (@NalediKhumaloSA) May 14, 2024\nNext paragraph."
    )
    [p] = posts(text, from_html=True)
    assert text[p.text_start : p.text_end] == "Today we stood together."


def test_embed_records_win_and_are_merged_with_residue():
    start = GLUED.index("Sanctions")
    words_end = GLUED.index("https://t.co")
    embed = {
        "platform": "twitter",
        "author": None,
        "handle": "@SenWhitcomb",
        "date": None,
        "urls": ["https://twitter.com/SenWhitcomb/status/1"],
        "start": start,
        "end": words_end,
        "text_start": start,
        "text_end": words_end,
    }
    bad = dict(embed, start=10_000, end=10_010)
    [p] = posts(GLUED, embeds=[embed, bad])
    assert p.handle == "SenWhitcomb"  # one form, without "@"
    assert p.author == "Thomas Whitcomb" and p.date == "2024-02-11"  # filled from residue
    assert p.urls == ["https://twitter.com/SenWhitcomb/status/1"]
    assert p.end == GLUED.index("2024") + 4


@pytest.mark.parametrize("text", ["", "No posts here at all.", "— (@x)", "https://t.co/abc"])
def test_no_posts_in_plain_prose(text):
    assert posts(text) == []
