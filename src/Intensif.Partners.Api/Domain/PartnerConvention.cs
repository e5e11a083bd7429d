namespace Intensif.Partners.Api.Domain;

/// <summary>A funding convention of the structure: who funds it, for which period, for how many places.</summary>
public sealed record PartnerConvention(string Funder, DateOnly From, DateOnly To, int Places)
{
    public bool IsWellFormed => To >= From && Places > 0;
}
