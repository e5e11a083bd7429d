using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Records a person's closed week (I3, I3b, I3c); a newer closure of the same week replaces an older one.</summary>
public sealed class WeekClosedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<WeekClosed, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(WeekClosed message, IndicatorsDbContext db,
        ConsumeContext<WeekClosed> context, CancellationToken cancellationToken)
    {
        var week = await db.LockOrAddWeekAsync(message.EpisodeId, message.IsoWeek,
            () => ClosedWeek.Known(message.EpisodeId, message.IsoWeek, message.OrganismeId, message.Territory, message.BeneficiaryId), cancellationToken);
        week.ApplyClosed(message.WeekStart, message.TargetHours, message.RealisedHours, message.AccompaniedHours, message.AutonomousHours,
            message.GapReason, message.OccurredAt.ToUniversalTime());
    }
}
