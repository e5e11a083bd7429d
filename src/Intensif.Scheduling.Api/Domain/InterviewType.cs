namespace Intensif.Scheduling.Api.Domain;

/// <summary>Kinds of entretien (domain reference §3.12).</summary>
public enum InterviewType
{
    DIAGNOSTIC,
    SIGNATURE_CONTRAT,
    SUIVI,
    BILAN_INTERMEDIAIRE,
    PASSATION,
    SORTIE,
    PRE_SANCTION_OBSERVATIONS,
}
