using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Tests.Domain;

/// <summary>Domain objects for the rule tests (no I/O).</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static Beneficiary Person(string referent = "ref-1") =>
        Beneficiary.Register("org-1", referent, null, "Awa", "Diallo", new DateOnly(1990, 4, 12), "34", Now);

    public static Contract Signed(Beneficiary? person = null) =>
        Contract.Sign(person ?? Person(), "ref-1", Today.AddDays(-10), false, ContractTerms.Default(LocalPolicy.National), Now).Contract;

    public static LocalPolicy Herault => LocalPolicy.Tighten(50, 2, 6, 15m);

    public static IntensiveEpisode Episode(Contract contract, LocalPolicy? policy = null) =>
        IntensiveEpisode.Start(contract, Today, Today.AddMonths(4), false, 0, policy ?? Herault, Now);
}
