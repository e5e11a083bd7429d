namespace Intensif.Indicators.Api.Apis;

/// <summary>
/// The comments of a quarter's exits, in no meaningful order; <c>withheld</c> when fewer people answered than the
/// small-cell threshold (a handful of exits would make each comment attributable).
/// </summary>
public sealed record SatisfactionCommentsResponse(string OrganismeId, string Quarter, int Respondents, bool Withheld, IReadOnlyList<SatisfactionComment> Comments);
