using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// A partner's session (<c>sessionId</c>: its dates are the session's) or an autonomous activity of the fichier métier
/// (<c>entryCode</c> with <c>plannedStart</c> and <c>plannedEnd</c>, UTC instants). <c>booked</c> false leaves it PROPOSED.
/// </summary>
public sealed record PlanAssignmentRequest : IValidatableObject
{
    public Guid? SessionId { get; init; }
    [StringLength(32)] public string? EntryCode { get; init; }
    public DateTimeOffset? PlannedStart { get; init; }
    public DateTimeOffset? PlannedEnd { get; init; }
    /// <summary>Half-days or days covered, for entries valued per half-day or day; 1 by default.</summary>
    [Range(1, 10)] public int? Units { get; init; }
    /// <summary>BOOKED (default) or PROPOSED.</summary>
    public bool? Booked { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SessionId is null == string.IsNullOrWhiteSpace(EntryCode))
            yield return new("Give either a partner's sessionId or the entryCode of an autonomous activity.", [nameof(SessionId), nameof(EntryCode)]);
        if (SessionId is null)
        {
            if (PlannedStart is null) yield return new("An autonomous activity has a planned start.", [nameof(PlannedStart)]);
            if (PlannedEnd is null) yield return new("An autonomous activity has a planned end.", [nameof(PlannedEnd)]);
        }
        else if (PlannedStart is not null || PlannedEnd is not null)
            yield return new("A session's dates are the partner's; leave plannedStart and plannedEnd out.", [nameof(PlannedStart)]);
        if (PlannedStart is { } start && PlannedEnd is { } end)
        {
            if (end <= start) yield return new("The activity ends after it starts.", [nameof(PlannedEnd)]);
            else if (end - start > TimeSpan.FromHours(35)) yield return new("One activity lasts at most 35 h; plan longer ones week by week.", [nameof(PlannedEnd)]);
        }
    }
}
