namespace Intensif.Indicators.Api.Apis;

/// <summary>How many contrats d'engagement are in force in an organisme, as of when.</summary>
public sealed record ActiveContractsResponse(string OrganismeId, int ActiveContracts, DateTimeOffset AsOf);
