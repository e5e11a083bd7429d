using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record ConventionRequest
{
    /// <summary>Who funds it, e.g. CD34, FT, REGION_OCCITANIE, FSE_PLUS.</summary>
    [Required, StringLength(80, MinimumLength = 2)] public string? Funder { get; init; }
    [Required] public DateOnly? From { get; init; }
    [Required] public DateOnly? To { get; init; }
    [Required, Range(1, 100_000)] public int? Places { get; init; }

    public bool EndsBeforeItStarts => From is { } from && To is { } to && to < from;

    public PartnerConvention ToDomain() => new(Funder!.Trim(), From!.Value, To!.Value, Places!.Value);
}
