namespace Intensif.Catalogue.Api.Domain;

/// <summary>Whether an activity works on social or professional insertion, or both (domain reference §3.9).</summary>
public enum Dimension
{
    SOCIAL,
    EMPLOI,
    MIXTE,
}
