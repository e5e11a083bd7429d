using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>A partner session on offer, with the label of its catalogue entry.</summary>
public sealed record SessionResponse(
    Guid SessionId, Guid StructureId, string EntryCode, string? EntryLabel, DateTimeOffset Start, DateTimeOffset End,
    string? Location, string? VideoLink, int Capacity, int SeatsLeft, string Territory, string Theme)
{
    public static SessionResponse From(OfferedSession s, string? label) =>
        new(s.SessionId, s.StructureId, s.EntryCode, label, s.Start, s.End, s.Location, s.VideoLink, s.Capacity, s.SeatsLeft, s.Territory, s.Theme);
}
