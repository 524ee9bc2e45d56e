using ContentApi.Data.Entities;
using ContentApi.Http;

namespace ContentApi.Sections;

public static class SectionEndpoints
{
    public static RouteGroupBuilder MapSections(this RouteGroupBuilder api)
    {
        var sections = api.MapGroup("/sections").WithTags("Sections");

        sections.MapGet("/", ResourceHandlers<SectionDefinition, Section, SectionRequest, SectionResponse>.List)
            .WithName("ListSections")
            .WithSummary("List sections")
            .WithDescription("Newest first, with cursor (keyset) or numbered paging.")
            .Validate<PageQuery>();

        sections.MapResourceCrud<SectionDefinition, Section, SectionRequest, SectionResponse>();
        return api;
    }
}
