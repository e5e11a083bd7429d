using Intensif.Scheduling.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>
/// The person's declaration of an autonomous activity (§2.2: the person declares, the référent validates): something
/// already done, with a proof, in an open episode and a week not closed; decided once.
/// </summary>
public sealed class BeneficiaryDeclarationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Applied = Now.AddHours(-5);

    private static IntensiveEpisode Episode()
    {
        var episode = IntensiveEpisode.Known(Guid.NewGuid(), Guid.NewGuid(), "ft-75", "75", Guid.NewGuid(), new DateOnly(2026, 10, 1));
        episode.Start(new DateOnly(2026, 10, 1), "referent-1", new DateOnly(2027, 3, 1), 15, DateTimeOffset.UnixEpoch);
        return episode;
    }

    private static BeneficiaryDeclaration Declare(IntensiveEpisode? episode = null, bool weekClosed = false, DateTimeOffset? start = null,
        DateTimeOffset? end = null, string proof = "Courriel du 25/11") =>
        BeneficiaryDeclaration.Declare(episode ?? Episode(), weekClosed, Guid.NewGuid(), " tre-cand-01 ", start ?? Applied, end ?? Applied.AddHours(1),
            proof, null, Now);

    private static string CodeOf(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void A_declaration_of_something_done_waits_for_the_referent_in_the_week_of_its_start()
    {
        var episode = Episode();

        var declaration = Declare(episode);

        Assert.Equal((DeclarationStatus.PENDING, "TRE-CAND-01", "2026-W48", episode.EpisodeId, episode.BeneficiaryId),
            (declaration.Status, declaration.EntryCode, declaration.Week, declaration.EpisodeId, declaration.BeneficiaryId));
    }

    [Fact]
    public void An_activity_not_yet_ended_cannot_be_declared()
    {
        Assert.Equal("declaration-in-the-future", CodeOf(() => Declare(start: Now.AddHours(-1), end: Now.AddMinutes(1))));
        Assert.Equal(DeclarationStatus.PENDING, Declare(start: Now.AddHours(-1), end: Now).Status);
    }

    [Fact]
    public void A_declaration_needs_a_proof_and_an_end_after_its_start()
    {
        Assert.Equal("proof-required", CodeOf(() => Declare(proof: "  ")));
        Assert.Equal("ends-before-start", CodeOf(() => Declare(start: Applied, end: Applied)));
    }

    [Fact]
    public void Outside_an_open_intensive_episode_nothing_is_declared()
    {
        var ended = Episode();
        ended.End(new DateOnly(2026, 11, 30));

        Assert.Equal("not-in-intensive-episode", CodeOf(() => Declare(episode: ended)));
        Assert.Equal("not-in-intensive-episode", CodeOf(() => BeneficiaryDeclaration.Declare(null, false, Guid.NewGuid(), "TRE-CAND-01", Applied,
            Applied.AddHours(1), "Courriel", null, Now)));
    }

    [Fact]
    public void A_closed_week_takes_no_declaration()
    {
        Assert.Equal("week-closed", CodeOf(() => Declare(weekClosed: true)));
    }

    [Fact]
    public void A_declaration_is_validated_or_rejected_once()
    {
        var validated = Declare();
        var assignment = Guid.NewGuid();
        validated.Validate(assignment, "referent-1", Now);
        var rejected = Declare();
        rejected.Reject(" Justificatif illisible ", "referent-1", Now);

        Assert.Equal((DeclarationStatus.VALIDATED, assignment), (validated.Status, validated.AssignmentId));
        Assert.Equal((DeclarationStatus.REJECTED, "Justificatif illisible"), (rejected.Status, rejected.RejectionReason));
        Assert.Equal("declaration-already-decided", CodeOf(() => validated.Reject("Non", "referent-1", Now)));
        Assert.Equal("declaration-already-decided", CodeOf(() => rejected.Validate(Guid.NewGuid(), "referent-1", Now)));
    }
}
