namespace Intensif.Indicators.Api.Domain;

/// <summary>A closed week whose realised hours stayed under the target, with the gap reason the référent gave.</summary>
public sealed record WeekBelowTarget(Guid BeneficiaryId, Guid EpisodeId, string? ReferentId, string IsoWeek, decimal TargetHours, decimal RealisedHours, string GapReason);
