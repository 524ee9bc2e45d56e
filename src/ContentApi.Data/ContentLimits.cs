namespace ContentApi.Data;

/// <summary>Field lengths, shared by the database columns, the validators and so the OpenAPI schemas,
/// so that the three can never disagree.</summary>
public static class ContentLimits
{
    public const int SlugLength = 120;
    public const int TitleLength = 200;
    public const int NameLength = 120;
    public const int StandfirstLength = 1_000;
    public const int ShortTextLength = 500;
    public const int DescriptionLength = 2_000;
    public const int UrlLength = 2_000;
    public const int EmailLength = 254;
    public const int BodyLength = 200_000;
    public const int MaxAuthorsPerArticle = 20;
    public const int MaxTagsPerArticle = 50;
    public const int IdempotencyKeyLength = 255;
}
