"""Built-in knowledge for actor and event coding.

* ``countries``: countries with names, short forms, demonyms and capitals (pycountry plus ours);
* ``roles``: the role lexicon (president -> GOV, navy -> MIL, ...);
* ``cameo``: the CAMEO event codebook with quad classes, Goldstein values and PLOVER types;
* ``lexicon``: our verb and noun patterns mapped to CAMEO codes;
* ``petrarch``: readers for PETRARCH/TABARI dictionary files (verbs, actors, agents, discards,
  issues) with their synonym sets.
"""
