"""Thin resolvers: check access, call the domain, map rows to schema types."""
