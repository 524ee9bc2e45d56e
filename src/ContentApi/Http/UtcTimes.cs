namespace ContentApi.Http;

public static class UtcTimes
{
    /// <summary>
    /// JSON times with an offset arrive as local DateTimes, and DateTime comparison ignores the kind:
    /// every time a client sends goes through here before it is compared or stored.
    /// </summary>
    public static DateTime Normalize(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
