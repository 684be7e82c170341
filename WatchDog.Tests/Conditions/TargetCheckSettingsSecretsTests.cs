using WatchDog.Core.Conditions;

namespace WatchDog.Tests.Conditions;

public sealed class TargetCheckSettingsSecretsTests
{
    [Fact]
    public void Mask_Secrets_ShowsAtMostTheLastTwoCharacters()
    {
        var settings = new TargetCheckSettings
        {
            Authentication = AuthenticationKind.Basic,
            Username = "monitor",
            Password = "correct-horse-battery",
            BearerToken = "short",
            Headers = { ["X-Api-Key"] = "k-1234567890-zz", ["Accept"] = "application/json" },
        };

        var masked = TargetCheckSettingsSecrets.Mask(settings);

        Assert.Equal("••••ry", masked.Password);
        Assert.Equal("••••", masked.BearerToken);
        Assert.Equal("••••zz", masked.Headers["X-Api-Key"]);
        Assert.Equal("application/json", masked.Headers["Accept"]);
        Assert.Equal("monitor", masked.Username);
        Assert.Equal("correct-horse-battery", settings.Password);
        Assert.Equal("k-1234567890-zz", settings.Headers["X-Api-Key"]);
    }

    [Fact]
    public void KeepUnchanged_MaskedValuesSentBack_RestoresStoredSecrets()
    {
        var stored = new TargetCheckSettings
        {
            Password = "correct-horse-battery",
            BearerToken = "old-token-value",
            Headers = { ["Authorization-Extra"] = "secret-value-1234" },
        };
        var edit = TargetCheckSettingsSecrets.Mask(stored);
        edit.BearerToken = "new-token";
        edit.Keyword = "ok";

        TargetCheckSettingsSecrets.KeepUnchanged(edit, stored);

        Assert.Equal("correct-horse-battery", edit.Password);
        Assert.Equal("new-token", edit.BearerToken);
        Assert.Equal("secret-value-1234", edit.Headers["Authorization-Extra"]);
        Assert.Equal("ok", edit.Keyword);
    }

    [Fact]
    public void KeepUnchanged_MaskWithoutStoredSecret_DropsTheMask()
    {
        var edit = new TargetCheckSettings { Password = "••••", Headers = { ["X-Token"] = "••••ab" } };

        TargetCheckSettingsSecrets.KeepUnchanged(edit, stored: null);

        Assert.Null(edit.Password);
        Assert.Empty(edit.Headers);
    }
}
