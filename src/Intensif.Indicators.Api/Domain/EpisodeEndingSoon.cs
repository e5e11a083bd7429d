namespace Intensif.Indicators.Api.Domain;

/// <summary>An episode in progress whose planned end is near (SR-06): extend it or prepare the exit.</summary>
public sealed record EpisodeEndingSoon(Guid BeneficiaryId, Guid EpisodeId, string? ReferentId, DateOnly PlannedEndDate, int DaysLeft, int ExtensionCount);
