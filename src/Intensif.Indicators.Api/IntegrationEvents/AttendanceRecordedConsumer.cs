using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records what became of a booked activity (O5 attended, no-show); the newest attendance wins.</summary>
public sealed class AttendanceRecordedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<AttendanceRecorded, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(AttendanceRecorded message, IndicatorsDbContext db,
        ConsumeContext<AttendanceRecorded> context, CancellationToken cancellationToken)
    {
        var assignment = await db.LockOrAddAssignmentAsync(message.AssignmentId,
            () => ActivityAssignment.Known(message.AssignmentId, message.OrganismeId, message.EpisodeId, message.EntryCode, message.SessionId), cancellationToken);
        assignment.ApplyAttendance(message.Status, message.RealisedHours, message.OccurredAt.ToUniversalTime());
    }
}
