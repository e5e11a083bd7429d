namespace Intensif.Scheduling.Api.Domain;

/// <summary>One person's month against SR-02: held entretiens, the threshold that applies, and whether it is met.</summary>
public sealed record MonthlyCompliance(int Held, int Required)
{
    public bool Compliant => Held >= Required;
}
