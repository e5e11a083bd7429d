using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

/// <summary>Migrations are hand-written: the database they build must have exactly the columns and indexes of the model.</summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task The_scheduling_migrations_build_the_schema_of_the_model()
    {
        var (fromModel, migrated) = await SchemaComparison.DescribeAsync<SchedulingDbContext>(o => new(o));
        Assert.Equal(fromModel, migrated);
    }
}
