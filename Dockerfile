# Qingdan.Graph server: the console built with Node, the qingdan executable (src/Qingdan.Graph.Cli) with the SDK, run on the ASP.NET runtime.
FROM node:20-bookworm-slim AS console
WORKDIR /console
COPY console/package.json console/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY console/ ./
# The build checks the console's generated response types against the schema (../schema from here).
COPY schema/qingdan.graphql /schema/qingdan.graphql
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out: it pins this repository's SDK band, the image brings its own SDK 10.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY seed/ seed/
COPY --from=console /console/dist console/dist/
RUN dotnet publish src/Qingdan.Graph.Cli/Qingdan.Graph.Cli.csproj -c Release --use-current-runtime --self-contained false -o /app --nologo -p:QingdanSkipConsole=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "qingdan.dll", "health", "--url", "http://127.0.0.1:8080"]
ENTRYPOINT ["dotnet", "qingdan.dll"]
CMD ["serve", "--url", "http://0.0.0.0:8080"]
