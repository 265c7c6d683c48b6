"""Search in the store: the index (:mod:`.index`), the planner (:mod:`.plan`), the executor (:mod:`.execute`)
and the results (:mod:`.results`). Queries come in parsed; nothing here analyses text."""
