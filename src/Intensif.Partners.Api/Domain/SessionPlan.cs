namespace Intensif.Partners.Api.Domain;

/// <summary>What a partner says about a dated session of a catalogue entry (domain reference §3.10).</summary>
public sealed record SessionPlan(
    string EntryCode, DateTimeOffset Start, DateTimeOffset End, string? Location, string? VideoLink, int Capacity, string Territory, string Theme);
