"""The Briefbot process: configuration, the CLI and the platform adapters."""
