using FluentValidation;

namespace ContentApi.Changes;

public sealed class ChangesQueryValidator : AbstractValidator<ChangesQuery>
{
    public ChangesQueryValidator()
    {
        RuleFor(q => q.Since).GreaterThanOrEqualTo(0)
            .WithMessage("since must be 0 or a sequence number from a previous page's nextSince.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ChangesLimits.Max)
            .WithMessage($"limit must be between 1 and {ChangesLimits.Max}.");
    }
}
