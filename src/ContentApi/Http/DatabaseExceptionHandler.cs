using System.Data.Common;
using ContentApi.Database;
using Microsoft.AspNetCore.Diagnostics;
using ContentApi.Revisions;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Http;

/// <summary>Maps what only the database can tell into problems: a concurrent edit after the If-Match check (412) and a
/// unique value taken concurrently (409), as the provider's <see cref="IDatabaseErrors"/> classifies them.</summary>
public sealed class DatabaseExceptionHandler(IProblemDetailsService problems, IDatabaseErrors errors) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DbUpdateException update when update.IsConcurrentChange() => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "Precondition failed",
                Detail = "Someone else changed this resource while your change was being saved. Read it again and retry.",
            },
            DbUpdateException { InnerException: DbException db } when errors.Classify(db) == DatabaseError.UniqueViolation => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "A value that must be unique (such as a slug) was taken by another write at the same moment. Retry with another value.",
            },
            _ => null,
        };
        if (problem is null) return false;

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
