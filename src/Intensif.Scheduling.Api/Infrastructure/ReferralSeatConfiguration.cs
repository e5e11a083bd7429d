using Intensif.Scheduling.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Scheduling.Api.Infrastructure;

/// <summary>Seats of Partners sessions held through accepted referrals (<c>referral_seats</c>).</summary>
public sealed class ReferralSeatConfiguration : IEntityTypeConfiguration<ReferralSeat>
{
    public void Configure(EntityTypeBuilder<ReferralSeat> s)
    {
        s.ToTable("referral_seats");
        s.HasKey(x => x.ReferralId);
        s.HasIndex(x => new { x.SessionId, x.BeneficiaryId });
        s.Property(x => x.OrganismeId).HasMaxLength(64);
    }
}
