using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary><c>satisfaction_invitations</c> (I5's response rate): not a projection, it survives a rebuild.</summary>
public sealed class SatisfactionInvitationConfiguration : IEntityTypeConfiguration<SatisfactionInvitation>
{
    public void Configure(EntityTypeBuilder<SatisfactionInvitation> i)
    {
        i.ToTable("satisfaction_invitations");
        i.HasKey(x => x.InvitationId);
        i.Property(x => x.InvitationId).ValueGeneratedNever();
        i.Property(x => x.OrganismeId).HasMaxLength(64);
        i.Property(x => x.Territory).HasMaxLength(3);
        i.HasIndex(x => new { x.EpisodeId, x.Month }).IsUnique();   // one per episode and month, even under concurrent posts
    }
}
