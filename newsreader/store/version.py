"""The schema version (kept apart from the migrations so that opening an up-to-date library
does not load them)."""

#: Bumped with every migration; a library with a higher number is refused.
SCHEMA_VERSION = 6

#: ``PRAGMA application_id`` of a newsreader library ("NwsR"): a file with another one is another
#: program's, and is never changed.
APPLICATION_ID = 0x4E777352
