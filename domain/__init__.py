"""Rules and workflows in plain Python. Never imports Strawberry or the server."""
