using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record RecordEmploymentOutcomeRequest : EmploymentDetailsInput
{
    /// <summary>EXIT, FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS, FOLLOW_UP_12_MONTHS or REFERENT.</summary>
    [Required, EnumDataType(typeof(EmploymentOutcomeSource))] public EmploymentOutcomeSource? Source { get; init; }
}
