using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

/// <summary>Applies the <c>ADMIN_USER</c> / <c>ADMIN_PASS</c> overrides and the Development default password.</summary>
internal sealed class AdminOptionsSetup(IConfiguration configuration, IHostEnvironment environment)
    : IPostConfigureOptions<AdminOptions>
{
    public void PostConfigure(string? name, AdminOptions options)
    {
        if (configuration["ADMIN_USER"] is { Length: > 0 } user)
        {
            options.User = user;
        }

        if (configuration["ADMIN_PASS"] is { Length: > 0 } password)
        {
            options.Password = password;
        }

        if (string.IsNullOrEmpty(options.Password) && environment.IsDevelopment())
        {
            options.Password = AdminOptions.DevelopmentPassword;
            options.UsesDevelopmentPassword = true;
        }
    }
}
