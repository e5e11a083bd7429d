namespace Intensif.Catalogue.Api.Domain;

/// <summary>What proves that an occurrence took place (domain reference §3.9).</summary>
public enum ProofType
{
    EMARGEMENT_PARTENAIRE,
    ATTESTATION,
    AUTO_DECLARATION,
    JUSTIFICATIF,
    NONE,
}
