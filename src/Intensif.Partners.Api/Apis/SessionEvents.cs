using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The integration events of a session, with the whole state Catalogue and Scheduling need.</summary>
public static class SessionEvents
{
    public static SessionPublished Published(PartnerSession s, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, s.Id, s.StructureId, s.EntryCode, s.Start, s.End, s.Location, s.VideoLink, s.Capacity, s.SeatsLeft, s.Territory, s.Theme);

    public static SessionUpdated Updated(PartnerSession s, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, s.Id, s.StructureId, s.EntryCode, s.Start, s.End, s.Location, s.VideoLink, s.Capacity, s.SeatsLeft, s.Territory, s.Theme);

    public static SessionCancelled Cancelled(PartnerSession s, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, s.Id, s.StructureId, s.EntryCode, s.Start, s.Territory);
}
