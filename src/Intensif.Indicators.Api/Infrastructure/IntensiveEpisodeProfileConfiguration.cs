using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// The columns of <c>intensive_episodes</c> added for the sex and QPV breakdowns, O4's per-organisme deadline and I4's
/// follow-up coverage (migration EpisodeSexQpvDeadlineAndFollowUp); the table itself is mapped in IndicatorsDbContext.
/// </summary>
public sealed class IntensiveEpisodeProfileConfiguration : IEntityTypeConfiguration<IntensiveEpisode>
{
    public void Configure(EntityTypeBuilder<IntensiveEpisode> e)
    {
        e.Property(x => x.Sex).HasMaxLength(1);
    }
}
