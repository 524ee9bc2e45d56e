using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Http;
using ContentApi.Paging;

namespace ContentApi.Sections;

public static class SectionEndpoints
{
    public static RouteGroupBuilder MapSections(this RouteGroupBuilder api)
    {
        var sections = api.MapGroup("/sections").WithTags("Sections");

        sections.MapGet("/", SectionHandlers.ListSections)
            .WithName("ListSections")
            .WithSummary("List sections")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        sections.MapGet("/{idOrSlug}", SectionHandlers.GetSection)
            .WithName("GetSection")
            .WithSummary("Get a section by id or slug")
            .WithDescription("Answers 301 to the current URL when the slug was renamed, and 304 when If-None-Match holds the current ETag.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sections.MapPost("/", SectionHandlers.CreateSection)
            .WithName("CreateSection")
            .WithSummary("Create a section")
            .WithDescription("The slug is generated from the name or title when not given. Answers 201 with Location and ETag.")
            .Validate<SectionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        sections.MapPut("/{idOrSlug}", SectionHandlers.ReplaceSection)
            .WithName("ReplaceSection")
            .WithSummary("Replace a section")
            .WithDescription("Full replace. Requires If-Match with the ETag you last read: 428 without it, 412 when it is stale. " +
                "A slug change keeps the old slug redirecting.")
            .Validate<SectionRequest>()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        sections.MapPatch("/{idOrSlug}", SectionHandlers.PatchSection)
            .WithName("PatchSection")
            .WithSummary("Change some fields of a section")
            .WithDescription("JSON Merge Patch (RFC 7396, application/merge-patch+json): send only the fields to change; " +
                "null clears a field. Requires If-Match.")
            .Accepts<SectionRequest>(MergePatch.ContentType)
            .ProducesValidationProblem()
            .ProducesPreconditionProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Editor);

        sections.MapDelete("/{idOrSlug}", SectionHandlers.DeleteSection)
            .WithName("DeleteSection")
            .WithSummary("Delete a section")
            .WithDescription("Requires If-Match. Answers 409 when the resource is still in use.")
            .ProducesPreconditionProblems()
            .RequireAuthorization(Policies.Editor);

        sections.MapGet("/{idOrSlug}/articles", ArticleListHandlers.ListSectionArticles)
            .WithName("ListSectionArticles")
            .WithSummary("List a section's articles")
            .WithDescription("The section front: articles in the section and its sub-sections, with the same filters and paging as " +
                "ListArticles. Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }
}
