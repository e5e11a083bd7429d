using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>
/// The OpenAPI examples of the shared calendar: a collective mobility workshop (GEN-COL-01) organised by an organisme
/// of territory 75, 12 seats, a person of another organisme booked, and a comité de suivi.
/// </summary>
public static class SharedCalendarExamples
{
    private static readonly Guid Event = Guid.Parse("0193a1f6-0000-7000-8000-0000000ca1e0");
    private static readonly Guid Person = Guid.Parse("0193a1f2-7c4e-7d10-9a51-2f0c6b1e8d42");
    private static readonly DateTimeOffset WorkshopStart = new(2026, 12, 8, 8, 30, 0, TimeSpan.Zero);

    public static readonly CalendarEventRequest CreateSession = new()
    {
        Kind = SharedEventKind.COLLECTIVE_SESSION, Territory = "75", Theme = "MOBILITE", EntryCode = "GEN-COL-01",
        Title = "Atelier collectif : se déplacer pour l'emploi", Start = WorkshopStart, End = WorkshopStart.AddHours(3),
        Location = "Maison de l'emploi, 12 rue de la Gare, Paris 10e", Capacity = 12,
    };

    public static readonly EventBookingResponse Booked = new(Guid.Parse("0193a1f6-0000-7000-8000-0000000b0001"), Event, Person, null, "ft-75",
        EventBookingStatus.BOOKED, null, null, Guid.Parse("0193a1f3-5d6e-7f80-9a1b-2c3d4e5f6071"), new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public static readonly EventBookingResponse Participant = new(Guid.Parse("0193a1f6-0000-7000-8000-0000000b0002"),
        Guid.Parse("0193a1f6-0000-7000-8000-0000000c0001"), null, "referent-1", "ft-75", EventBookingStatus.BOOKED, null, null, null,
        new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public static readonly CalendarEventResponse Session = new(Event, SharedEventKind.COLLECTIVE_SESSION, "Atelier collectif : se déplacer pour l'emploi",
        "GEN-COL-01", "75", "MOBILITE", WorkshopStart, WorkshopStart.AddHours(3), "Maison de l'emploi, 12 rue de la Gare, Paris 10e", null, "organisme",
        "plie-paris", 12, 1, 11, 0, false, 0, [Booked]);

    public static readonly EventBookingRequest Book = new() { BeneficiaryId = Person };

    public static readonly CalendarPage Page = new(
    [
        new CalendarItem(Event, "CALENDAR", "COLLECTIVE_SESSION", "Atelier collectif : se déplacer pour l'emploi", "GEN-COL-01", "75", "MOBILITE",
            WorkshopStart, WorkshopStart.AddHours(3), "Maison de l'emploi, 12 rue de la Gare, Paris 10e", "organisme", "plie-paris", 12, 12, 0, 3, false),
        new CalendarItem(Guid.Parse("0193a1f0-11aa-7b22-8c33-4d5e6f708192"), "PARTNERS", "PARTNER_SESSION", "Séance GEN-COL-01", "GEN-COL-01", "75",
            "MOBILITE", WorkshopStart.AddDays(1), WorkshopStart.AddDays(1).AddHours(3), "12 rue de la Gare, Lunel", "partner",
            "0193a1e0-2b3c-7d4e-8f50-617283940a1b", 12, 5, 7, null, false),
        new CalendarItem(Guid.Parse("0193a1f6-0000-7000-8000-0000000c0001"), "CALENDAR", "COORDINATION", "Comité de suivi PLIE", null, "75", null,
            WorkshopStart.AddDays(2), WorkshopStart.AddDays(2).AddHours(2), "https://visio.example.org/comite-plie", "organisme", "plie-paris", 20, 6, 14,
            0, false),
    ], "MjAyNi0xMi0xMFQwODozMDowMFp8MDE5M2ExZjYtMDAwMC03MDAwLTgwMDAtMDAwMDAwMGMwMDAx");
}
