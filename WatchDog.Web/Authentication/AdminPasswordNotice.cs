using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

/// <summary>Says at start, once, when the Development default password is in use.</summary>
internal sealed partial class AdminPasswordNotice(IOptions<AdminOptions> options, ILogger<AdminPasswordNotice> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UsesDevelopmentPassword)
        {
            LogDevelopmentPassword(logger, options.Value.User, AdminOptions.DevelopmentPassword, AdminOptions.PasswordKey);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin password is set; in Development the dashboard " +
        "accepts user '{User}' with password '{Password}'. Set {PasswordKey} (or ADMIN_PASS) to change it")]
    private static partial void LogDevelopmentPassword(ILogger logger, string user, string password, string passwordKey);
}
