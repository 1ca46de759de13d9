"""The process edge: settings, the Starlette app factory, authentication, the CLI."""
