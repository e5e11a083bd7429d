using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record SessionResponse(
    Guid Id, Guid StructureId, string EntryCode, DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    int Capacity, int SeatsLeft, string Territory, string Theme, string Status, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt)
{
    public static SessionResponse From(PartnerSession s) => new(
        s.Id, s.StructureId, s.EntryCode, s.Start, s.End, s.Location, s.VideoLink, s.Capacity, s.SeatsLeft, s.Territory, s.Theme,
        s.Status.ToString(), s.PublishedAt, s.UpdatedAt);
}
