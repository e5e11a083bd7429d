namespace Intensif.Scheduling.Api.Domain;

/// <summary>What a shared calendar event is (issue 6, item 4).</summary>
public enum SharedEventKind
{
    /// <summary>A collective session of a catalogue entry; référents of any organisme book the people they follow into it.</summary>
    COLLECTIVE_SESSION,
    /// <summary>A meeting between professionals (synthèse, comité de suivi, réunion partenariale); no person is booked.</summary>
    COORDINATION,
}
