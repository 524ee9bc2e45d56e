# syntax=docker/dockerfile:1
# ContentApi: multi-stage build (SDK -> ASP.NET Core runtime).
#   docker build -t contentapi .
#   docker run -p 5000:8080 -v content-data:/data contentapi

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from only the files that affect it, so this layer is cached until they change.
COPY global.json Directory.Build.* Directory.Packages.props ./
COPY .config/ .config/
COPY src/ContentApi/ContentApi.csproj src/ContentApi/
COPY src/ContentApi.Data/ContentApi.Data.csproj src/ContentApi.Data/
COPY migrations/ContentApi.Migrations.Sqlite/ContentApi.Migrations.Sqlite.csproj migrations/ContentApi.Migrations.Sqlite/
RUN dotnet restore src/ContentApi/ContentApi.csproj

COPY src/ src/
COPY migrations/ migrations/
RUN dotnet publish src/ContentApi/ContentApi.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# SQLite database lives on a volume owned by the image's non-root `app` user ($APP_UID, 1654).
RUN mkdir -p /data && chown "$APP_UID" /data

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    ConnectionStrings__Content="Data Source=/data/contentapi.db"

COPY --from=build /app/publish .

USER $APP_UID
VOLUME /data
EXPOSE 8080
# No HEALTHCHECK: the aspnet image has no curl/wget. Probe /health/live and /health/ready from outside.
ENTRYPOINT ["dotnet", "ContentApi.dll"]
