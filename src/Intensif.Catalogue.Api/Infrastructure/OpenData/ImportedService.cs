namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>What became of one imported data·inclusion service: its draft's code, created now or by an earlier import.</summary>
public sealed record ImportedService(string Id, string Code, bool Created);
