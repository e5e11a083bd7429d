namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// §3.1 <c>sex</c>, for the indicators' standard breakdown (§5): F or M as the person's civil status gives it. Optional:
/// a person whose sex is not recorded is "unknown" in the figures.
/// </summary>
public enum Sex
{
    F,
    M,
}
