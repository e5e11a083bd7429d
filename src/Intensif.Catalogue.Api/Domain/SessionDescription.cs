namespace Intensif.Catalogue.Api.Domain;

/// <summary>The state of a partner session as the Partners service publishes it (instants are UTC).</summary>
public sealed record SessionDescription(
    Guid StructureId, string EntryCode, DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink,
    int Capacity, int SeatsLeft, string Territory, string Theme);
