using ContentApi.Data;
using FluentValidation;
using ContentApi.Slugs;

namespace ContentApi.Sections;

public sealed class SectionRequestValidator : AbstractValidator<SectionRequest>
{
    public SectionRequestValidator()
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(ContentLimits.NameLength);
        RuleFor(s => s.Slug).MaximumLength(ContentLimits.SlugLength).Matches(Slug.Pattern)
            .WithMessage("A slug is lowercase letters, digits and single hyphens, e.g. 'international'.");
        RuleFor(s => s.Description).MaximumLength(ContentLimits.DescriptionLength);
        RuleFor(s => s.Parent).MaximumLength(ContentLimits.SlugLength);
        RuleFor(s => s.Position).InclusiveBetween(0, 10_000);
    }
}
