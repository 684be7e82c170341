using System.Text.Json;
using WatchDog.Core.Conditions;

namespace WatchDog.Tests.Conditions;

public sealed class JsonPathQueryTests
{
    private const string Document =
        """{"status":"up","checks":[{"name":"db","state":"ok"},{"name":"cache","state":"slow"}],"odd key":{"n":3}}""";

    [Theory]
    [InlineData("$.status", "\"up\"")]
    [InlineData("status", "\"up\"")]
    [InlineData("$.checks[0].name", "\"db\"")]
    [InlineData("$.checks[-1]['state']", "\"slow\"")]
    [InlineData("$['odd key'].n", "3")]
    [InlineData("$[\"odd key\"][\"n\"]", "3")]
    [InlineData("$", Document)]
    public void TryFind_SupportedPath_FindsValue(string path, string expectedJson)
    {
        using var document = JsonDocument.Parse(Document);
        Assert.True(JsonPathQuery.TryParse(path, out var query, out var error), error);

        Assert.True(query.TryFind(document.RootElement, out var found));

        Assert.Equal(expectedJson, found.GetRawText());
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.checks[2]")]
    [InlineData("$.checks[-3]")]
    [InlineData("$.status.inner")]
    [InlineData("$.checks.name")]
    public void TryFind_MissingMember_ReturnsFalse(string path)
    {
        using var document = JsonDocument.Parse(Document);
        Assert.True(JsonPathQuery.TryParse(path, out var query, out _));

        Assert.False(query.TryFind(document.RootElement, out _));
    }

    [Theory]
    [InlineData("$.checks[*].state")]
    [InlineData("$..state")]
    [InlineData("$.checks[?(@.name=='db')]")]
    [InlineData("$.checks[0:2]")]
    [InlineData("$.checks[0")]
    [InlineData("")]
    public void TryParse_UnsupportedPath_ExplainsWhatIsSupported(string path)
    {
        Assert.False(JsonPathQuery.TryParse(path, out _, out var error));

        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
