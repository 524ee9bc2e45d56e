using ContentApi.Commands;

namespace ContentApi.Auth;

public static class KeySetup
{
    /// <summary>The key store's services are registered with authentication (AddContentAuth); this adds the CLI.</summary>
    public static IServiceCollection AddKeyCommands(this IServiceCollection services) =>
        services.AddCliCommand<KeysCommand>();
}
