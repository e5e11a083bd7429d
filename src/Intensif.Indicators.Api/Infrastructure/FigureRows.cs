using System.Text.Json;
using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The cells of one computation as stored in <see cref="FigureCell.Rows"/>, each with its period's label.</summary>
public static class FigureRows
{
    private sealed record Row(string Period, string Group, string? Category, decimal? Value, int Population, bool Masked);

    public static string Write(IEnumerable<IndicatorCell> cells) =>
        JsonSerializer.Serialize(cells.Select(c => new Row(c.Period.Label, c.Group, c.Category, c.Value, c.Population, c.Masked)));

    public static IReadOnlyList<IndicatorCell> Read(string rows, IReadOnlyList<ReportingPeriod> periods)
    {
        var byLabel = periods.ToDictionary(p => p.Label);
        return [.. (JsonSerializer.Deserialize<List<Row>>(rows) ?? []).Select(r => new IndicatorCell(byLabel[r.Period], r.Group, r.Category, r.Value, r.Population, r.Masked))];
    }
}
