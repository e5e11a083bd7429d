namespace Intensif.Indicators.Api.Apis;

/// <summary>One free-text answer with its score; no date, no episode, no person.</summary>
public sealed record SatisfactionComment(int Score, string Comment);
