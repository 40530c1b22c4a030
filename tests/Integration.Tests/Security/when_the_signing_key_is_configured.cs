using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_the_signing_key_is_configured(ApiFixture fixture)
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "TrafficCqrs.Api";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static bool Accepts(string environment, string key) =>
        new SigningKeyPolicy(new Environment(environment))
            .Validate(null, new JwtOptions { SigningKey = key }).Succeeded;

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task outside_development_the_development_key_is_refused(string environment)
    {
        Accepts(environment, JwtOptions.DevelopmentSigningKey).Should().BeFalse();
        Accepts(environment, " " + JwtOptions.DevelopmentSigningKey + " ").Should().BeFalse();
        Accepts(environment, "a-production-secret-from-the-vault-0123456789").Should().BeTrue();
        await Task.CompletedTask;
    }

    [Fact]
    public void a_short_or_missing_key_is_refused_everywhere()
    {
        Accepts("Production", "").Should().BeFalse();
        Accepts("Development", "too-short").Should().BeFalse();
        Accepts("Development", JwtOptions.DevelopmentSigningKey).Should().BeTrue();
    }

    [Fact]
    public async Task the_guard_knows_the_key_in_the_development_settings()
    {
        var root = fixture.Host.Services.GetRequiredService<IWebHostEnvironment>().ContentRootFileProvider;
        var file = root.GetFileInfo("appsettings.Development.json");
        file.Exists.Should().BeTrue();
        await using var stream = file.CreateReadStream();

        var settings = await JsonNode.ParseAsync(stream);

        settings!["Auth"]!["SigningKey"]!.GetValue<string>().Should().Be(JwtOptions.DevelopmentSigningKey);
    }
}
