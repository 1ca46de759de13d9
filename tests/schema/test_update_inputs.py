"""An update input never makes a client resend what it does not change: apart from the id
naming the record, every field is nullable and has no default (left out = unchanged, see
schema/partial.py). A required field, or one defaulting to null or to an enum's first
member, is how an edit form came to overwrite stored values with presets."""

from __future__ import annotations

from graphql import GraphQLInputObjectType, GraphQLNonNull, Undefined

from resolvers.root import build_schema

# mutations that edit a stored record in part (…Update), and add-or-edit ones whose edit
# side is partial; claimUpdate replaces a draft claim whole (its form sends the whole claim)
PARTIAL_SAVES = ("practisingQualificationSave", "academicHonourSave", "adminRoleSave")
WHOLE_REPLACEMENTS = frozenset({"claimUpdate"})


def test_update_inputs_leave_out_what_they_do_not_change() -> None:
    schema = build_schema()._schema
    mutations = schema.mutation_type.fields  # type: ignore[union-attr]
    updates = [
        name for name in mutations
        if (name.endswith("Update") or name in PARTIAL_SAVES) and name not in WHOLE_REPLACEMENTS
    ]  # fmt: skip
    assert "profileEducationUpdate" in updates and "organisationUpdate" in updates
    wrong = []
    for name in updates:
        input_type = mutations[name].args["input"].type.of_type
        assert isinstance(input_type, GraphQLInputObjectType)
        for field_name, field in input_type.fields.items():
            names_the_record = field_name == "id"
            if names_the_record:
                continue
            if isinstance(field.type, GraphQLNonNull) or field.default_value is not Undefined:
                wrong.append(f"{input_type.name}.{field_name}")
    assert wrong == []
