namespace Intensif.Indicators.Api.Apis;

/// <summary>Costing as CSV (<see cref="CsvWriter"/>): one line per group, then the total.</summary>
public static class CostsCsv
{
    public static byte[] Write(CostsResponse costs, ExportOptions options)
    {
        var csv = new CsvWriter(options);
        csv.Line("scope", "by", "from", "to", "group", "realised_hours", "costed_hours", "uncosted_hours", "cost_eur");
        foreach (var row in costs.Rows.Append(costs.Total))
            csv.Line(costs.Scope, costs.By, costs.From, costs.To, row.Key, csv.Number(row.RealisedHours, "0.00"), csv.Number(row.CostedHours, "0.00"),
                csv.Number(row.UncostedHours, "0.00"), csv.Number(row.Cost, "0.00"));
        return csv.ToBytes();
    }
}
