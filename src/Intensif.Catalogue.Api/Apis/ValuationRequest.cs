using System.ComponentModel.DataAnnotations;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>
/// One realised occurrence of an entry, and what the same beneficiary was already credited for that entry (the
/// caller's ledger), so that weekly and total caps apply.
/// </summary>
public sealed record ValuationRequest
{
    [Required, StringLength(32)] public string? EntryCode { get; init; }
    /// <summary>Half-days (FORFAIT_DEMI_JOURNEE) or days (FORFAIT_JOURNEE) covered; 1 by default.</summary>
    [Range(1, 10)] public int? Units { get; init; }
    /// <summary>Hours actually spent; required for TEMPS_REEL_PLAFONNE.</summary>
    [Range(0.01, 35)] public decimal? ActualHours { get; init; }
    [Range(0, 168)] public decimal? HoursAlreadyThisWeek { get; init; }
    [Range(0, 500)] public int? OccurrencesAlreadyThisWeek { get; init; }
    [Range(0, 100_000)] public decimal? HoursAlreadyInTotal { get; init; }
    /// <summary>The beneficiary's département, for a territory's local valuation; the caller's only territory by default.</summary>
    [StringLength(3)] public string? Territory { get; init; }
}
