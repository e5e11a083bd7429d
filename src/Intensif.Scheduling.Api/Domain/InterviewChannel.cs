namespace Intensif.Scheduling.Api.Domain;

/// <summary>How an entretien is held (domain reference §3.12).</summary>
public enum InterviewChannel
{
    PHYSIQUE,
    TELEPHONE,
    VISIO,
    DOMICILE,
    CONJOINT_PARTENAIRE,
}
