namespace Intensif.Scheduling.Api.Apis;

/// <summary>The SR-07 justification recorded on the person's open intensive episode.</summary>
public sealed record WorkFirstJustificationResponse(
    Guid BeneficiaryId, Guid EpisodeId, string? Parcours, string Reason, string JustifiedBy, DateTimeOffset JustifiedAt);
