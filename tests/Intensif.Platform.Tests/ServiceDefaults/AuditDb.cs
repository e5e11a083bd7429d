using Intensif.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Platform.Tests.ServiceDefaults;

/// <summary>A service database reduced to its audit table.</summary>
public sealed class AuditDb(DbContextOptions<AuditDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddAuditTable();
}
