namespace Intensif.Contracts.Api.Domain;

/// <summary>A person followed by an organisme référent (demandeur d'emploi / personne accompagnée).</summary>
public sealed class Beneficiary
{
    public Guid Id { get; private set; }
    /// <summary>The organisme référent that registered the person: the tenant.</summary>
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent unique following the person.</summary>
    public string ReferentId { get; private set; } = "";
    /// <summary>Identifiant national of the demandeur d'emploi.</summary>
    public string? FranceTravailId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    /// <summary>Département code of residence, used to scope indicators by territory.</summary>
    public string Territory { get; private set; } = "";
    /// <summary>What other services (indicators) know of the person: never the name.</summary>
    public Guid PseudonymousId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private Beneficiary() { }

    /// <summary>The référent unique changes (passation); see <see cref="ReferentChange.Handover"/>.</summary>
    internal void AssignReferent(string referentId) => ReferentId = referentId;

    public static Beneficiary Register(
        string organismeId, string referentId, string? franceTravailId, string firstName, string lastName,
        DateOnly birthDate, string territory, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganismeId = organismeId,
        ReferentId = referentId,
        FranceTravailId = franceTravailId,
        FirstName = firstName.Trim(),
        LastName = lastName.Trim(),
        BirthDate = birthDate,
        Territory = territory,
        PseudonymousId = Guid.NewGuid(),
        CreatedAt = now,
        CreatedBy = referentId,
    };
}
