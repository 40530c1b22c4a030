using FluentAssertions;
using Microsoft.AspNetCore.Authorization;
using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Security;

public sealed class when_an_endpoint_forgets_to_say_who_may_call_it
{
    private static class Samples
    {
        public static void Nothing() { }

        [Authorize]
        public static void BareAuthorize() { }

        [Authorize(Roles = "clerk")]
        public static void RolesOnly() { }

        [AllowAnonymous, Authorize(Policy = Policies.CaseRead)]
        public static void Both() { }

        [Authorize(Policy = Policies.CaseRead)]
        public static void WithPolicy() { }

        [AllowAnonymous]
        public static void Anonymous() { }
    }

    [Authorize(Policy = Policies.Audit)]
    private static class ClassLevel
    {
        public static void Inherits() { }
    }

    [Theory]
    [InlineData(nameof(Samples.Nothing))]
    [InlineData(nameof(Samples.BareAuthorize))]
    [InlineData(nameof(Samples.RolesOnly))]
    [InlineData(nameof(Samples.Both))]
    public void the_guard_names_the_problem(string method)
    {
        EndpointAuthorizationGuard.ProblemWith(typeof(Samples).GetMethod(method)!).Should().NotBeNull();
    }

    [Theory]
    [InlineData(typeof(Samples), nameof(Samples.WithPolicy))]
    [InlineData(typeof(Samples), nameof(Samples.Anonymous))]
    [InlineData(typeof(ClassLevel), nameof(ClassLevel.Inherits))]
    public void a_declared_endpoint_passes(Type type, string method)
    {
        EndpointAuthorizationGuard.ProblemWith(type.GetMethod(method)!).Should().BeNull();
    }
}
