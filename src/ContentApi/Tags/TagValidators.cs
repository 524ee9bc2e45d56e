using ContentApi.Data;
using FluentValidation;
using ContentApi.Slugs;

namespace ContentApi.Tags;

public sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(t => t.Name).NotEmpty().MaximumLength(ContentLimits.NameLength);
        RuleFor(t => t.Slug).MaximumLength(ContentLimits.SlugLength).Matches(Slug.Pattern)
            .WithMessage("A slug is lowercase letters, digits and single hyphens, e.g. 'ukraine-war'.");
        RuleFor(t => t.Description).MaximumLength(ContentLimits.DescriptionLength);
    }
}
