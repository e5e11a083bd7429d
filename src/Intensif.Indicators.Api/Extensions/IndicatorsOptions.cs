namespace Intensif.Indicators.Api.Extensions;

/// <summary>Settings of the indicators service.</summary>
public sealed class IndicatorsOptions
{
    public const string Section = "Indicators";

    /// <summary>Cells resting on fewer episodes are masked for the comités (§2.2: 5, or 11 if the DPO decides).</summary>
    public int SmallCellThreshold { get; set; } = 5;
}
