using System.Net;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

/// <summary>Two published articles, written once for the read-only input tests below (none of them writes).</summary>
public sealed class SearchInputFixture : IAsyncLifetime
{
    public ContentApiFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var (title, body) in new[] { ("Peace talks", "War and peace, again."), ("Peace not war", "Not a war story.") })
        {
            var response = await Factory.Editor().PostJson("/api/v1/articles", new { title, body, status = "published" });
            await response.ExpectJson(HttpStatusCode.Created);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Whatever a reader types is a valid search or a 400 naming q: never a 500 or an FTS5 syntax error.
/// The inputs only read, so they share one app and database (a fresh one each would make this theory slow).
/// </summary>
public sealed class SearchInputTests(SearchInputFixture fixture) : IClassFixture<SearchInputFixture>
{
    private ContentApiFactory Factory => fixture.Factory;

    private Task<HttpResponseMessage> SearchRaw(string q) =>
        Factory.Anonymous().GetAsync($"{ArticleReads.Articles}?q={Uri.EscapeDataString(q)}");

    public static TheoryData<string> NastyQueries() =>
    [
        "\"", "\"\"", "\"unbalanced", "'", "*", "**", "peace*", "*peace", "NEAR(", "NEAR(a b, 2)", "NEAR/3",
        "(", ")", "(peace", "peace)", "AND", "OR", "NOT", "AND OR NOT", "peace AND", "OR peace", "NOT peace",
        "-", "-peace", "^", "^peace", "title:peace", "{title body}: peace", ":", "+", "peace + war",
        "😀", "peace 😀", "🇺🇦 Ukraine", "\u0301", "e\u0301", "\0", "a\u0000b", "%", "\\", "\\\"", ";--",
        "'; DROP TABLE Articles; --", "<script>alert(1)</script>", "\u200b", "\uFFFD", "\u202E", "漢字", "ß", "a",
        "1", "0x1F", "CO2", "a b c d e f g h i j k l", "\t\n", "\"peace\" \"war\"", "peace\"war", "col:*",
    ];

    [Theory]
    [MemberData(nameof(NastyQueries))]
    public async Task Search_answers_any_text_with_200_or_400(string q)
    {
        var response = await SearchRaw(q);

        if (response.StatusCode == HttpStatusCode.OK)
        {
            await response.ExpectJson(HttpStatusCode.OK);
        }
        else
        {
            await response.ExpectValidationError("q");
        }
    }

    [Fact]
    public async Task Search_treats_operators_as_words()
    {
        var list = await Factory.Anonymous().List("?q=peace+NOT+war");

        Assert.Equal(["peace-not-war"], list.Slugs());
    }

    [Fact]
    public async Task Search_treats_quotes_and_parentheses_as_separators()
    {
        var list = await Factory.Anonymous().List($"?q={Uri.EscapeDataString("(\"talks")}");

        Assert.Equal(["peace-talks"], list.Slugs());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()")]
    [InlineData("😀🎉")]
    public async Task Search_without_a_word_is_a_400_naming_q(string q)
    {
        var response = await SearchRaw(q);

        await response.ExpectValidationError("q");
    }

    [Fact]
    public async Task Search_longer_than_200_characters_is_a_400_naming_q()
    {
        var response = await SearchRaw(new string('a', 201));

        await response.ExpectValidationError("q");
    }

    [Fact]
    public async Task Search_of_10_KB_is_a_400_naming_q()
    {
        var response = await SearchRaw(string.Concat(Enumerable.Repeat("peace \"(NEAR* ", 800)));

        await response.ExpectValidationError("q");
    }

    [Fact]
    public async Task Search_with_too_many_words_is_a_400_naming_q()
    {
        var response = await SearchRaw("a b c d e f g h i j k l m");

        await response.ExpectValidationError("q");
    }

    [Fact]
    public async Task Sort_by_relevance_without_q_is_a_400_naming_sort()
    {
        var response = await Factory.Anonymous().GetAsync($"{ArticleReads.Articles}?sort=relevance");

        await response.ExpectValidationError("sort");
    }
}
