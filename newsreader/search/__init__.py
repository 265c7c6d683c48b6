"""Search, pure (no SQL, no Qt): the Arabic analyser (:mod:`.analyzer`, its version in :mod:`.version`),
the query parser (:mod:`.query`), hit spans in original text (:mod:`.highlight`) and snippets
(:mod:`.snippet`). Nothing is imported here: the window starts without any of it."""
