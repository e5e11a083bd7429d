using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// The collections of <see cref="IndicatorData"/> besides the episodes (always read) that <see cref="IndicatorDataLoader"/>
/// reads. A figure computation reads only those its indicator declares (<see cref="IndicatorReads"/>): a request for
/// entries does not read ten million entretiens.
/// </summary>
[Flags]
public enum IndicatorInputs
{
    Episodes = 0,
    Contracts = 1,
    Interviews = 2,
    Weeks = 4,
    ReferentChanges = 8,
    Diagnostics = 16,
    BreachFiles = 32,
    EmploymentOutcomes = 64,
    Orientations = 128,
    /// <summary>The activities done and the families of their catalogue entries.</summary>
    Activities = 256,
    Answers = 512,
    /// <summary>The closed weeks summed by episode and month (kept totals).</summary>
    WeekMonths = 1024,
    /// <summary>The held entretiens counted by person, organisme and month (kept totals).</summary>
    InterviewMonths = 2048,
    /// <summary>The PASSATION entretiens of the people with a passation read (with <see cref="ReferentChanges"/>), not every entretien.</summary>
    PassationInterviews = 4096,
    All = Contracts | Interviews | Weeks | ReferentChanges | Diagnostics | BreachFiles | EmploymentOutcomes | Orientations | Activities | Answers
        | WeekMonths | InterviewMonths,
}
