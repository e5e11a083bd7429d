namespace Intensif.Indicators.Api.Domain;

/// <summary>One funding convention of a partner structure: funder, the days it covers (inclusive) and the places it funds.</summary>
public sealed record ConventionTerm(string Funder, DateOnly From, DateOnly To, int Places)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;
}
