namespace Intensif.Indicators.Api.Extensions;

/// <summary>Settings of the indicators service.</summary>
public sealed class IndicatorsOptions
{
    public const string Section = "Indicators";

    /// <summary>Cells resting on fewer episodes are masked for the comités (§2.2: 5, or 11 if the DPO decides).</summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>I4's window (PROP, <c>employmentOutcomeWindowMonths</c>): an outcome counts when it starts at most this many months after the entry.</summary>
    public int EmploymentOutcomeWindowMonths { get; set; } = Domain.EmploymentAccessIndicator.DefaultWindowMonths;

    /// <summary>O4's N (PROP): a professional placement counts when done at most this many weeks after the entry.</summary>
    public int EarlyWorkSituationWeeks { get; set; } = Domain.EarlyWorkSituationIndicator.DefaultWeeks;
}
