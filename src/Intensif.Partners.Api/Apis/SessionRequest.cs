using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>A dated session of a catalogue entry, to publish or to change.</summary>
public sealed record SessionRequest : IValidatableObject
{
    /// <summary>Code of the fichier métier entry, e.g. EMP-PMSMP-01.</summary>
    [Required, RegularExpression("^[A-Z0-9][A-Z0-9-]{2,39}$", ErrorMessage = "A catalogue entry code such as EMP-PMSMP-01.")]
    public string? EntryCode { get; init; }
    /// <summary>UTC instant, ISO 8601.</summary>
    [Required] public DateTimeOffset? Start { get; init; }
    [Required] public DateTimeOffset? End { get; init; }
    [StringLength(300)] public string? Location { get; init; }
    [Url, StringLength(500)] public string? VideoLink { get; init; }
    [Required, Range(1, 1000)] public int? Capacity { get; init; }
    /// <summary>Département code, one of the structure's territories.</summary>
    [Required] public string? Territory { get; init; }
    /// <summary>Theme code of §3.15.</summary>
    [Required] public string? Theme { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { } start && End is { } end && end <= start)
            yield return new ValidationResult("A session ends after it starts.", [nameof(End)]);
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(VideoLink))
            yield return new ValidationResult("A session has a place or a video link.", [nameof(Location)]);
        if (Territory is not null && !Territories.IsDepartement(Territory))
            yield return new ValidationResult($"'{Territory}' is not a département code.", [nameof(Territory)]);
        if (Theme is not null && !Themes.IsKnown(Theme))
            yield return new ValidationResult($"'{Theme}' is not a theme; one of {string.Join(", ", Themes.All)}.", [nameof(Theme)]);
    }

    public SessionPlan ToPlan() => new(EntryCode!, Start!.Value.ToUniversalTime(), End!.Value.ToUniversalTime(), Location, VideoLink, Capacity!.Value, Territory!, Theme!);
}
