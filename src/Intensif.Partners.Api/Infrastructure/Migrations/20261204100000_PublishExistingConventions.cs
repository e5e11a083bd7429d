using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intensif.Partners.Api.Infrastructure.Migrations;

/// <summary>
/// Publishes, through the outbox, a <c>PartnerConventionsSet</c> for every structure registered before the event
/// existed, so Indicators' costing by convention knows their conventions without waiting for a profile change. The
/// payload is the event as the outbox writes it (web JSON; the conventions column has the same shape); the message id
/// is the event id. No schema change. Written by hand, see Initial.
/// </summary>
[DbContext(typeof(PartnersDbContext))]
[Migration("20261204100000_PublishExistingConventions")]
public sealed class PublishExistingConventions : Migration
{
    public const string MessageType = "Intensif.IntegrationEvents.PartnerConventionsSet, Intensif.IntegrationEvents";

    public const string Backfill = $"""
        INSERT INTO outbox_messages (message_id, message_type, aggregate_id, payload, attempts)
        SELECT e.id, '{MessageType}', s."Id"::text,
               jsonb_build_object('eventId', e.id, 'occurredAt', now(), 'structureId', s."Id", 'conventions', s."Conventions"), 0
        FROM partner_structures s
        CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id) e
        WHERE NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.aggregate_id = s."Id"::text AND o.message_type = '{MessageType}')
        ORDER BY s."RegisteredAt";
        """;

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Backfill);

    protected override void Down(MigrationBuilder migrationBuilder) { }
}
