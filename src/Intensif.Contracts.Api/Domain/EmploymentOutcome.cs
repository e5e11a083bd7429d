using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// An employment outcome of the person of a contract (§3.17 employmentDetails, indicator I4): what job, from when, for
/// how long, and how we learnt of it. It belongs to the intensive episode its start falls in, else to the contract's
/// latest episode, else to none.
/// </summary>
public sealed class EmploymentOutcome
{
    /// <summary>I4 "emploi durable": CDI, CDD of 6 months or more, creation (§5); the same bar as the exit type EMPLOI_DURABLE.</summary>
    public const int DurableCddMonths = 6;

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public Guid? EpisodeId { get; private set; }
    public EmploymentContractKind ContractKind { get; private set; }
    public DateOnly StartDate { get; private set; }
    public int? DurationMonths { get; private set; }
    public decimal? WeeklyHours { get; private set; }
    public string? EmployerSiret { get; private set; }
    public string? Rome { get; private set; }
    public EmploymentOutcomeSource Source { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private EmploymentOutcome() { }

    public bool Durable => IsDurable(ContractKind, DurationMonths);

    public static bool IsDurable(EmploymentContractKind kind, int? durationMonths) => kind switch
    {
        EmploymentContractKind.CDI or EmploymentContractKind.CREATION_ACTIVITE => true,
        EmploymentContractKind.CDD => durationMonths >= DurableCddMonths,
        _ => false,
    };

    /// <summary>Kinds that have a length by nature: it is required. A CDI or a creation has none: it is refused.</summary>
    public static bool HasDuration(EmploymentContractKind kind) => kind is EmploymentContractKind.CDD or EmploymentContractKind.INTERIM
        or EmploymentContractKind.ALTERNANCE or EmploymentContractKind.IAE or EmploymentContractKind.CONTRAT_AIDE;

    /// <summary>
    /// Field errors of the details on a contract signed on <paramref name="signedOn"/> (empty when they hold): the job
    /// starts between the signature and today; the length is given for fixed-term kinds and absent for a CDI or a
    /// creation (free for AUTRE). <paramref name="prefix"/> names the object in the request ("" or "employmentDetails.").
    /// </summary>
    public static Dictionary<string, string[]> Check(EmploymentDetails d, DateOnly? signedOn, DateOnly today, string prefix = "")
    {
        var errors = new Dictionary<string, string[]>();
        if (d.StartDate > today) errors[prefix + "startDate"] = ["An employment outcome is recorded once the job has started, not ahead."];
        else if (signedOn is { } signed && d.StartDate < signed)
            errors[prefix + "startDate"] = [$"The job starts before the contract was signed ({signed:yyyy-MM-dd}): it is not an outcome of the accompaniment."];
        if (HasDuration(d.ContractKind) && d.DurationMonths is null)
            errors[prefix + "durationMonths"] = [$"A {d.ContractKind} has a length in months."];
        if (d.ContractKind is EmploymentContractKind.CDI or EmploymentContractKind.CREATION_ACTIVITE && d.DurationMonths is not null)
            errors[prefix + "durationMonths"] = [$"A {d.ContractKind} has no length: leave it empty."];
        return errors;
    }

    /// <summary>
    /// Records an outcome on a signed contract (call <see cref="Check"/> first for the field errors).
    /// <paramref name="episodeId"/> forces the episode (the exit being recorded); otherwise it is found from the start date.
    /// </summary>
    public static EmploymentOutcome Record(Contract contract, IEnumerable<IntensiveEpisode> episodes, EmploymentDetails d, EmploymentOutcomeSource source,
        Guid? episodeId, DateTimeOffset now, string by)
    {
        if (contract.SignedOn is null)
            throw new RuleViolationException("contract-not-signed", "An employment outcome is recorded on a signed contract, not on a draft.");
        return new EmploymentOutcome
        {
            Id = Guid.CreateVersion7(now),
            ContractId = contract.Id,
            BeneficiaryId = contract.BeneficiaryId,
            OrganismeId = contract.OrganismeId,
            EpisodeId = episodeId ?? EpisodeOf(d.StartDate, episodes),
            ContractKind = d.ContractKind,
            StartDate = d.StartDate,
            DurationMonths = d.DurationMonths,
            WeeklyHours = d.WeeklyHours,
            EmployerSiret = d.EmployerSiret,
            Rome = d.Rome?.ToUpperInvariant(),
            Source = source,
            RecordedAt = now,
            RecordedBy = by,
        };
    }

    /// <summary>The episode whose span holds <paramref name="start"/> (an active one runs until today), else the latest one, else none.</summary>
    public static Guid? EpisodeOf(DateOnly start, IEnumerable<IntensiveEpisode> episodes)
    {
        var ordered = episodes.OrderBy(e => e.StartDate).ToList();
        return ordered.LastOrDefault(e => e.StartDate <= start && start <= (e.EndedOn ?? DateOnly.MaxValue))?.Id ?? ordered.LastOrDefault()?.Id;
    }
}
