using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure.Configurations;

/// <summary>
/// The SR-07 columns of <c>intensive_episodes</c> (parcours, deadline, the référent's justification); the rest of the
/// table is configured in <see cref="SchedulingDbContext"/>.
/// </summary>
public sealed class EarlyWorkSituationConfiguration : IEntityTypeConfiguration<IntensiveEpisode>
{
    public void Configure(EntityTypeBuilder<IntensiveEpisode> e)
    {
        e.Property(x => x.Parcours).HasMaxLength(16);
        e.Property(x => x.WorkFirstJustification).HasMaxLength(1000);
        e.Property(x => x.WorkFirstJustifiedBy).HasMaxLength(128);
    }
}
