using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The person declares an autonomous activity of the fichier métier they did: its <c>entryCode</c>, when (UTC instants),
/// a reference to its proof (required) and an optional comment.
/// </summary>
public sealed record DeclareActivityRequest : IValidatableObject
{
    [Required, StringLength(32, MinimumLength = 2)] public string? EntryCode { get; init; }
    [Required] public DateTimeOffset? Start { get; init; }
    [Required] public DateTimeOffset? End { get; init; }
    [Required(AllowEmptyStrings = false), StringLength(300)] public string? ProofReference { get; init; }
    [StringLength(1000)] public string? Comment { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { } start && End is { } end)
        {
            if (end <= start) yield return new("The activity ends after it starts.", [nameof(End)]);
            else if (end - start > TimeSpan.FromHours(35)) yield return new("One activity lasts at most 35 h; declare longer ones day by day.", [nameof(End)]);
        }
        if (ProofReference is not null && string.IsNullOrWhiteSpace(ProofReference))
            yield return new("A declaration comes with a proof (a reference to it).", [nameof(ProofReference)]);
    }
}
