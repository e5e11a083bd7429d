using Microsoft.EntityFrameworkCore;

namespace Intensif.ServiceDefaults.Http;

public static class IdempotencyModelBuilderExtensions
{
    /// <summary>
    /// Adds idempotency_keys to a service's model, so its own migration creates it (<see cref="IdempotencyMigrationBuilderExtensions"/>).
    /// Column names are spelled out: the store reads and writes them with plain SQL.
    /// </summary>
    public static ModelBuilder AddIdempotencyTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Scope, r.Key });
            record.Property(r => r.Scope).HasColumnName("scope");
            record.Property(r => r.Key).HasColumnName("key");
            record.Property(r => r.RequestHash).HasColumnName("request_hash");
            record.Property(r => r.CreatedAt).HasColumnName("created_at");
            record.Property(r => r.StatusCode).HasColumnName("status_code");
            record.Property(r => r.Location).HasColumnName("location");
            record.Property(r => r.ContentType).HasColumnName("content_type");
            record.Property(r => r.Body).HasColumnName("body");
            record.Property(r => r.CompletedAt).HasColumnName("completed_at");
            record.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_keys_created_at");
        });
        return modelBuilder;
    }
}
