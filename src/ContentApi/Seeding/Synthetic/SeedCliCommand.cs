using ContentApi.Commands;

namespace ContentApi.Seeding.Synthetic;

/// <summary>Joins <see cref="SeedCommand"/> to the command line. The seeder builds its own lean host, because
/// <c>--db</c> chooses the database before any service exists.</summary>
public sealed class SeedCliCommand : ICliCommand
{
    public string Name => SeedCommand.Name;

    public string Usage => SeedCommand.Usage;

    public Task<int> RunAsync(CliContext context) => SeedCommand.RunAsync([.. context.Args], context.Out, context.Error);
}
