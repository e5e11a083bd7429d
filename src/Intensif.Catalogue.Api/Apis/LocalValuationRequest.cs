namespace Intensif.Catalogue.Api.Apis;

/// <summary>Local values for a national entry; an absent value keeps the national one.</summary>
public sealed record LocalValuationRequest(decimal? ForfaitHours, decimal? MaxHoursPerWeek, int? MaxOccurrencesPerWeek);
