using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RenminDaibiao.ServiceDefaults;

public static class DbUpdateExceptionExtensions
{
    /// <summary>Whether the save failed on a unique index: someone else stored the same key first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
    }
}
