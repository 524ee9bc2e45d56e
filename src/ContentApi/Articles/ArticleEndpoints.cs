using ContentApi.Data.Entities;
using ContentApi.Http;
using ContentApi.Related;

namespace ContentApi.Articles;

public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/articles").WithTags("Articles").RecomputesRelatedPosts().WithIncludeRelated();

        articles.MapGet("/", ArticleListHandlers.List)
            .WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("Newest first by default. Filter by section, author, tags and dates; page with cursor (keyset) or page numbers. Without a key, only published articles are listed.")
            .Validate<ArticleListQuery>();

        articles.MapResourceCrud<ArticleDefinition, Article, ArticleRequest, ArticleResponse>();
        articles.MapArticleWorkflow();
        articles.MapRelatedArticles();
        return api;
    }

    /// <summary>The article lists of a section, author ("+ posts") or tag page.</summary>
    public static RouteGroupBuilder MapArticleSubLists(this RouteGroupBuilder api)
    {
        api.MapGet("/sections/{idOrSlug}/articles", ArticleListHandlers.ListForSection)
            .WithTags("Sections").WithName("ListSectionArticles")
            .WithSummary("List a section's articles")
            .WithDescription("The section front: articles in the section and its sub-sections, with the same filters and paging as ListArticles. Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/authors/{idOrSlug}/articles", ArticleListHandlers.ListForAuthor)
            .WithTags("Authors").WithName("ListAuthorArticles")
            .WithSummary("List an author's articles")
            .WithDescription("The byline's \"+ posts\": articles with the author in the byline, with the same filters and paging as ListArticles. Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/tags/{idOrSlug}/articles", ArticleListHandlers.ListForTag)
            .WithTags("Tags").WithName("ListTagArticles")
            .WithSummary("List a tag's articles")
            .WithDescription("Articles with the tag, with the same filters and paging as ListArticles. Answers 301 to the current URL when the slug was renamed.")
            .Validate<ArticleListQuery>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
