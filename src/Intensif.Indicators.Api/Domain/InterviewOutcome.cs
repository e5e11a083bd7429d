using Intensif.ServiceDefaults.Time;
using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The outcome of one entretien (held, or missed with or without a legitimate reason), pseudonymous. When outcomes are
/// corrected the latest one (by event time) wins, and of two outcomes of the same instant "held" wins, so the order
/// of delivery never matters.
/// </summary>
public sealed class InterviewOutcome : IFeedsIndicators, IAddsToMonthlyTotals
{
    public Guid InterviewId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public string Type { get; private set; } = "";
    public bool Held { get; private set; }
    public bool Justified { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private InterviewOutcome() { }

    public static InterviewOutcome Known(Guid interviewId, string organismeId, Guid beneficiaryId) =>
        new() { InterviewId = interviewId, OrganismeId = organismeId, BeneficiaryId = beneficiaryId, RecordedAt = DateTimeOffset.MinValue };

    public void Apply(DateTimeOffset scheduledAt, string type, bool held, bool justified, DateTimeOffset occurredAt)
    {
        if (occurredAt < RecordedAt || (occurredAt == RecordedAt && !held)) return;
        (ScheduledAt, Type, Held, Justified, RecordedAt) = (scheduledAt, type, held, justified, occurredAt);
    }

    /// <summary>The day of the entretien in Europe/Paris.</summary>
    public DateOnly Day => ParisTime.DayOf(ScheduledAt);

    /// <summary>What the entretien adds to its person's month with the organisme: one when held, nothing otherwise.</summary>
    public IMonthlyTotal? MonthTotals() => Held && ScheduledAt != default ? new InterviewMonth(BeneficiaryId, OrganismeId, new DateOnly(Day.Year, Day.Month, 1), 1) : null;

    /// <summary>Figures it feeds: read through the person, for the periods whose window (a day before, 15 days after for O7) holds it.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => ScheduledAt == default ? [] : [new(OrganismeId, null, DateOnly.FromDateTime(ScheduledAt.UtcDateTime).AddDays(-17),
            DateOnly.FromDateTime(ScheduledAt.UtcDateTime).AddDays(2)) { Person = BeneficiaryId }];
}
