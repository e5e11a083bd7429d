using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>The request and response examples of the OpenAPI document: one structure of Lunel (34) and its people.</summary>
public static class ApiExamples
{
    private static readonly Guid StructureId = Guid.Parse("01936f2e-5a10-7c3e-9a41-2b7c9e0d1a01");
    private static readonly Guid SessionId = Guid.Parse("01936f2e-7b20-7d4f-8b52-3c8daf1e2b02");
    private static readonly Guid EpisodeId = Guid.Parse("01936f2e-8c30-7e50-9c63-4d9eb02f3c03");
    private static readonly Guid BeneficiaryId = Guid.Parse("01936f2e-9d40-7f61-ad74-5eafc1304d04");
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    public static readonly RegisterStructureRequest RegisterStructure = new()
    {
        Name = "Mobilité Solidaire Lunel", Siret = "73282932000074", Type = "ASSOCIATION_MOBILITE", Territories = ["34"], Themes = ["MOBILITE"],
        Contacts = [new ContactRequest { Name = "Nadia Roux", Role = "Chargée d'accueil", Email = "nadia.roux@mobilite-lunel.org", Phone = "04 67 00 00 00" }],
        Conventions = [new ConventionRequest { Funder = "CD34", From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31), Places = 40 }],
        Qualiopi = true, DataSharingAgreementSigned = true,
    };

    public static readonly UpdateStructureRequest UpdateStructure = new()
    {
        Name = "Mobilité Solidaire Lunel", Type = "ASSOCIATION_MOBILITE", Territories = ["34", "30"], Themes = ["MOBILITE"],
        Qualiopi = true, DataSharingAgreementSigned = true,
    };

    public static readonly PartnerStructureResponse Structure = new(
        StructureId, "Mobilité Solidaire Lunel", "73282932000074", "ASSOCIATION_MOBILITE", null, ["34"], ["MOBILITE"],
        [new StructureContact("Nadia Roux", "Chargée d'accueil", "nadia.roux@mobilite-lunel.org", "04 67 00 00 00")],
        [new PartnerConvention("CD34", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 40)], true, false, true, Now, Now);

    public static readonly SessionRequest Session = new()
    {
        EntryCode = "SOC-MOB-01", Start = Start, End = Start.AddHours(3), Location = "12 rue de la Gare, Lunel", Capacity = 8, Territory = "34", Theme = "MOBILITE",
    };

    public static readonly SessionResponse SessionResponse = new(
        SessionId, StructureId, "SOC-MOB-01", Start, Start.AddHours(3), "12 rue de la Gare, Lunel", null, 8, 8, "34", "MOBILITE", "SCHEDULED", Now, Now);

    public static readonly SendReferralRequest SendReferral = new()
    {
        SessionId = SessionId, BeneficiaryId = BeneficiaryId, PersonName = "Samir B.", PersonContact = "06 00 00 00 00",
        AccessibilityNeeds = "PMR", Motive = "Lever le frein mobilité avant l'entrée en formation", ConsentGiven = true,
    };

    public static readonly ReferralResponse Referral = new(
        Guid.Parse("01936f2e-ae50-7072-be85-6fb0d2415e05"), SessionId, StructureId, "ft-34", "referent-1", "Léa Martin", BeneficiaryId, "Samir B.",
        "06 00 00 00 00", "PMR", "Lever le frein mobilité avant l'entrée en formation", Now, "PENDING", Now, Now.AddDays(8), null, null, null, null);

    public static readonly Page<SessionResponse> SessionsPage = new([SessionResponse], "dHw2MzkzMjQ4NjQwMDAwMDAwMDB8MDE5MzZmMmUtN2IyMC03ZDRmLThiNTItM2M4ZGFmMWUyYjAy");

    public static readonly Page<ReferralResponse> ReferralsPage = new([Referral], null);

    public static readonly RefuseReferralRequest Refuse = new() { Reason = "PREREQUISITES_MISSING", Comment = "Le permis B est requis pour cette action." };

    public static readonly InviteRequest Invite = new() { Email = "karim.benali@mobilite-lunel.org", Role = MemberRole.MEMBER };

    public static readonly InvitationSentResponse InvitationSent = new(
        new InvitationResponse(Guid.Parse("01936f2e-bf60-7183-8f96-70c1e3526f06"), StructureId, "karim.benali@mobilite-lunel.org", "MEMBER", "PENDING",
            "nadia-roux", Now, Now.AddDays(7), null, null, null),
        "q3Jx0m9Qk8W2ZC7oPj1sYbLr5uN4tFhAeD6gVwXiKcM");

    public static readonly AcceptInvitationRequest AcceptInvitation = new() { Token = "q3Jx0m9Qk8W2ZC7oPj1sYbLr5uN4tFhAeD6gVwXiKcM" };

    public static readonly MemberResponse Member = new(
        Guid.Parse("01936f2e-c070-7294-9aa7-81d2f4637007"), StructureId, "karim-benali", "Karim Benali", "karim.benali@mobilite-lunel.org", "MEMBER", Now, Now);

    public static readonly ChangeMemberRoleRequest ChangeRole = new() { Role = MemberRole.ADMIN };

    public static readonly StartCoAccompanimentRequest StartCoAccompaniment = new()
    {
        EpisodeId = EpisodeId, StructureId = StructureId, Role = "LEVEE_FREINS", StartsOn = new DateOnly(2026, 12, 1), EndsOn = new DateOnly(2027, 3, 31),
        Objective = "Permis B et solution de transport vers le chantier d'insertion", PersonName = "Samir B.", PersonContact = "06 00 00 00 00", ConsentGiven = true,
    };

    public static readonly CoAccompanimentResponse CoAccompaniment = new(
        Guid.Parse("01936f2e-d180-73a5-abb8-92e305748108"), EpisodeId, StructureId, "cd-34", "referent-1", "Léa Martin", BeneficiaryId, "Samir B.",
        "06 00 00 00 00", "LEVEE_FREINS", "Permis B et solution de transport vers le chantier d'insertion", new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 31),
        Now, "ACTIVE", null, null, Now, Now);

    public static readonly EndCoAccompanimentRequest EndCoAccompaniment = new() { Reason = "HANDED_OVER_TO_DROIT_COMMUN", EndedOn = new DateOnly(2027, 2, 26) };

    public static readonly SessionResponse CancelledSession = SessionResponse with { Status = "CANCELLED" };

    public static readonly ReferralResponse AcceptedReferral = Referral with { Status = "ACCEPTED", DecidedAt = Now.AddHours(2) };

    public static readonly ReferralResponse RefusedReferral = Referral with
    {
        Status = "REFUSED", DecidedAt = Now.AddHours(2), RefusalReason = "PREREQUISITES_MISSING", Comment = "Le permis B est requis pour cette action.",
    };

    public static readonly ReferralResponse CancelledReferral = Referral with { Status = "CANCELLED", DecidedAt = Now.AddDays(1), Comment = "La personne a trouvé un emploi." };

    public static readonly Page<DirectoryEntryResponse> DirectoryPage = new(
        [new DirectoryEntryResponse(StructureId, "Mobilité Solidaire Lunel", "ASSOCIATION_MOBILITE", ["34"], ["MOBILITE"], true, false, 6)], null);

    public static readonly Page<AuditEntryResponse> AuditPage = new(
        [new AuditEntryResponse(Guid.Parse("01936f2e-e290-74b6-bcc9-a3f416859209"), "nadia-roux", StructureId.ToString(), "partner", Now.AddHours(2),
            "referral.accepted", "Referral", Referral.Id, "{\"status\":\"PENDING\"}", "{\"status\":\"ACCEPTED\"}")], null);

    public static readonly Page<MemberResponse> MembersPage = new([Member], null);

    public static readonly MemberResponse Admin = Member with { Role = "ADMIN", UpdatedAt = Now.AddDays(1) };

    public static readonly Page<InvitationResponse> InvitationsPage = new([InvitationSent.Invitation], null);

    public static readonly InvitationResponse RevokedInvitation = InvitationSent.Invitation with { Status = "REVOKED", RevokedAt = Now.AddHours(1) };

    public static readonly Page<CoAccompanimentResponse> CoAccompanimentsPage = new([CoAccompaniment], null);

    public static readonly CoAccompanimentResponse EndedCoAccompaniment = CoAccompaniment with
    {
        Status = "ENDED", EndedOn = new DateOnly(2027, 2, 26), EndReason = "HANDED_OVER_TO_DROIT_COMMUN", UpdatedAt = Now.AddDays(87),
    };
}
