using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Http;
using FluentValidation;
using ContentApi.Slugs;

namespace ContentApi.Articles;

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator(TimeProvider clock)
    {
        RuleFor(a => a.Title).NotEmpty().MaximumLength(ContentLimits.TitleLength);
        RuleFor(a => a.Slug).MaximumLength(ContentLimits.SlugLength).Matches(Slug.Pattern)
            .WithMessage("A slug is lowercase letters, digits and single hyphens, e.g. 'us-may-abandon-peace-mediation'.");
        RuleFor(a => a.Standfirst).MaximumLength(ContentLimits.StandfirstLength);
        RuleFor(a => a.Body).MaximumLength(ContentLimits.BodyLength);
        RuleFor(a => a.Section).MaximumLength(ContentLimits.SlugLength);
        RuleFor(a => a.Authors).Must(list => list!.Count <= ContentLimits.MaxAuthorsPerArticle)
            .When(a => a.Authors is not null)
            .WithMessage($"An article has at most {ContentLimits.MaxAuthorsPerArticle} authors.");
        RuleForEach(a => a.Authors).NotEmpty().MaximumLength(ContentLimits.SlugLength);
        RuleFor(a => a.Authors).Must(list => list!.Distinct(StringComparer.OrdinalIgnoreCase).Count() == list!.Count)
            .When(a => a.Authors is not null).WithMessage("An author appears twice in the byline.");
        RuleFor(a => a.Tags).Must(list => list!.Count <= ContentLimits.MaxTagsPerArticle)
            .When(a => a.Tags is not null)
            .WithMessage($"An article has at most {ContentLimits.MaxTagsPerArticle} tags.");
        RuleForEach(a => a.Tags).NotEmpty().MaximumLength(ContentLimits.NameLength);
        RuleFor(a => a.FeaturedImage!).SetValidator(new FeaturedImageValidator()).When(a => a.FeaturedImage is not null);
        RuleFor(a => a.Seo!).SetValidator(new SeoValidator()).When(a => a.Seo is not null);
        RuleFor(a => a.Status).IsInEnum();
        RuleFor(a => a.ScheduledAt).NotNull().When(a => a.Status == ArticleStatus.Scheduled)
            .WithMessage("A scheduled article needs scheduledAt.");
        RuleFor(a => a.ScheduledAt).Must(at => at > clock.GetUtcNow().UtcDateTime)
            .When(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt is not null)
            .WithMessage("scheduledAt must be in the future.");
    }
}

public sealed class FeaturedImageValidator : AbstractValidator<FeaturedImage>
{
    public FeaturedImageValidator()
    {
        RuleFor(i => i.Url).NotEmpty().MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(i => i.Alt).MaximumLength(ContentLimits.ShortTextLength);
        RuleFor(i => i.Caption).MaximumLength(ContentLimits.ShortTextLength);
        RuleFor(i => i.Credit).MaximumLength(ContentLimits.NameLength);
    }
}

public sealed class SeoValidator : AbstractValidator<Seo>
{
    public SeoValidator()
    {
        RuleFor(s => s.Title).MaximumLength(ContentLimits.TitleLength);
        RuleFor(s => s.Description).MaximumLength(ContentLimits.ShortTextLength);
        RuleFor(s => s.CanonicalUrl).MaximumLength(ContentLimits.UrlLength).WebUrl();
    }
}
