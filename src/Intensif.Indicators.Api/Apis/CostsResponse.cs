using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>Costing of an organisme's realised hours from <c>From</c> to <c>To</c> (months included), one row per group, and the total.</summary>
public sealed record CostsResponse(string Scope, string By, string From, string To, IReadOnlyList<CostRow> Rows, CostRow Total);
