using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The integration events a structure's profile publishes besides its registration and update.</summary>
public static class StructureEvents
{
    /// <summary>The structure's whole convention list (funder, period, places), for costing per convention (Indicators).</summary>
    public static PartnerConventionsSet ConventionsSet(PartnerStructure structure, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, structure.Id, [.. structure.Conventions.Select(c => new PartnerConventionTerm(c.Funder, c.From, c.To, c.Places))]);
}
