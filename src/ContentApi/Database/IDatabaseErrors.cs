using System.Data.Common;

namespace ContentApi.Database;

/// <summary>What a database error means, whatever the provider's codes for it.</summary>
public enum DatabaseError
{
    Other,
    UniqueViolation,
    ForeignKeyViolation,
    /// <summary>The database was busy or locked for longer than the provider waits.</summary>
    Busy,
}

/// <summary>Reads a provider's exception into a <see cref="DatabaseError"/>, so that callers never match provider codes.</summary>
public interface IDatabaseErrors
{
    DatabaseError Classify(DbException exception);
}
