using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The RSA household facts behind the 50 % sanction cap (BR-29) and the childcare exemption (BR-05).</summary>
public sealed record RsaHouseholdInput
{
    [Required, Range(1, 20)] public int? Size { get; init; }
    public bool SingleParentMajoration { get; init; }
    [Range(0, 19)] public int ChildrenUnder12 { get; init; }

    public RsaHousehold ToDomain() => RsaHousehold.Check(Size!.Value, SingleParentMajoration, ChildrenUnder12);
}
