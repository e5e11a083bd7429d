using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>
/// The hours the occurrence is worth. <c>source</c> says which valuation applied: NATIONAL, ORGANISME or TERRITORY;
/// <c>appliedCaps</c> lists the caps that reduced <c>rawHours</c> (not-counted, weekly-occurrences-cap, weekly-hours-cap, total-hours-cap).
/// </summary>
public sealed record ValuationResponse(
    string EntryCode, string Source, ValuationDto Rule, Supervision? Supervision, decimal Hours, decimal RawHours, IReadOnlyList<string> AppliedCaps);
