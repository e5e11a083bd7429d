using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>
/// A JSON Schema (2020-12) validator for exactly the keywords the data·inclusion v1 schemas use (no validator package
/// restores from the mirror). Loading a schema with any other keyword, a $ref outside #/$defs or an unknown format
/// throws <see cref="NotSupportedException"/>, so an unsupported rule can never pass silently.
/// </summary>
public sealed class JsonSchemaSubset
{
    private static readonly HashSet<string> Annotations = ["title", "description", "default", "examples"];
    private static readonly HashSet<string> Assertions =
    [
        "$defs", "$ref", "anyOf", "const", "enum", "type", "required", "properties", "additionalProperties", "items",
        "minItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "format",
    ];
    private static readonly HashSet<string> Types = ["string", "number", "integer", "boolean", "array", "object", "null"];
    private static readonly HashSet<string> Formats = ["date", "email", "uri"];

    private readonly JsonElement _root;

    /// <summary>
    /// Stricter than the schema: an object property the schema does not declare is an error. The data·inclusion schemas
    /// leave objects open, so a misspelt field name would otherwise pass unnoticed.
    /// </summary>
    public bool ClosedObjects { get; init; }

    public JsonSchemaSubset(JsonElement schema)
    {
        _root = schema.Clone();
        Check(_root, "#");
    }

    public static JsonSchemaSubset Load(string path, bool closedObjects = false) =>
        new(JsonDocument.Parse(File.ReadAllText(path)).RootElement) { ClosedObjects = closedObjects };

    /// <summary>The violations of an instance, each as "path: message"; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        void Fail(string message) => errors.Add($"{path}: {message}");

        if (schema.TryGetProperty("$ref", out var reference)) Validate(Resolve(reference.GetString()!), value, path, errors);
        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
            Fail($"{Describe(value)} is not of type {type.GetRawText()}");
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            Fail($"{Describe(value)} is not {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            Fail($"{Describe(value)} is not one of the enumerated values");
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var branches = anyOf.EnumerateArray().Select(branch => { var e = new List<string>(); Validate(branch, value, path, e); return e; }).ToList();
            if (branches.All(e => e.Count > 0))
                Fail($"{Describe(value)} matches none of anyOf ({string.Join(" | ", branches.SelectMany(e => e))})");
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String: ValidateString(schema, value.GetString()!, Fail); break;
            case JsonValueKind.Number: ValidateNumber(schema, value, Fail); break;
            case JsonValueKind.Array: ValidateArray(schema, value, path, errors, Fail); break;
            case JsonValueKind.Object: ValidateObject(schema, value, path, errors, Fail); break;
        }
    }

    private static void ValidateString(JsonElement schema, string text, Action<string> fail)
    {
        var length = text.EnumerateRunes().Count();   // JSON Schema counts code points
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32()) fail($"'{text}' is shorter than {min.GetInt32()}");
        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32()) fail($"'{Short(text)}' is longer than {max.GetInt32()}");
        // ECMA-262 semantics (\w and \d are ASCII), searched anywhere unless anchored, as JSON Schema specifies
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript))
            fail($"'{Short(text)}' does not match {pattern.GetString()}");
        if (schema.TryGetProperty("format", out var format) && !MatchesFormat(format.GetString()!, text))
            fail($"'{Short(text)}' is not a valid {format.GetString()}");
    }

    private static void ValidateNumber(JsonElement schema, JsonElement value, Action<string> fail)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
            fail($"{value.GetRawText()} is less than {minimum.GetRawText()}");
    }

    private void ValidateArray(JsonElement schema, JsonElement array, string path, List<string> errors, Action<string> fail)
    {
        var items = array.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32()) fail($"fewer than {min.GetInt32()} items");
        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
            && items.Where((item, i) => items.Skip(i + 1).Any(other => JsonElement.DeepEquals(item, other))).Any())
            fail("items are not unique");
        if (schema.TryGetProperty("items", out var itemSchema))
            for (var i = 0; i < items.Count; i++) Validate(itemSchema, items[i], $"{path}[{i}]", errors);
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors, Action<string> fail)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                fail($"required property '{name}' is missing");
        var declared = schema.TryGetProperty("properties", out var properties);
        foreach (var property in value.EnumerateObject())
        {
            if (declared && properties.TryGetProperty(property.Name, out var propertySchema))
                Validate(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) fail($"property '{property.Name}' is not allowed");
                else if (additional.ValueKind == JsonValueKind.Object) Validate(additional, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (ClosedObjects && declared)
                fail($"property '{property.Name}' is not declared by the schema");
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
        : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    /// <summary>date strictly (RFC 3339 full-date, a real day); email and uri leniently.</summary>
    private static bool MatchesFormat(string format, string text) => format switch
    {
        "date" => Regex.IsMatch(text, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "email" => Regex.IsMatch(text, @"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
        // an explicit scheme (System.Uri alone would read "/path" as a file URI on Linux)
        "uri" => Regex.IsMatch(text, @"^[A-Za-z][A-Za-z0-9+.-]*:\S+$") && Uri.TryCreate(text, UriKind.Absolute, out _),
        _ => throw new NotSupportedException($"format '{format}'"),
    };

    private JsonElement Resolve(string reference)
    {
        var name = reference["#/$defs/".Length..];
        return _root.GetProperty("$defs").GetProperty(name);
    }

    /// <summary>Refuses, at load, every keyword, type, format or reference this subset does not implement.</summary>
    private void Check(JsonElement schema, string at)
    {
        if (schema.ValueKind != JsonValueKind.Object) throw new NotSupportedException($"{at}: a schema must be an object (boolean schemas are not supported)");
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = $"{at}/{keyword.Name}";
            if (Annotations.Contains(keyword.Name)) continue;
            if (!Assertions.Contains(keyword.Name)) throw new NotSupportedException($"{here}: keyword '{keyword.Name}' is not supported");
            var v = keyword.Value;
            switch (keyword.Name)
            {
                case "$defs" or "properties":
                    foreach (var child in v.EnumerateObject()) Check(child.Value, $"{here}/{child.Name}");
                    break;
                case "additionalProperties" when v.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    break;
                case "items" or "additionalProperties":
                    Check(v, here);
                    break;
                case "anyOf":
                    foreach (var (branch, i) in v.EnumerateArray().Select((b, i) => (b, i))) Check(branch, $"{here}/{i}");
                    break;
                case "$ref":
                    var target = v.GetString()!;
                    if (!target.StartsWith("#/$defs/", StringComparison.Ordinal) || target.Count(c => c == '/') != 2
                        || !_root.TryGetProperty("$defs", out var defs) || !defs.TryGetProperty(target["#/$defs/".Length..], out _))
                        throw new NotSupportedException($"{here}: only local references to #/$defs/<name> are supported, not '{target}'");
                    break;
                case "type":
                    var types = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(t => t.GetString()!) : [v.GetString()!];
                    if (types.FirstOrDefault(t => !Types.Contains(t)) is { } unknown) throw new NotSupportedException($"{here}: type '{unknown}'");
                    break;
                case "format":
                    if (!Formats.Contains(v.GetString()!)) throw new NotSupportedException($"{here}: format '{v.GetString()}' is not supported");
                    break;
                case "pattern":
                    _ = new Regex(v.GetString()!, RegexOptions.ECMAScript);
                    break;
            }
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{Short(value.GetString()!)}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
