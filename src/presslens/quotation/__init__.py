"""Parts of the quotes layer: quotation marks, speech cues, speakers.

``marks`` pairs quotation marks into quoted spans, ``cues`` finds speech cues and their content
in the spaCy parse, ``speakers`` turns a cue's subject into a speaker and resolves pronouns and
titles to named entities.  ``presslens.layers.quotes`` puts them together.
"""
