using ContentApi.Paging;
using ContentApi.Search;
using FluentValidation;

namespace ContentApi.Articles;

public sealed class ArticleListQueryValidator : PageRequestValidator<ArticleListQuery>
{
    public ArticleListQueryValidator()
    {
        RuleFor(q => q.Sort).Must(s => s is null || s == ArticleSearch.RelevanceSort || ArticleSorts.All.ContainsKey(s))
            .WithMessage($"sort must be one of: {string.Join(", ", ArticleSorts.All.Keys)}, {ArticleSearch.RelevanceSort}.");
        RuleFor(q => q.Sort).Must(s => s != ArticleSearch.RelevanceSort).When(q => q.Q is null)
            .WithMessage("sort=relevance needs a search: add q.");
        RuleFor(q => q.Q).Custom((text, context) =>
        {
            if (text is not null && !SearchTerms.TryParse(text, out _, out var error)) context.AddFailure(error);
        });
        RuleFor(q => q.Tag).Must(tags => tags!.Length <= 10).When(q => q.Tag is not null)
            .WithMessage("Filter on at most 10 tags.");
        RuleFor(q => q.Status).Must(s => s is null || ArticleListQuery.IsStatusName(s))
            .WithMessage("status must be one of: draft, scheduled, published, archived.");
        RuleFor(q => q.PublishedBefore).GreaterThan(q => q.PublishedAfter)
            .When(q => q.PublishedAfter is not null && q.PublishedBefore is not null)
            .WithMessage("publishedBefore must be later than publishedAfter.");
    }
}
