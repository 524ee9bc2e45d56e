using ContentApi.Http;
using FluentValidation;

namespace ContentApi.Articles;

/// <summary>The optional body of PublishArticle.</summary>
/// <param name="PublishedAt">Back-dates the publication (UTC, not in the future), e.g. for an article imported from another system.
/// Defaults to the date the article already carries, or now.</param>
public sealed record PublishArticleRequest(DateTime? PublishedAt = null);

/// <summary>The body of ScheduleArticle.</summary>
/// <param name="ScheduledAt">When the article publishes itself (UTC, in the future).</param>
public sealed record ScheduleArticleRequest(DateTime? ScheduledAt);

public sealed class PublishArticleRequestValidator : AbstractValidator<PublishArticleRequest>
{
    public PublishArticleRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.PublishedAt).Must(at => UtcTimes.Normalize(at!.Value) <= clock.GetUtcNow().UtcDateTime)
            .When(r => r.PublishedAt is not null)
            .WithMessage("publishedAt must not be in the future: to publish later, schedule the article instead.");
    }
}

public sealed class ScheduleArticleRequestValidator : AbstractValidator<ScheduleArticleRequest>
{
    public ScheduleArticleRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.ScheduledAt).NotNull().WithMessage("scheduledAt is required: when the article is to be published.");
        RuleFor(r => r.ScheduledAt).Must(at => UtcTimes.Normalize(at!.Value) > clock.GetUtcNow().UtcDateTime)
            .When(r => r.ScheduledAt is not null)
            .WithMessage("scheduledAt must be in the future: to publish now, publish the article instead.");
    }
}

