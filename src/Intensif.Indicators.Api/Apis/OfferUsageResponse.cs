using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>§5 O5 for a scope: one row per period and catalogue entry (or partner structure).</summary>
public sealed record OfferUsageResponse(string Scope, string By, string Period, string From, string To, IReadOnlyList<OfferUsageRow> Rows);
