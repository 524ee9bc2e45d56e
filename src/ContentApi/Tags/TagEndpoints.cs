using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Tags;

public static class TagEndpoints
{
    public static RouteGroupBuilder MapTags(this RouteGroupBuilder api)
    {
        var tags = api.MapGroup("/tags").WithTags("Tags");

        tags.MapGet("/", ResourceHandlers<TagDefinition, Tag, TagRequest, TagResponse>.List)
            .WithName("ListTags")
            .WithSummary("List tags")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        tags.MapResourceCrud<TagDefinition, Tag, TagRequest, TagResponse>();
        return api;
    }
}
