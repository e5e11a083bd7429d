namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>The structure a published entry is exported under: its data·inclusion id and name.</summary>
public sealed record ProviderStructure(string Id, string Nom);
