using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

public sealed class FollowUpCheckTests
{
    private static readonly DateOnly Exit = new(2026, 1, 31);

    [Fact]
    public void FollowUpCheck_Due_from_three_six_and_twelve_months_after_the_exit()
    {
        Assert.Empty(FollowUpCheck.Due(Exit, new DateOnly(2026, 4, 29), []));
        Assert.Equal([(EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, new DateOnly(2026, 4, 30))], FollowUpCheck.Due(Exit, new DateOnly(2026, 4, 30), []));
        Assert.Equal([EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, EmploymentOutcomeSource.FOLLOW_UP_12_MONTHS],
            FollowUpCheck.Due(Exit, new DateOnly(2027, 1, 31), []).Select(c => c.Source));
    }

    [Fact]
    public void FollowUpCheck_Due_leaves_out_the_checks_already_answered_by_an_outcome_of_their_source()
    {
        var due = FollowUpCheck.Due(Exit, new DateOnly(2026, 9, 1), [EmploymentOutcomeSource.FOLLOW_UP_3_MONTHS, EmploymentOutcomeSource.EXIT]);
        Assert.Equal([(EmploymentOutcomeSource.FOLLOW_UP_6_MONTHS, new DateOnly(2026, 7, 31))], due);
    }
}
