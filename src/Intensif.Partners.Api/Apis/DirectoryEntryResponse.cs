namespace Intensif.Partners.Api.Apis;

/// <summary>A structure in the directory, with the seats still free in its sessions of the coming weeks.</summary>
public sealed record DirectoryEntryResponse(
    Guid Id, string Name, string Type, IReadOnlyList<string> Territories, IReadOnlyList<string> Themes,
    bool Qualiopi, bool PmsmpPrescriptionDelegation, int FreeSeats);
