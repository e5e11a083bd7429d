using System.Text.Json.Serialization;

namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// A structure of data·inclusion v1 (schemas/data-inclusion/v1/structure.json): the required fields, and the network
/// and SIRET of a partner structure the Partners service described. Address and contacts are not in its events (a
/// contact is a person), so the catalogue does not know them and omits them.
/// </summary>
public sealed record DataInclusionStructure
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }

    [JsonPropertyName("siret"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Siret { get; init; }

    [JsonPropertyName("reseaux_porteurs"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ReseauxPorteurs { get; init; }
}
