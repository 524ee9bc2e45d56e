using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Authors;

public static class AuthorEndpoints
{
    public static RouteGroupBuilder MapAuthors(this RouteGroupBuilder api)
    {
        var authors = api.MapGroup("/authors").WithTags("Authors");

        authors.MapGet("/", ResourceHandlers<AuthorDefinition, Author, AuthorRequest, AuthorResponse>.List)
            .WithName("ListAuthors")
            .WithSummary("List authors")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        authors.MapResourceCrud<AuthorDefinition, Author, AuthorRequest, AuthorResponse>();
        return api;
    }
}
