using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// What each indicator's <see cref="IIndicator.Compute"/> reads besides the episodes, by code, as its code reads it
/// (the <c>data.</c> members it and its helpers use). An indicator missing here reads everything; the référent
/// breakdown adds the passations (<see cref="IndicatorData.ReferentOf"/>). FigureCacheTests and IndicatorReadsTests
/// check that a computation over only these equals the one over everything, for every indicator and breakdown.
/// </summary>
public static class IndicatorReads
{
    private static readonly Dictionary<string, IndicatorInputs> ByCode = new()
    {
        ["RPE_ENTRIES"] = IndicatorInputs.Episodes,
        ["RPE_IN_PROGRESS"] = IndicatorInputs.Episodes,
        ["RPE_AVERAGE_DURATION"] = IndicatorInputs.Episodes,
        ["RPE_EXITS_BY_REASON"] = IndicatorInputs.Episodes,
        ["I1_PREVALENCE"] = IndicatorInputs.Contracts,
        ["I1B_ENTRY_RATE"] = IndicatorInputs.Contracts,
        ["I2_MEDIAN_DURATION"] = IndicatorInputs.Episodes,
        ["I2_OPEN_EPISODE_AGE"] = IndicatorInputs.Episodes,
        ["I2B_EXCEEDED_PLANNED_DURATION"] = IndicatorInputs.Episodes,
        ["I3_INTENSITY"] = IndicatorInputs.WeekMonths,
        ["I3B_TARGET_ATTAINMENT"] = IndicatorInputs.WeekMonths,
        ["I3C_ACCOMPANIED_SHARE"] = IndicatorInputs.WeekMonths,
        ["I3D_INTERVIEW_COMPLIANCE"] = IndicatorInputs.InterviewMonths,
        ["I4B_EMPLOYMENT_EXIT_RATE"] = IndicatorInputs.Episodes,
        ["I5_SATISFACTION"] = IndicatorInputs.Answers,
        ["I5_RESPONSE_RATE"] = IndicatorInputs.Answers,
        ["O1_PORTFOLIO_OVER_CAP"] = IndicatorInputs.ReferentChanges,
        ["O7_REFERENT_CHANGES"] = IndicatorInputs.ReferentChanges,
        ["O7B_PASSATION_INTERVIEW"] = IndicatorInputs.ReferentChanges | IndicatorInputs.PassationInterviews,
        ["I6_BARRIER_PERSISTENCE"] = IndicatorInputs.Diagnostics,
        ["I6B_BARRIER_RESOLUTION"] = IndicatorInputs.Diagnostics,
        ["O6_SANCTION_ACTIVITY"] = IndicatorInputs.BreachFiles,
        ["O6_BREACH_RATE"] = IndicatorInputs.BreachFiles,
        ["O6_DECISIONS_BY_RATE"] = IndicatorInputs.BreachFiles,
        ["O6_LIFTS_BY_REASON"] = IndicatorInputs.BreachFiles,
        ["O6_SANCTION_RATES"] = IndicatorInputs.BreachFiles,
        ["O6_HOUSEHOLD_CAP_SHARE"] = IndicatorInputs.BreachFiles,
        ["I4_EMPLOYMENT_ACCESS"] = IndicatorInputs.EmploymentOutcomes,
        ["I4_DURABLE_EMPLOYMENT_ACCESS"] = IndicatorInputs.EmploymentOutcomes,
        ["I4_EMPLOYMENT_ACCESS_12M"] = IndicatorInputs.EmploymentOutcomes,
        ["I4_FOLLOW_UP_COVERAGE"] = IndicatorInputs.EmploymentOutcomes,
        ["I4_FOLLOW_UP_COVERAGE_12M"] = IndicatorInputs.EmploymentOutcomes,
        ["O2_CONTRACT_DELAY"] = IndicatorInputs.Contracts,
        ["O2_MEDIAN_CONTRACT_DELAY"] = IndicatorInputs.Contracts,
        ["O3_RSA_ORIENTATION_DELAY"] = IndicatorInputs.Orientations,
        ["O4_EARLY_WORK_SITUATION"] = IndicatorInputs.Activities,
    };

    public static IndicatorInputs Of(IIndicator indicator, Breakdown breakdown) =>
        (ByCode.TryGetValue(indicator.Definition.Code, out var inputs) ? inputs : IndicatorInputs.All)
        | (breakdown.Name == Breakdown.Referent.Name ? IndicatorInputs.ReferentChanges : IndicatorInputs.Episodes);

    /// <summary>Whether the code is declared (an undeclared indicator reads everything, correct but slower).</summary>
    public static bool Declares(string code) => ByCode.ContainsKey(code);
}
