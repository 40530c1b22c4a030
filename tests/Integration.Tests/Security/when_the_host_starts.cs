using FluentAssertions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_the_host_starts(ApiFixture fixture)
{
    [Fact]
    public void no_data_protection_key_ring_is_loaded_since_bearer_tokens_need_none()
    {
        var started = fixture.Host.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();

        started.Should().NotContain("Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        started.Should().Contain(typeof(TrafficCqrs.Application.WindowService.CatalogueLoader).FullName,
            "the other hosted services are still there");
        fixture.Host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("a later use")
            .Should().NotBeNull("data protection still works for a use that would come later");
    }
}
