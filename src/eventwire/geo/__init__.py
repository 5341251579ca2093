"""The geo stage: from an article's text to the incident's place, with coordinates, admin areas and precision.

Modules, each importing only those listed before it (tests/test_architecture.py checks the order):
files (packaged data files) -> names (name keys) -> places (Entry and Place records, precision codes) -> build
(compiling the gazetteer file) -> gazetteer (lookup) -> text (words, sentences, case) -> mentions (finding and
resolving place names) -> focus (the article's country) -> locate (the incident's place).
"""
