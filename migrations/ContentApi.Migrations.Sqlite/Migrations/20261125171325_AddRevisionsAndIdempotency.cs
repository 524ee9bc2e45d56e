using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRevisionsAndIdempotency : Migration
    {
        // --- Hand-written SQL (SQLite) -------------------------------------------------------------
        /// <summary>
        /// Gives every article that exists before revisions did a revision 1 with its current content, so
        /// that its first edit after the upgrade does not lose what it said before. The JSON has the shape
        /// of ArticleRevisionContent (camelCase, lowercase status, ISO 8601 UTC times).
        /// </summary>
        public const string BackfillRevisionsSql = """
            INSERT INTO "ArticleRevisions" ("Id", "ArticleId", "Number", "ArticleVersion", "Action", "CreatedAt", "KeyName", "KeyId", "Content")
            SELECT
                upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12)),
                a."Id", 1, a."Version", 'Created', a."UpdatedAt", 'migration', NULL,
                json_object(
                    'title', a."Title",
                    'slug', a."Slug",
                    'standfirst', a."Standfirst",
                    'body', a."Body",
                    'section', json((SELECT json_object('id', lower(s."Id"), 'slug', s."Slug", 'name', s."Name") FROM "Sections" s WHERE s."Id" = a."SectionId")),
                    'authors', json((SELECT json_group_array(json(x)) FROM (
                        SELECT json_object('id', lower(au."Id"), 'slug', au."Slug", 'name', au."Name") AS x
                        FROM "ArticleAuthors" aa JOIN "Authors" au ON au."Id" = aa."AuthorId"
                        WHERE aa."ArticleId" = a."Id" ORDER BY aa."Position"))),
                    'tags', json((SELECT json_group_array(json(x)) FROM (
                        SELECT json_object('id', lower(t."Id"), 'slug', t."Slug", 'name', t."Name") AS x
                        FROM "ArticleTags" at JOIN "Tags" t ON t."Id" = at."TagId"
                        WHERE at."ArticleId" = a."Id" ORDER BY at."Position"))),
                    'featuredImage', CASE WHEN a."FeaturedImageUrl" IS NULL THEN NULL ELSE json_object(
                        'url', a."FeaturedImageUrl", 'alt', a."FeaturedImageAlt", 'caption', a."FeaturedImageCaption", 'credit', a."FeaturedImageCredit") END,
                    'seo', json_object('title', a."SeoTitle", 'description', a."SeoDescription", 'canonicalUrl', a."SeoCanonicalUrl"),
                    'status', lower(a."Status"),
                    'firstPublishedAt', CASE WHEN a."FirstPublishedAt" IS NULL THEN NULL ELSE replace(a."FirstPublishedAt", ' ', 'T') || 'Z' END,
                    'publishedAt', CASE WHEN a."PublishedAt" IS NULL THEN NULL ELSE replace(a."PublishedAt", ' ', 'T') || 'Z' END,
                    'scheduledAt', CASE WHEN a."ScheduledAt" IS NULL THEN NULL ELSE replace(a."ScheduledAt", ' ', 'T') || 'Z' END)
            FROM (SELECT *, hex(randomblob(16)) AS h FROM "Articles") a
            WHERE NOT EXISTS (SELECT 1 FROM "ArticleRevisions" r WHERE r."ArticleId" = a."Id");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2400, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRevisions_ArticleId_Number",
                table: "ArticleRevisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_Scope_Key",
                table: "IdempotencyRecords",
                columns: new[] { "Scope", "Key" },
                unique: true);

            migrationBuilder.Sql(BackfillRevisionsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleRevisions");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");
        }
    }
}
