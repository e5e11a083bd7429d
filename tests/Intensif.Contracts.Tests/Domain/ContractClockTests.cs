using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

public sealed class ContractClockTests
{
    private static readonly DateOnly Notified = new(2026, 10, 1);

    [Fact]
    public void ContractClock_a_contract_is_due_one_month_after_the_notification()
    {
        Assert.Equal(new DateOnly(2026, 11, 1), ContractClock.Deadline(Notified));
        Assert.Equal(new DateOnly(2026, 2, 28), ContractClock.Deadline(new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public void ContractClock_is_overdue_the_day_after_the_deadline_without_a_contract()
    {
        Assert.Null(ContractClock.DaysOverdue(Notified, [], new DateOnly(2026, 11, 1)));
        Assert.Equal(1, ContractClock.DaysOverdue(Notified, [], new DateOnly(2026, 11, 2)));
    }

    [Fact]
    public void ContractClock_a_contract_signed_or_updated_since_the_notification_answers_it_even_late()
    {
        Assert.Null(ContractClock.DaysOverdue(Notified, [new DateOnly(2026, 11, 10)], new DateOnly(2026, 11, 20)));
        Assert.Null(ContractClock.DaysOverdue(Notified, [Notified], new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void ContractClock_a_contract_signed_before_a_reorientation_does_not_answer_it()
    {
        Assert.Equal(19, ContractClock.DaysOverdue(Notified, [new DateOnly(2026, 9, 1)], new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void ContractClock_RSA_orientation_is_due_six_weeks_after_the_request()
    {
        Assert.Equal(new DateOnly(2026, 11, 12), ContractClock.RsaOrientationDeadline(Notified));
    }
}
