using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Caching;

/// <summary>Lists have no single version: their ETag is a weak one over their content, with 304 as for items.</summary>
public sealed class ListETagTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    public static TheoryData<string> Lists() =>
    [
        $"{Api}/articles",
        $"{Api}/articles?limit=5",
        $"{Api}/sections",
        $"{Api}/authors",
        $"{Api}/tags",
        $"{Api}/sections/news/articles",
        $"{Api}/authors/jane-doe/articles",
        $"{Api}/tags/ukraine/articles",
    ];

    private async Task Arrange()
    {
        await Factory.CreateSection("News");
        await Factory.CreateAuthor("Jane Doe");
        await Factory.CreateTag("Ukraine");
        await Factory.CreateArticle("Listed", section: "news", authors: ["jane-doe"], tags: ["ukraine"]);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_answers_304_when_If_None_Match_holds_its_ETag(string url)
    {
        await Arrange();
        var first = await Factory.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag?.IsWeak, $"{url} has no weak ETag");

        var again = await Factory.Anonymous().GetIfNoneMatch(url, first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.ETag(), again.ETag());
    }

    [Fact]
    public async Task KeyedList_answers_304_when_If_None_Match_holds_its_ETag()
    {
        await Arrange();
        var url = $"{Api}/articles?status=published";
        var first = await Factory.Editor().GetAsync(url);

        var again = await Factory.Editor().GetIfNoneMatch(url, first.ETag());

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task List_ETag_changes_after_a_write_and_the_old_one_gets_the_new_list()
    {
        await Arrange();
        var url = $"{Api}/articles";
        var before = await Factory.Anonymous().GetAsync(url);

        await Factory.CreateArticle("One more");

        var after = await Factory.Anonymous().GetIfNoneMatch(url, before.ETag());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.ETag(), after.ETag());
        Assert.Equal(2, (await after.ExpectJson(HttpStatusCode.OK)).Total());
    }
}
