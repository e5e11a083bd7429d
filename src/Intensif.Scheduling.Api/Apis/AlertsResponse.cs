using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The référent's alerts on <c>today</c> (Europe/Paris), about <c>lastWeek</c> and <c>month</c>.</summary>
public sealed record AlertsResponse(DateOnly Today, string LastWeek, string Month, IReadOnlyList<ReferentAlert> Alerts);
