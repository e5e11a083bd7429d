using System.Text.Json.Serialization;

namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// A structure of data·inclusion v1 (schemas/data-inclusion/v1/structure.json). The catalogue only knows a provider's
/// identity, so only the required fields are stated; address, SIRET and contacts belong to the Partners service.
/// </summary>
public sealed record DataInclusionStructure
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }
}
