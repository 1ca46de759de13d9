"""The console, generated from the GraphQL schema plus metadata declared next to the types."""
