using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record ObjectiveInput
{
    /// <summary>Stable within the plan (e.g. EMP-PROJET); statuses are followed by code across versions.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]{1,40}$", ErrorMessage = "1 to 40 letters, digits, - or _.")] public string? Code { get; init; }
    [Required, StringLength(300, MinimumLength = 1)] public string? Label { get; init; }
    [Required, EnumDataType(typeof(ObjectiveDimension))] public ObjectiveDimension? Dimension { get; init; }
    [EnumDataType(typeof(ObjectiveStatus))] public ObjectiveStatus? Status { get; init; }
    public DateOnly? TargetDate { get; init; }
    [EnumDataType(typeof(BarrierType))] public BarrierType? LinkedBarrier { get; init; }

    public Objective ToDomain() => new(Code!, Label!.Trim(), Dimension!.Value, Status ?? ObjectiveStatus.NOT_STARTED, TargetDate, LinkedBarrier);
}
