"""The content store: entries, revisions, search, and the YAML content-pack loader."""
