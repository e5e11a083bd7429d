namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The funders a catalogue version set, from <see cref="From"/> (the day of its event, Europe/Paris) until a higher
/// version's day. <see cref="RecordedAt"/> decides between two events of the same version (the later wins).
/// </summary>
public sealed record FundingPeriod(int Version, DateOnly From, DateTimeOffset RecordedAt, IReadOnlyList<string> Funders);
