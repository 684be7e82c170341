using MudBlazor;

namespace WatchDog.Web.Components;

/// <summary>The dark palette: deep navy background so the dot grid and glass panels read well.</summary>
internal static class WatchDogTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#38bdf8",
            Secondary = "#a78bfa",
            Success = "#34d399",
            Error = "#f87171",
            Warning = "#fbbf24",
            Info = "#60a5fa",
            Background = "#0b1020",
            // Opaque, so dialogs and popovers stay readable; panels get their glass look from .glass.
            Surface = "#111827",
            AppbarBackground = "rgba(11, 16, 32, 0.75)",
            DrawerBackground = "#0b1020",
            TextPrimary = "#e5e7eb",
            TextSecondary = "#9ca3af",
            LinesDefault = "rgba(255, 255, 255, 0.08)",
            TableLines = "rgba(255, 255, 255, 0.06)",
            TableHover = "rgba(56, 189, 248, 0.06)",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "12px" },
    };
}
