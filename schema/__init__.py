"""GraphQL types, inputs, enums, permission directives and limits of jijiao.

Each domain declares its root fields beside its resolvers; resolvers/root.py merges them and
builds the schema (schema/assembly.py)."""
