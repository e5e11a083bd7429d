using System.Text;

namespace Intensif.Scheduling.Tests.Calendar;

/// <summary>A minimal RFC 5545 reader for tests: checks the physical lines, unfolds them and splits the components.</summary>
internal sealed class ICalendarText
{
    public IReadOnlyList<string> PhysicalLines { get; }
    public IReadOnlyList<string> Lines { get; }

    public ICalendarText(string text)
    {
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\r\n\r\n", text);
        Assert.DoesNotMatch("[^\r]\n", text);   // every line break is CRLF
        PhysicalLines = text[..^2].Split("\r\n");
        var lines = new List<string>();
        foreach (var line in PhysicalLines)
        {
            if (line.StartsWith(' ')) lines[^1] += line[1..];
            else lines.Add(line);
        }
        Lines = lines;
    }

    public int MaxOctets => PhysicalLines.Max(Encoding.UTF8.GetByteCount);

    /// <summary>The properties of each component of this name, e.g. VEVENT, by "NAME;PARAMS" key.</summary>
    public IReadOnlyList<Dictionary<string, string>> Components(string name)
    {
        var found = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in Lines)
        {
            if (line == $"BEGIN:{name}") current = [];
            else if (line == $"END:{name}" && current is not null) { found.Add(current); current = null; }
            else if (current is not null)
            {
                var colon = line.IndexOf(':');
                current[line[..colon]] = line[(colon + 1)..];
            }
        }
        return found;
    }
}
