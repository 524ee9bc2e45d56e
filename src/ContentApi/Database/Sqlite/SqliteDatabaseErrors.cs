using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ContentApi.Database.Sqlite;

/// <summary>SQLite's extended result codes (https://www.sqlite.org/rescode.html) as <see cref="DatabaseError"/>s.</summary>
public sealed class SqliteDatabaseErrors : IDatabaseErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ConstraintForeignKey = 787;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    public DatabaseError Classify(DbException exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey } => DatabaseError.UniqueViolation,
        SqliteException { SqliteExtendedErrorCode: ConstraintForeignKey } => DatabaseError.ForeignKeyViolation,
        // The primary code: the extended ones (BUSY_SNAPSHOT, LOCKED_SHAREDCACHE, …) mean the same to a caller.
        SqliteException { SqliteErrorCode: Busy or Locked } => DatabaseError.Busy,
        _ => DatabaseError.Other,
    };
}
