using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>The <c>partner_referrals</c> projection (O5 referral outcomes), one row per referral.</summary>
public sealed class PartnerReferralConfiguration : IEntityTypeConfiguration<PartnerReferral>
{
    public void Configure(EntityTypeBuilder<PartnerReferral> r)
    {
        r.ToTable("partner_referrals");
        r.HasKey(x => x.ReferralId);
        r.Property(x => x.ReferralId).ValueGeneratedNever();
        r.Property(x => x.OrganismeId).HasMaxLength(64);
        r.Property(x => x.EntryCode).HasMaxLength(40);
        r.Property(x => x.RefusalReason).HasMaxLength(64);
        r.Ignore(x => x.Accepted);
        r.Ignore(x => x.Refused);
        r.Ignore(x => x.Expired);
        r.Ignore(x => x.Cancelled);
        r.Ignore(x => x.Answered);
        r.Ignore(x => x.Day);
        r.HasIndex(x => new { x.OrganismeId, x.SentAt });
        r.HasIndex(x => new { x.SessionId, x.SentAt });
    }
}
