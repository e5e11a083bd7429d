namespace Intensif.Contracts.Api.Domain;

/// <summary>The kind of job or activity a person took (§3.17 employmentDetails "contract type").</summary>
public enum EmploymentContractKind
{
    CDI,
    CDD,
    INTERIM,
    /// <summary>Création ou reprise d'entreprise (micro-entreprise included).</summary>
    CREATION_ACTIVITE,
    /// <summary>Contrat d'apprentissage or de professionnalisation.</summary>
    ALTERNANCE,
    /// <summary>Insertion par l'activité économique (ACI, EI, ETTI, AI).</summary>
    IAE,
    /// <summary>PEC / CUI and other subsidised contracts.</summary>
    CONTRAT_AIDE,
    AUTRE,
}
