using System.Buffers.Text;
using System.Text;

namespace Intensif.ServiceDefaults.Http;

/// <summary>
/// The opaque cursor of cursor pagination: the position after the last item of a page, base64url-encoded so it travels
/// in a query string as is (plain base64's '+' and '/' would not).
/// </summary>
public static class PageCursor
{
    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    /// <summary>The position, or null when <paramref name="cursor"/> is not a cursor this API produced.</summary>
    public static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
