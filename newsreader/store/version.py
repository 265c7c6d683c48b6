"""The schema version (kept apart from the migrations so that opening an up-to-date library
does not load them)."""

#: Bumped with every migration; a library with a higher number is refused.
SCHEMA_VERSION = 6
