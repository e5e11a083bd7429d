namespace Intensif.Contracts.Api.Domain;

/// <summary>First breach, or a repeated / persistent one (BR-27, BR-28).</summary>
public enum SanctionRank
{
    FIRST,
    REPEATED,
}
