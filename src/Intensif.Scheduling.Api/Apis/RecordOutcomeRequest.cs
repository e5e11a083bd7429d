using System.ComponentModel.DataAnnotations;
using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record RecordOutcomeRequest
{
    /// <summary>HELD, NO_SHOW_JUSTIFIED or NO_SHOW_UNJUSTIFIED.</summary>
    [Required] public InterviewOutcome? Outcome { get; init; }
}
