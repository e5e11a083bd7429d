namespace Intensif.Indicators.Api.Domain;

/// <summary>What an hour of an activity costs from <c>ValidFrom</c> to <c>ValidTo</c> (inclusive; open when null).</summary>
public sealed record HourlyCostPeriod(decimal EurosPerHour, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool Covers(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);
}
