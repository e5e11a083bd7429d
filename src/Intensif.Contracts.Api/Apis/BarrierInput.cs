using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record BarrierInput
{
    [Required, EnumDataType(typeof(BarrierType))] public BarrierType? Type { get; init; }
    [Required, EnumDataType(typeof(BarrierLevel))] public BarrierLevel? Level { get; init; }
}
