using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record CloseContractRequest
{
    /// <summary>Today when omitted.</summary>
    public DateOnly? ClosedOn { get; init; }
    [Required, EnumDataType(typeof(ExitType))] public ExitType? Reason { get; init; }
}
