using WatchDog.Core.Conditions;

namespace WatchDog.Tests.Conditions;

public sealed class StatusCodeRangesTests
{
    [Theory]
    [InlineData("200-299, 301, 418", "200-299, 301, 418")]
    [InlineData(" 200 ", "200")]
    [InlineData("200-299;404 500-500", "200-299, 404, 500")]
    [InlineData("100-599", "100-599")]
    public void TryParse_ValidText_GivesNormalForm(string text, string expected)
    {
        Assert.True(StatusCodeRanges.TryParse(text, out var ranges, out var error));

        Assert.Null(error);
        Assert.Equal(expected, ranges.Text);
    }

    [Theory]
    [InlineData("200-299, 301, 418", 200, true)]
    [InlineData("200-299, 301, 418", 299, true)]
    [InlineData("200-299, 301, 418", 300, false)]
    [InlineData("200-299, 301, 418", 301, true)]
    [InlineData("200-299, 301, 418", 418, true)]
    [InlineData("200-299, 301, 418", 503, false)]
    [InlineData("200-399", 199, false)]
    public void Contains_Code_MatchesRangesAndSingleCodes(string text, int code, bool expected)
    {
        Assert.True(StatusCodeRanges.TryParse(text, out var ranges, out _));

        Assert.Equal(expected, ranges.Contains(code));
    }

    [Theory]
    [InlineData("", "at least one")]
    [InlineData("  , ", "at least one")]
    [InlineData("2xx", "'2xx' is not a status code")]
    [InlineData("200-", "'200-' is not a status code")]
    [InlineData("99", "'99' is not a status code")]
    [InlineData("600", "'600' is not a status code")]
    [InlineData("300-200", "'300-200' is a range whose start is above its end")]
    [InlineData("200--300", "'200--300' is not a status code")]
    [InlineData("+200", "'+200' is not a status code")]
    public void TryParse_InvalidText_SaysWhichPart(string text, string expected)
    {
        Assert.False(StatusCodeRanges.TryParse(text, out _, out var error));

        Assert.Contains(expected, error);
    }
}
