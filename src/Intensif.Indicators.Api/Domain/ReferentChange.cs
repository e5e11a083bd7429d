using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>A passation (§3.18): the person moved from one référent to another on <see cref="EffectiveDate"/>.</summary>
public sealed class ReferentChange : IFeedsIndicators
{
    public Guid EventId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public Guid? ContractId { get; private set; }
    public string FromReferentId { get; private set; } = "";
    public string ToReferentId { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateOnly EffectiveDate { get; private set; }
    public bool InIntensiveEpisode { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    private ReferentChange() { }

    public static ReferentChange Recorded(Guid eventId, string organismeId, string territory, Guid beneficiaryId, Guid? contractId,
        string fromReferentId, string toReferentId, string reason, DateOnly effectiveDate, bool inIntensiveEpisode, DateTimeOffset occurredAt) => new()
    {
        EventId = eventId, OrganismeId = organismeId, Territory = territory, BeneficiaryId = beneficiaryId, ContractId = contractId,
        FromReferentId = fromReferentId, ToReferentId = toReferentId, Reason = reason, EffectiveDate = effectiveDate,
        InIntensiveEpisode = inIntensiveEpisode, OccurredAt = occurredAt,
    };

    /// <summary>A change of the episode's person and contract that took effect during the episode.</summary>
    public bool Concerns(IntensiveEpisode episode) =>
        (ContractId is { } c ? c == episode.ContractId : BeneficiaryId == episode.PseudonymousBeneficiaryId && OrganismeId == episode.OrganismeId)
        && episode.StartDate is { } start && EffectiveDate >= start && (episode.EndedOn is not { } end || EffectiveDate <= end);

    /// <summary>Figures it feeds: every period ending on or after it takes it into account.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [new(OrganismeId, Territory, EffectiveDate, null)];
}
