using System.Text.Json;

namespace Intensif.Catalogue.Api.Apis;

/// <summary>One version of an entry: what was done, by whom, when, and the entry as it became.</summary>
public sealed record EntryVersionResponse(int Version, string Action, DateTimeOffset At, string Actor, JsonElement Entry);
