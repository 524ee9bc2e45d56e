using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Full-text search over articles (SQLite FTS5), kept in step by triggers: every write path (the API,
    /// seeders, ExecuteUpdate, hand-run SQL) updates the index inside the same transaction.
    /// The model does not change: this migration is only the hand-written SQL below.
    /// </summary>
    public partial class AddArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written SQL: full-text search (ArticleSearch) ---

            // FTS5 keys rows by an integer rowid, articles by a UUID. Articles' own implicit rowid is not
            // stable (VACUUM may renumber it), so each article gets an integer key of its own here.
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearchKeys" (
                    "RowId" INTEGER NOT NULL PRIMARY KEY,
                    "ArticleId" TEXT NOT NULL UNIQUE
                );
                """);

            // The indexed text, read through the keys. An external-content index stores only the index,
            // not a second copy of every body; snippet() reads the text back through this view.
            migrationBuilder.Sql("""
                CREATE VIEW "ArticleSearchContent" AS
                SELECT k."RowId" AS "RowId", a."Title" AS "title", a."Standfirst" AS "standfirst", a."BodyText" AS "body"
                FROM "ArticleSearchKeys" AS k
                JOIN "Articles" AS a ON a."Id" = k."ArticleId";
                """);

            // unicode61 with remove_diacritics 2: "Genève" matches "geneve" and the reverse.
            // prefix '3': three-letter prefix queries ("ukr"*), the shortest that q makes, read a ready-made index instead of scanning terms.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    title, standfirst, body,
                    content = 'ArticleSearchContent', content_rowid = 'RowId',
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '3'
                );
                """);

            // An external-content index must be told the old text to remove it: the triggers pass old.* exactly.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_AfterInsert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearchKeys" ("ArticleId") VALUES (new."Id");
                    INSERT INTO "ArticleSearch" (rowid, title, standfirst, body)
                    SELECT "RowId", new."Title", new."Standfirst", new."BodyText" FROM "ArticleSearchKeys" WHERE "ArticleId" = new."Id";
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_AfterUpdate" AFTER UPDATE OF "Title", "Standfirst", "BodyText" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, body)
                    SELECT 'delete', "RowId", old."Title", old."Standfirst", old."BodyText" FROM "ArticleSearchKeys" WHERE "ArticleId" = old."Id";
                    INSERT INTO "ArticleSearch" (rowid, title, standfirst, body)
                    SELECT "RowId", new."Title", new."Standfirst", new."BodyText" FROM "ArticleSearchKeys" WHERE "ArticleId" = new."Id";
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_AfterDelete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, body)
                    SELECT 'delete', "RowId", old."Title", old."Standfirst", old."BodyText" FROM "ArticleSearchKeys" WHERE "ArticleId" = old."Id";
                    DELETE FROM "ArticleSearchKeys" WHERE "ArticleId" = old."Id";
                END;
                """);

            // Articles written before this migration: give them keys, then build the index from the view.
            migrationBuilder.Sql("""
                INSERT INTO "ArticleSearchKeys" ("ArticleId") SELECT "Id" FROM "Articles";
                INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');
                """);

            // --- End of hand-written SQL ---
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Articles_Search_AfterDelete";
                DROP TRIGGER "Articles_Search_AfterUpdate";
                DROP TRIGGER "Articles_Search_AfterInsert";
                DROP TABLE "ArticleSearch";
                DROP VIEW "ArticleSearchContent";
                DROP TABLE "ArticleSearchKeys";
                """);
        }
    }
}
