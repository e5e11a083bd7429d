using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// A shared calendar event. <c>kind</c>: COLLECTIVE_SESSION (with the catalogue <c>entryCode</c> and a <c>capacity</c>) or
/// COORDINATION (optional capacity of participants). <c>territory</c>: one of the caller's; <c>theme</c>: a §3.15 code.
/// <c>start</c>/<c>end</c>: UTC instants, at most 12 h apart. A place (<c>location</c>) or a <c>videoLink</c>.
/// On update, <c>kind</c>, <c>territory</c> and <c>entryCode</c> are ignored (they never change).
/// </summary>
public sealed record CalendarEventRequest : IValidatableObject
{
    [Required] public SharedEventKind? Kind { get; init; }
    [Required, StringLength(8, MinimumLength = 1)] public string? Territory { get; init; }
    [StringLength(32)] public string? Theme { get; init; }
    [StringLength(40)] public string? EntryCode { get; init; }
    [Required, StringLength(200, MinimumLength = 1)] public string? Title { get; init; }
    [Required] public DateTimeOffset? Start { get; init; }
    [Required] public DateTimeOffset? End { get; init; }
    [StringLength(300)] public string? Location { get; init; }
    [StringLength(500), Url] public string? VideoLink { get; init; }
    [Range(1, 1000)] public int? Capacity { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Theme is not null && !CalendarThemes.Codes.Contains(Theme))
            yield return new($"A theme of §3.15: {string.Join(", ", CalendarThemes.Codes)}.", ["theme"]);
        if (Kind == SharedEventKind.COLLECTIVE_SESSION)
        {
            if (string.IsNullOrWhiteSpace(EntryCode)) yield return new("A collective session is a session of a catalogue entry.", ["entryCode"]);
            if (Capacity is null) yield return new("A collective session has a capacity.", ["capacity"]);
        }
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(VideoLink))
            yield return new("A place or a video link.", ["location", "videoLink"]);
        if (Start is { } start && End is { } end)
        {
            if (end <= start) yield return new("The event ends after it starts.", ["end"]);
            else if (end - start > SharedEvent.MaxLength) yield return new("An event lasts at most 12 hours.", ["end"]);
        }
    }
}
