namespace Intensif.Contracts.Api.Domain;

/// <summary>Why the référent unique changes (passation, §3.18).</summary>
public enum ReferentChangeReason
{
    ABSENCE,
    MOBILITE,
    REEQUILIBRAGE_PORTEFEUILLE,
    DEMANDE_PERSONNE,
    REORIENTATION,
}
