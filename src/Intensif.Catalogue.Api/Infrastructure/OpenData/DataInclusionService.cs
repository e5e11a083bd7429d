using System.Text.Json.Serialization;

namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// A service of data·inclusion v1 (schemas/data-inclusion/v1/service.json, Licence Ouverte 2.0): the fields the
/// catalogue can state. A field the catalogue does not know is omitted, never guessed (the schema defaults it to null).
/// </summary>
public sealed record DataInclusionService
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("structure_id")] public required string StructureId { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }

    [JsonPropertyName("type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }
    [JsonPropertyName("thematiques"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Thematiques { get; init; }
    [JsonPropertyName("publics"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Publics { get; init; }
    [JsonPropertyName("publics_precisions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PublicsPrecisions { get; init; }
    [JsonPropertyName("conditions_acces"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConditionsAcces { get; init; }
    [JsonPropertyName("mobilisable_par"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MobilisablePar { get; init; }
    [JsonPropertyName("modes_accueil"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ModesAccueil { get; init; }
    [JsonPropertyName("frais"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Frais { get; init; }
    [JsonPropertyName("zone_eligibilite"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ZoneEligibilite { get; init; }
}
