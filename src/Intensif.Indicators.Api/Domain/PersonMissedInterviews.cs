namespace Intensif.Indicators.Api.Domain;

/// <summary>A person (pseudonymous) who missed entretiens in the month, and their référent now.</summary>
public sealed record PersonMissedInterviews(Guid BeneficiaryId, Guid? EpisodeId, string? ReferentId, int Missed, int Unjustified, DateOnly LastMissedOn);
