# The API image. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props TrafficCqrs.sln ./
COPY src/ src/
RUN dotnet publish src/Api/TrafficCqrs.Api.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:5080
# A 16 MB young-generation budget for the workstation GC (the runtime reads it from the environment
# only): about 40 MB less resident memory under load. scripts/benchmark.sh reads it from here.
ENV DOTNET_GCgen0size=0x1000000
# No second, profile-guided compile of hot methods: 7-19 MB less resident memory after the load
# (less compiled code kept; docs/benchmarks.md); throughput stayed inside the run-to-run noise.
ENV DOTNET_TieredPGO=0
EXPOSE 5080
ENTRYPOINT ["dotnet", "TrafficCqrs.Api.dll"]
