using Intensif.Testing;
using System.Text.Json;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>The schema check itself can fail: it accepts what is valid and rejects each kind of violation.</summary>
public sealed class JsonSchemaSubsetTests
{
    private const string Schema = """
    {
      "$defs": { "Colour": { "enum": ["rouge", "vert"], "type": "string", "title": "Colour" } },
      "type": "object",
      "required": ["id", "day"],
      "properties": {
        "id": { "type": "string", "minLength": 3, "maxLength": 6, "pattern": "^\\w+$" },
        "day": { "type": "string", "format": "date" },
        "mail": { "anyOf": [ { "type": "string", "format": "email" }, { "type": "null" } ], "default": null },
        "site": { "type": "string", "format": "uri" },
        "weeks": { "anyOf": [ { "type": "integer", "minimum": 1 }, { "type": "null" } ] },
        "hours": { "type": ["number", "null"], "minimum": 0.0 },
        "kind": { "const": "france", "type": "string" },
        "colours": { "type": "array", "items": { "$ref": "#/$defs/Colour" }, "minItems": 1, "uniqueItems": true }
      }
    }
    """;

    private static IReadOnlyList<string> Check(string instance, bool closed = false) =>
        new JsonSchemaSubset(JsonDocument.Parse(Schema).RootElement) { ClosedObjects = closed }.Validate(JsonDocument.Parse(instance).RootElement);

    [Fact]
    public void A_valid_instance_has_no_errors()
    {
        var errors = Check("""
            {"id":"abc","day":"2025-02-14","mail":"a@b.fr","site":"https://x.fr/a","weeks":3,"hours":1.5,"kind":"france","colours":["rouge","vert"]}
            """);
        Assert.Empty(errors);
        Assert.Empty(Check("""{"id":"abc","day":"2024-02-29","mail":null,"hours":null,"weeks":2.0}"""));
    }

    [Theory]
    [InlineData("""{"day":"2025-02-14"}""", "required property 'id'")]
    [InlineData("""{"id":12,"day":"2025-02-14"}""", "$.id: 12 is not of type")]
    [InlineData("""{"id":"ab","day":"2025-02-14"}""", "shorter than 3")]
    [InlineData("""{"id":"abcdefg","day":"2025-02-14"}""", "longer than 6")]
    [InlineData("""{"id":"ab-c","day":"2025-02-14"}""", "does not match")]
    [InlineData("""{"id":"abé","day":"2025-02-14"}""", "does not match")]
    [InlineData("""{"id":"abc","day":"2025-02-30"}""", "not a valid date")]
    [InlineData("""{"id":"abc","day":"2025-2-14"}""", "not a valid date")]
    [InlineData("""{"id":"abc","day":"14/02/2025"}""", "not a valid date")]
    [InlineData("""{"id":"abc","day":"2025-02-14","mail":"pas un courriel"}""", "matches none of anyOf")]
    [InlineData("""{"id":"abc","day":"2025-02-14","site":"/relative"}""", "not a valid uri")]
    [InlineData("""{"id":"abc","day":"2025-02-14","weeks":0}""", "matches none of anyOf")]
    [InlineData("""{"id":"abc","day":"2025-02-14","weeks":1.5}""", "matches none of anyOf")]
    [InlineData("""{"id":"abc","day":"2025-02-14","hours":-1}""", "less than 0")]
    [InlineData("""{"id":"abc","day":"2025-02-14","hours":"1"}""", "is not of type")]
    [InlineData("""{"id":"abc","day":"2025-02-14","kind":"monde"}""", "is not \"france\"")]
    [InlineData("""{"id":"abc","day":"2025-02-14","colours":[]}""", "fewer than 1 items")]
    [InlineData("""{"id":"abc","day":"2025-02-14","colours":["rouge","rouge"]}""", "not unique")]
    [InlineData("""{"id":"abc","day":"2025-02-14","colours":["bleu"]}""", "$.colours[0]: 'bleu' is not one of the enumerated values")]
    [InlineData("""["abc"]""", "is not of type \"object\"")]
    public void Each_kind_of_violation_is_reported(string instance, string expected)
    {
        var errors = Check(instance);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Closed_objects_reject_a_property_the_schema_does_not_declare()
    {
        const string instance = """{"id":"abc","day":"2025-02-14","date_mise_a_jour":"2025-02-14"}""";
        Assert.Empty(Check(instance));
        Assert.Contains(Check(instance, closed: true), e => e.Contains("'date_mise_a_jour' is not declared"));
    }

    [Theory]
    [InlineData("""{"type":"object","oneOf":[{"type":"string"}]}""", "oneOf")]
    [InlineData("""{"properties":{"a":{"type":"string","maxItems":2}}}""", "maxItems")]
    [InlineData("""{"properties":{"a":{"$ref":"other.json#/$defs/A"}}}""", "other.json")]
    [InlineData("""{"properties":{"a":{"$ref":"#/$defs/Missing"}}}""", "#/$defs/Missing")]
    [InlineData("""{"properties":{"a":{"type":"string","format":"date-time"}}}""", "date-time")]
    [InlineData("""{"properties":{"a":{"type":"decimal"}}}""", "decimal")]
    [InlineData("""{"$schema":"https://json-schema.org/draft/2020-12/schema"}""", "$schema")]
    public void A_keyword_it_does_not_implement_is_refused_when_the_schema_is_loaded(string schema, string named)
    {
        var refused = Assert.Throws<NotSupportedException>(() => new JsonSchemaSubset(JsonDocument.Parse(schema).RootElement));
        Assert.Contains(named, refused.Message);
    }

    [Theory]
    [InlineData("service.json")]
    [InlineData("structure.json")]
    public void It_understands_every_keyword_of_the_data_inclusion_schemas(string file)
    {
        var schema = JsonSchemaSubset.Load(SharedSchemas.DataInclusionV1(file));
        Assert.NotEmpty(schema.Validate(JsonDocument.Parse("{}").RootElement));
    }
}
