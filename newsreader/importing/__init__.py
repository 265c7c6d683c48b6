"""Importing articles: the pipeline (:mod:`.pipeline`, a generator of progress), its worker processes
(:mod:`.pool`) and the fork server's preload (:mod:`.preload`)."""
