namespace Intensif.Dashboard.Messaging;

/// <summary>
/// One service's outbox as Intensif.Messaging's OutboxStatistics describes it, read straight from its database:
/// rows not yet published, those whose last publish failed, the age of the oldest, and the oldest failing row's error.
/// <see cref="Problem"/> says why it could not be read (database down, no outbox table yet).
/// </summary>
internal sealed record OutboxBacklog(
    string Service,
    string Database,
    long Pending,
    long Failing,
    double? OldestPendingSeconds,
    string? LastError,
    string? Problem);
