using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Database.Sqlite;

/// <summary>
/// Sets <c>PRAGMA synchronous=FULL</c> on every SQLite connection EF opens (it is a per-connection setting
/// that a connection string cannot carry). In WAL mode, NORMAL already survives the process being killed:
/// a commit is in the WAL file, in the OS page cache, before it is acknowledged. It can lose the last
/// commits on a power cut or an OS crash, though, because the WAL is only synced at checkpoints. FULL
/// syncs the WAL on every commit, so a 201 means the write is on disk. Writes are small; the cost is one
/// fsync per commit.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
