using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a booking of a person's programme (O5 booked), keeping an attendance that arrived before it.</summary>
public sealed class AssignmentBookedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<AssignmentBooked, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(AssignmentBooked message, IndicatorsDbContext db,
        ConsumeContext<AssignmentBooked> context, CancellationToken cancellationToken)
    {
        var assignment = await db.LockOrAddAssignmentAsync(message.AssignmentId,
            () => ActivityAssignment.Known(message.AssignmentId, message.OrganismeId, message.EpisodeId, message.EntryCode, message.SessionId), cancellationToken);
        assignment.ApplyBooked(message.StructureId, message.PlannedStart.ToUniversalTime());
    }
}
