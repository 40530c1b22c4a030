namespace TrafficCqrs.Domain.Common;

/// <summary>The ways a command reaches the office.</summary>
public static class Channels
{
    public const string Window = "window";   // a counter at an office (窗口)
    public const string Kiosk = "kiosk";     // self-service terminal (自助终端)
    public const string Online = "online";   // internet service platform (互联网)
    public const string Outlet = "outlet";   // a commissioned outlet (代办网点)

    public static readonly IReadOnlyList<string> All = [Window, Kiosk, Online, Outlet];

    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel);
}
