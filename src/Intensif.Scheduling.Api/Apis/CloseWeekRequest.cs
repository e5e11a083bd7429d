using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>Why the week is below its target, when its assignments do not say (illness, other…), and the référent's comment.</summary>
public sealed record CloseWeekRequest
{
    public GapReason? GapReason { get; init; }
    [StringLength(1000)] public string? Comment { get; init; }
}
