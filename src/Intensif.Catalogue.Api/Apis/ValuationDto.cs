using System.ComponentModel.DataAnnotations;
using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>How an entry is valued in hours (BR-17).</summary>
public sealed record ValuationDto
{
    [Required] public ValuationMethod? Method { get; init; }
    /// <summary>Hours per occurrence, half-day or day; required by the forfait methods.</summary>
    public decimal? ForfaitHours { get; init; }
    /// <summary>Weekly cap; required by capped real time.</summary>
    public decimal? MaxHoursPerWeek { get; init; }
    public int? MaxOccurrencesPerWeek { get; init; }
    /// <summary>Cap over the whole accompaniment, e.g. 24 h for a bilan de compétences (BR-35).</summary>
    public decimal? MaxTotalHours { get; init; }

    public ValuationRule ToRule() => new(Method!.Value, ForfaitHours, MaxHoursPerWeek, MaxOccurrencesPerWeek, MaxTotalHours);

    public static ValuationDto? From(ValuationRule? rule) => rule is null ? null : new()
    {
        Method = rule.Method, ForfaitHours = rule.ForfaitHours, MaxHoursPerWeek = rule.MaxHoursPerWeek,
        MaxOccurrencesPerWeek = rule.MaxOccurrencesPerWeek, MaxTotalHours = rule.MaxTotalHours,
    };
}
