using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Services.Tests;

/// <summary>A database built by the migration chain has exactly the columns and indexes the model would create.</summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task The_scheduling_migrations_build_the_schema_of_the_model()
    {
        var (fromModel, migrated) = await SchemaComparison.DescribeAsync<SchedulingDbContext>(o => new(o));
        Assert.Equal(fromModel, migrated);
    }
}
