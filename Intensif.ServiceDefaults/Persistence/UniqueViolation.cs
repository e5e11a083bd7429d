using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intensif.ServiceDefaults.Persistence;

/// <summary>A save refused by a unique index: another write of the same identity committed first.</summary>
public static class UniqueViolation
{
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
