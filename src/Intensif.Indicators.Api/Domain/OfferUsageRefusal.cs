namespace Intensif.Indicators.Api.Domain;

/// <summary>How many referrals of an O5 row the partner refused for one reason of the configured list.</summary>
public sealed record OfferUsageRefusal(string Reason, int Count);
