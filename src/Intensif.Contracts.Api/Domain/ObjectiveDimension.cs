namespace Intensif.Contracts.Api.Domain;

/// <summary>The three tables of objectives of the référentiel (§3.8): general, social dimension, employment dimension.</summary>
public enum ObjectiveDimension
{
    GENERAL,
    SOCIAL,
    EMPLOI,
}
