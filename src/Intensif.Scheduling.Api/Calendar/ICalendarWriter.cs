using System.Text;

namespace Intensif.Scheduling.Api.Calendar;

/// <summary>
/// RFC 5545 content lines: CRLF after every line, lines longer than 75 octets folded (CRLF + one space) without
/// splitting a UTF-8 character, and TEXT values escaped (§3.3.11).
/// </summary>
public sealed class ICalendarWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    public ICalendarWriter Line(string name, string value)
    {
        var line = name + ":" + value;
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;   // the leading space of a continuation line counts
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
        return this;
    }

    public ICalendarWriter Text(string name, string value) => Line(name, Escape(value));

    public override string ToString() => _text.ToString();

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");
}
