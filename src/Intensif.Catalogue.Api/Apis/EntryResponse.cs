using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>An entry of the fichier métier as it is read.</summary>
public sealed record EntryResponse(
    Guid Id, string Code, EntryScope Scope, string? OwnerOrganisation, EntryStatus Status, int Version,
    string Label, string Description, string Category, Dimension? Dimension, int? Family, DeliveryMode? Mode,
    Supervision? Supervision, DeliveryChannel? Channel, ValuationDto? Valuation, ProofType? ProofType, bool CountsTowardWeeklyHours,
    Eligibility Eligibility, string[] Territories, string[] Themes, string? ProviderType, Guid? PartnerStructureId,
    int? CapacityPerSession, string[] Accessibility, string[] Funding, string? LegalConstraints, DateOnly? ValidFrom, DateOnly? ValidTo,
    HourlyCostDto[] HourlyCosts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt,
    ProposalDto? Proposal)
{
    public static EntryResponse From(CatalogueEntry e) => new(
        e.Id, e.Code, e.Scope, e.OwnerOrganisation, e.Status, e.Version, e.Label, e.Description, e.Category, e.Dimension, e.Family,
        e.Mode, e.Supervision, e.Channel, ValuationDto.From(e.Valuation), e.ProofType, e.CountsTowardWeeklyHours, e.Eligibility,
        e.Territories, e.Themes, e.ProviderType, e.PartnerStructureId, e.CapacityPerSession, e.Accessibility, e.Funding,
        e.LegalConstraints, e.ValidFrom, e.ValidTo, [.. e.HourlyCosts.Select(HourlyCostDto.From)], e.CreatedAt, e.UpdatedAt, e.PublishedAt,
        ProposalDto.From(e));
}
