using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// What happened. <c>actualHours</c>: the time actually spent (capped real-time entries are valued on it; the slot's
/// length otherwise). <c>proofReference</c>: required for the person's declaration of an autonomous activity done.
/// </summary>
public sealed record RecordAttendanceRequest
{
    [Required] public AttendanceOutcome? Outcome { get; init; }
    [Range(0.01, 35)] public decimal? ActualHours { get; init; }
    [StringLength(300)] public string? ProofReference { get; init; }
}
