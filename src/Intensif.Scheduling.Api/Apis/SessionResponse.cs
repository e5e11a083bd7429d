using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record SessionResponse(
    Guid SessionId, Guid StructureId, string EntryCode, DateTimeOffset Start, DateTimeOffset End, string? Location, string Territory, string Theme,
    int Capacity, int SeatsLeft)
{
    public static SessionResponse From(PartnerSessionCopy s) =>
        new(s.SessionId, s.StructureId, s.EntryCode, s.Start, s.End, s.Location, s.Territory, s.Theme, s.Capacity, s.SeatsLeft);
}
