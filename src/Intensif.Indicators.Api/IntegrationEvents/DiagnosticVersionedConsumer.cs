using Intensif.IntegrationEvents;
using Intensif.Indicators.Api.Domain;
using Intensif.Indicators.Api.Infrastructure;
using Intensif.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.IntegrationEvents;

/// <summary>Keeps every diagnostic version's barrier levels; the one at entry of an episode is chosen when computing I6.</summary>
public sealed class DiagnosticVersionedConsumer(IndicatorsDbContext db)
    : IdempotentConsumer<DiagnosticVersioned, IndicatorsDbContext>(db)
{
    protected override async Task HandleAsync(DiagnosticVersioned message, IndicatorsDbContext db,
        ConsumeContext<DiagnosticVersioned> context, CancellationToken cancellationToken)
    {
        if (await db.DiagnosticVersions.AnyAsync(d => d.DiagnosticId == message.DiagnosticId && d.Version == message.Version, cancellationToken)) return;
        db.DiagnosticVersions.Add(DiagnosticVersion.Recorded(message.DiagnosticId, message.Version, message.OrganismeId, message.Territory,
            message.PseudonymousBeneficiaryId, message.DiagnosticDate, message.Barriers));
    }
}
