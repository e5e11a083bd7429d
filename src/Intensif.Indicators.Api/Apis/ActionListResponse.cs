namespace Intensif.Indicators.Api.Apis;

/// <summary>A manager's action list: the organisme, the period it covers and the people on it (pseudonymous ids only).</summary>
public sealed record ActionListResponse<T>(string OrganismeId, string Period, IReadOnlyList<T> People);
