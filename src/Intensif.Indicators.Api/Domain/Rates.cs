namespace Intensif.Indicators.Api.Domain;

/// <summary>How ratios and means are rounded: one decimal, no value when the denominator is zero.</summary>
public static class Rates
{
    public static decimal? Percent(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    public static decimal? Mean(IReadOnlyCollection<int> values) =>
        values.Count == 0 ? null : Math.Round((decimal)values.Sum() / values.Count, 1, MidpointRounding.AwayFromZero);

    public static decimal? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
