namespace Intensif.Contracts.Api.Domain;

/// <summary>What the Contracts service knows of a catalogue entry from the catalogue's events (its projection).</summary>
public sealed record CatalogueFacts(string Code, string Label, Supervision? Supervision, decimal? ForfaitHours, bool Archived, int? Family = null);
