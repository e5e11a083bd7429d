using Intensif.ServiceDefaults.Http;

namespace Intensif.Platform.Tests.ServiceDefaults;

public sealed class PageCursorTests
{
    [Fact]
    public void A_cursor_travels_in_a_query_string_unescaped_and_decodes_to_its_position()
    {
        // these bytes are "+/" in plain base64, which a query string would turn into " " and a path separator
        var position = "after:\u00fb\u00ff\u00fe|638000000000000000";

        var cursor = PageCursor.Encode(position);

        Assert.Matches("^[A-Za-z0-9_-]+$", cursor);
        Assert.Equal(position, PageCursor.Decode(cursor));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("a")]
    public void Something_that_is_not_a_cursor_decodes_to_null(string cursor) => Assert.Null(PageCursor.Decode(cursor));
}
