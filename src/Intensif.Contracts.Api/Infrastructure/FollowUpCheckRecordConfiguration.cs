using Intensif.Contracts.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Contracts.Api.Infrastructure;

/// <summary>Table <c>follow_up_checks</c> (migration FollowUpChecks): one row per episode and check that found no job.</summary>
public sealed class FollowUpCheckRecordConfiguration : IEntityTypeConfiguration<FollowUpCheckRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpCheckRecord> c)
    {
        c.ToTable("follow_up_checks");
        c.HasIndex(x => new { x.EpisodeId, x.Check }).IsUnique();
        c.HasIndex(x => x.ContractId);
        c.Property(x => x.OrganismeId).HasMaxLength(64);
        c.Property(x => x.Check).HasConversion<string>().HasMaxLength(32);
        c.Property(x => x.Result).HasConversion<string>().HasMaxLength(32);
        c.Property(x => x.RecordedBy).HasMaxLength(128);
    }
}
