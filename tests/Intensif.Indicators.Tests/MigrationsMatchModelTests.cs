using Intensif.Indicators.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Indicators.Tests;

/// <summary>Migrations are hand-written: the database they build must have exactly the columns and indexes of the model.</summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task The_indicators_migrations_build_the_schema_of_the_model()
    {
        var (fromModel, migrated) = await SchemaComparison.DescribeAsync<IndicatorsDbContext>(o => new(o));
        Assert.Equal(fromModel, migrated);
    }
}
