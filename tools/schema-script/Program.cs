using Microsoft.EntityFrameworkCore;

static string Script<T>(Func<DbContextOptions<T>, T> create) where T : DbContext
{
    using var db = create(new DbContextOptionsBuilder<T>().UseNpgsql("Host=unused").Options);
    return db.Database.GenerateCreateScript();
}

Console.WriteLine(args.FirstOrDefault() switch
{
    "contracts" => Script<Intensif.Contracts.Api.Infrastructure.ContractsDbContext>(o => new(o)),
    "catalogue" => Script<Intensif.Catalogue.Api.Infrastructure.CatalogueDbContext>(o => new(o)),
    "scheduling" => Script<Intensif.Scheduling.Api.Infrastructure.SchedulingDbContext>(o => new(o)),
    "partners" => Script<Intensif.Partners.Api.Infrastructure.PartnersDbContext>(o => new(o)),
    "indicators" => Script<Intensif.Indicators.Api.Infrastructure.IndicatorsDbContext>(o => new(o)),
    _ => "usage: dotnet run --project tools/schema-script -- contracts|catalogue|scheduling|partners|indicators",
});
