"""Event coding: reading who did what to whom from a dependency parse (the ``events`` layer).

Modules, each using only those before it:

* ``syntax``: actor mentions as token spans, subjects, agents, a trigger's own phrase;
* ``modality``: asserted, negated, attempted, failed, threatened, planned, hypothetical;
* ``triggers``: the CAMEO code our lexicon gives a verb or event noun;
* ``patterns``: PETRARCH/TABARI verb patterns;
* ``roles``: the sources and targets of one coded trigger;
* ``passes``: passes over the coded events of a sentence or an article.
"""
