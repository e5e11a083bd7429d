using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>A local forfait of a national entry, for one organisme or one territory.</summary>
public sealed record LocalValuationResponse(
    string EntryCode, OverrideScope ScopeKind, string ScopeValue, decimal? ForfaitHours, decimal? MaxHoursPerWeek,
    int? MaxOccurrencesPerWeek, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static LocalValuationResponse From(LocalValuation l) =>
        new(l.EntryCode, l.ScopeKind, l.ScopeValue, l.ForfaitHours, l.MaxHoursPerWeek, l.MaxOccurrencesPerWeek, l.UpdatedAt, l.UpdatedBy);
}
