namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The held entretiens of one person with one organisme in one calendar month (Europe/Paris), counted: what I3d reads.
/// Each held <see cref="InterviewOutcome"/> adds its <see cref="InterviewOutcome.MonthTotals"/>; the service keeps the
/// counts in <c>held_interview_months</c>, raised by the difference of every saved outcome (a correction to "missed"
/// takes its entretien out again).
/// </summary>
public sealed class InterviewMonth : IMonthlyTotal
{
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    /// <summary>The first day of the month of the entretiens, in Europe/Paris.</summary>
    public DateOnly Month { get; private set; }
    public int Held { get; private set; }

    private InterviewMonth() { }

    public InterviewMonth(Guid beneficiaryId, string organismeId, DateOnly month, int held) =>
        (BeneficiaryId, OrganismeId, Month, Held) = (beneficiaryId, organismeId, month, held);

    public IMonthlyTotal Negated() => new InterviewMonth(BeneficiaryId, OrganismeId, Month, -Held);

    /// <summary>The outcomes counted by person, organisme and month, as the kept table holds them.</summary>
    public static IReadOnlyList<InterviewMonth> Sum(IEnumerable<InterviewOutcome> interviews) =>
        [.. from t in interviews.Select(i => i.MonthTotals()).OfType<InterviewMonth>()
            group t by (t.BeneficiaryId, t.OrganismeId, t.Month) into g
            select new InterviewMonth(g.Key.BeneficiaryId, g.Key.OrganismeId, g.Key.Month, g.Sum(t => t.Held))];
}
