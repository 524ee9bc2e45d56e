using ContentApi.Data;
using ContentApi.Http;
using FluentValidation;

namespace ContentApi.Tags;

public sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(t => t.Name).NotEmpty().MaximumLength(ContentLimits.NameLength);
        RuleFor(t => t.Slug).MaximumLength(ContentLimits.SlugLength).Matches(Slugs.Pattern)
            .WithMessage("A slug is lowercase letters, digits and single hyphens, e.g. 'ukraine-war'.");
        RuleFor(t => t.Description).MaximumLength(ContentLimits.DescriptionLength);
    }
}
