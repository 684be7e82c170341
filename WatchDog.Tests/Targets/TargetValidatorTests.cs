using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Targets;

namespace WatchDog.Tests.Targets;

public sealed class TargetValidatorTests
{
    private readonly TargetValidator _validator = new(Options.Create(new CheckOptions()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("example.com")]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@example.com/")]
    [InlineData("http://")]
    public void Validate_BadUrl_NamesTheUrlField(string? url)
    {
        var result = _validator.Validate(new TargetInput(url));

        Assert.False(result.IsValid);
        Assert.Equal([TargetFields.Url], result.Errors.Keys);
        Assert.NotEmpty(result.Errors[TargetFields.Url][0]);
    }

    [Fact]
    public void Validate_UrlLongerThanTheLimit_IsRefused()
    {
        var url = "https://example.com/" + new string('a', TargetLimits.UrlMaxLength);

        var result = _validator.Validate(new TargetInput(url));

        Assert.Contains(TargetFields.Url, result.Errors.Keys);
    }

    [Fact]
    public void Validate_UrlExactlyAtTheLimit_IsAccepted()
    {
        var prefix = "https://example.com/";
        var url = prefix + new string('a', TargetLimits.UrlMaxLength - prefix.Length);

        var result = _validator.Validate(new TargetInput(url));

        Assert.True(result.IsValid, string.Join(", ", result.Errors.Keys));
    }

    [Theory]
    [InlineData("http://example.com", "http://example.com/")]
    [InlineData("  https://Example.COM/health?x=1  ", "https://example.com/health?x=1")]
    public void Validate_GoodUrl_IsTrimmedAndNormalised(string url, string expected)
    {
        var result = _validator.Validate(new TargetInput(url));

        Assert.Equal(expected, result.Value?.Url);
    }

    [Fact]
    public void Validate_NoNameOrInterval_DefaultsToHostAndDefaultInterval()
    {
        var result = _validator.Validate(new TargetInput("https://my-app.onrender.com/health"));

        Assert.Equal("my-app.onrender.com", result.Value?.Name);
        Assert.Equal(new CheckOptions().DefaultInterval, result.Value?.Interval);
    }

    [Fact]
    public void Validate_NameWithSpaces_IsTrimmed()
    {
        var result = _validator.Validate(new TargetInput("https://example.com/", "  Portfolio  "));

        Assert.Equal("Portfolio", result.Value?.Name);
    }

    [Fact]
    public void Validate_NameTooLong_NamesTheNameField()
    {
        var result = _validator.Validate(new TargetInput("https://example.com/", new string('n', TargetLimits.NameMaxLength + 1)));

        Assert.Equal([TargetFields.Name], result.Errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-30)]
    [InlineData(86_401)]
    [InlineData(1e300)]
    [InlineData(30.5)]
    public void Validate_BadInterval_NamesTheIntervalField(double seconds)
    {
        var result = _validator.Validate(new TargetInput("https://example.com/", null, seconds));

        Assert.Equal([TargetFields.IntervalSeconds], result.Errors.Keys);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(86_400)]
    public void Validate_IntervalWithinLimits_IsAccepted(double seconds)
    {
        var result = _validator.Validate(new TargetInput("https://example.com/", null, seconds));

        Assert.Equal(TimeSpan.FromSeconds(seconds), result.Value?.Interval);
    }

    [Fact]
    public void Validate_IntervalLimitsFromOptions_AreApplied()
    {
        var validator = new TargetValidator(Options.Create(new CheckOptions { MinimumInterval = TimeSpan.FromSeconds(1) }));

        var result = validator.Validate(new TargetInput("https://example.com/", null, 2));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_EverythingWrong_NamesEveryField()
    {
        var result = _validator.Validate(new TargetInput("ftp://x/", new string('n', 500), 1));

        Assert.Equal(
            new[] { TargetFields.IntervalSeconds, TargetFields.Name, TargetFields.Url },
            result.Errors.Keys.Order());
    }
}
