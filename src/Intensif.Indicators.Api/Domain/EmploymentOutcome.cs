using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// An employment outcome of a person (§3.17 employmentDetails, follow-up checks), as I4 counts it: the contract kind,
/// its start and length, and whether Contracts judged it durable (CDI, CDD ≥ 6 months, business creation). A correction
/// of the same outcome replaces it: the newest recording wins, so corrections arriving in any order end the same.
/// Pseudonymous, never the employer.
/// </summary>
public sealed class EmploymentOutcome : IFeedsIndicators
{
    /// <summary>Kinds that count as access to employment whatever their length is (§5 I4: business creation; a CDI has no end).</summary>
    public static readonly IReadOnlySet<string> OpenEndedKinds = new HashSet<string> { "CDI", "CREATION_ACTIVITE" };

    /// <summary>§5 I4: a salaried contract counts from one month.</summary>
    public const int MinimumMonths = 1;

    public Guid OutcomeId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public Guid? EpisodeId { get; private set; }
    public string ContractKind { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public int? DurationMonths { get; private set; }
    public bool Durable { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private EmploymentOutcome() { }

    public static EmploymentOutcome Known(Guid outcomeId, string organismeId, string territory, Guid beneficiaryId) => new()
    {
        OutcomeId = outcomeId, OrganismeId = organismeId, Territory = territory, BeneficiaryId = beneficiaryId, RecordedAt = DateTimeOffset.MinValue,
    };

    public void ApplyRecorded(Guid? episodeId, string contractKind, DateOnly startDate, int? durationMonths, bool durable, DateTimeOffset occurredAt)
    {
        if (occurredAt <= RecordedAt) return;   // an older recording arriving late changes nothing
        (EpisodeId, ContractKind, StartDate, DurationMonths, Durable, RecordedAt) = (episodeId, contractKind, startDate, durationMonths, durable, occurredAt);
    }

    /// <summary>§5 I4: any salaried contract of at least one month, an open-ended one, a business creation, or one Contracts judged durable.</summary>
    public bool CountsAsEmployment => Durable || OpenEndedKinds.Contains(ContractKind) || DurationMonths >= MinimumMonths;

    /// <summary>Starts on or after <paramref name="entry"/> and at most <paramref name="months"/> calendar months after it.</summary>
    public bool StartsWithin(DateOnly entry, int months) => StartDate >= entry && StartDate <= entry.AddMonths(months);

    /// <summary>Figures it feeds: counts for the person's entries (any organisme) up to 12 months before its start (I4).</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => StartDate == default ? [] : [new(OrganismeId, Territory, StartDate.AddMonths(-13), StartDate) { Person = BeneficiaryId, AnyOrganisme = true }];
}
