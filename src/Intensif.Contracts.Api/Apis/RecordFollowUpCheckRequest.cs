using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A follow-up check of an exit that found no job (§3.17 followUpChecks).</summary>
public sealed record RecordFollowUpCheckRequest
{
    /// <summary>FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS or FOLLOW_UP_12_MONTHS.</summary>
    [Required, EnumDataType(typeof(EmploymentOutcomeSource))] public EmploymentOutcomeSource? Check { get; init; }
    /// <summary>The day the check was made; today when absent.</summary>
    public DateOnly? CheckedOn { get; init; }
    /// <summary>NO_EMPLOYMENT (reached, no job since the exit) or UNREACHABLE.</summary>
    [Required, EnumDataType(typeof(FollowUpCheckResult))] public FollowUpCheckResult? Result { get; init; }
}
