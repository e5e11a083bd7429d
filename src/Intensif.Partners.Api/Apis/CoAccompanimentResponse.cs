using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>
/// A co-accompaniment, as the référent's organisme and the partner see it: nothing else of the episode (no
/// diagnostic, no contract, no hours).
/// </summary>
public sealed record CoAccompanimentResponse(
    Guid Id, Guid EpisodeId, Guid StructureId, string OrganismeId, string ReferentId, string ReferentName, Guid BeneficiaryId,
    string PersonName, string? PersonContact, string Role, string? Objective, DateOnly StartsOn, DateOnly EndsOn,
    DateTimeOffset ConsentRecordedAt, string Status, DateOnly? EndedOn, string? EndReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CoAccompanimentResponse From(CoAccompaniment c) => new(
        c.Id, c.EpisodeId, c.StructureId, c.OrganismeId, c.ReferentId, c.ReferentName, c.BeneficiaryId, c.PersonName, c.PersonContact,
        c.Role, c.Objective, c.StartsOn, c.EndsOn, c.ConsentRecordedAt, c.Status.ToString(), c.EndedOn, c.EndReason, c.CreatedAt, c.UpdatedAt);
}
