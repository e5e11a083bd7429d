using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record EndEpisodeRequest
{
    /// <summary>Today when omitted.</summary>
    public DateOnly? EndedOn { get; init; }
    [Required, EnumDataType(typeof(ExitType))] public ExitType? ExitType { get; init; }
    /// <summary>The barriers still present at exit ("persistance des freins").</summary>
    [MaxLength(12)] public List<BarrierInput>? BarriersAtExit { get; init; }
    /// <summary>§3.17 employmentDetails: the job the person leaves for, recorded as an employment outcome with source EXIT.</summary>
    public EmploymentDetailsInput? EmploymentDetails { get; init; }
}
