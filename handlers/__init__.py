"""Platform-independent behaviour: requests in, replies out. Knows nothing of Slack or Discord."""
