using ContentApi.Data;
using ContentApi.Http;
using FluentValidation;
using ContentApi.Slugs;

namespace ContentApi.Authors;

public sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    public AuthorRequestValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(ContentLimits.NameLength);
        RuleFor(a => a.Slug).MaximumLength(ContentLimits.SlugLength).Matches(Slug.Pattern)
            .WithMessage("A slug is lowercase letters, digits and single hyphens, e.g. 'elena-marsh'.");
        RuleFor(a => a.Bio).MaximumLength(ContentLimits.DescriptionLength);
        RuleFor(a => a.AvatarUrl).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(a => a.Email).MaximumLength(ContentLimits.EmailLength).EmailAddress();
        RuleFor(a => a.Links!).SetValidator(new AuthorLinksValidator()).When(a => a.Links is not null);
    }
}

public sealed class AuthorLinksValidator : AbstractValidator<AuthorLinks>
{
    public AuthorLinksValidator()
    {
        RuleFor(l => l.Website).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(l => l.X).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(l => l.Facebook).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(l => l.Instagram).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(l => l.LinkedIn).MaximumLength(ContentLimits.UrlLength).WebUrl();
        RuleFor(l => l.Bluesky).MaximumLength(ContentLimits.UrlLength).WebUrl();
    }
}
