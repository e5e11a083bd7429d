using System.ComponentModel.DataAnnotations;
using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Apis;

/// <summary>The person's answer to the exit survey: the overall score (1 = not at all satisfied, 5 = very satisfied) and an optional comment.</summary>
public sealed record SatisfactionAnswerRequest(
    [property: Range(SatisfactionAnswer.MinScore, SatisfactionAnswer.MaxScore)] int Score,
    [property: MaxLength(SatisfactionAnswer.MaxCommentLength)] string? Comment);
