using Intensif.Messaging.Inbox;
using Intensif.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Intensif.Messaging;

/// <summary>The quoted, schema-qualified table names as the service's model maps them (its default schema may differ).</summary>
internal sealed record MessagingTables(string Outbox, string Inbox)
{
    public static MessagingTables For(DbContext db) => new(Quoted(db, typeof(OutboxMessage)), Quoted(db, typeof(InboxMessage)));

    private static string Quoted(DbContext db, Type entity)
    {
        var type = db.Model.FindEntityType(entity)
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} does not map {entity.Name}: call modelBuilder.AddMessagingTables() in its OnModelCreating.");
        var table = type.GetTableName()!;
        var schema = type.GetSchema();
        return schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
    }
}
