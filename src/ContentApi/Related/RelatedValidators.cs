using ContentApi.Data;
using FluentValidation;

namespace ContentApi.Related;

public sealed class RelatedQueryValidator : AbstractValidator<RelatedQuery>
{
    public RelatedQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, RelatedQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {RelatedQuery.MaxLimit}.");
}

/// <summary>The shape of a curated list; whether its articles exist is the handler's to say (it needs the database).</summary>
public sealed class SetRelatedArticlesRequestValidator : AbstractValidator<SetRelatedArticlesRequest>
{
    public SetRelatedArticlesRequestValidator()
    {
        RuleFor(r => r.Articles).NotNull()
            .WithMessage("articles is required: the ids or slugs of the related articles, in order (an empty list clears them).");
        RuleFor(r => r.Articles!.Count).LessThanOrEqualTo(RelatedQuery.MaxLimit)
            .OverridePropertyName("articles")
            .When(r => r.Articles is not null)
            .WithMessage($"At most {RelatedQuery.MaxLimit} related articles can be chosen.");
        RuleForEach(r => r.Articles)
            .NotEmpty().WithMessage("Give the id or slug of an article.")
            .MaximumLength(ContentLimits.SlugLength).WithMessage($"An id or slug has at most {ContentLimits.SlugLength} characters.")
            .Must((request, item) => request.Articles!.Count(x => x == item) == 1)
            .WithMessage((_, item) => $"'{item}' is listed more than once.");
    }
}
