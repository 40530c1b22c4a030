using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

/// <summary>
/// A token validated once is not checked again on every request; what is remembered must never let
/// through a token that would not pass the check itself.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_a_token_is_sent_again(ApiFixture fixture)
{
    private static readonly JwtOptions Signing = new() { SigningKey = ApiFixture.SigningKey };

    [Fact]
    public async Task the_same_claims_with_an_altered_signature_are_refused()
    {
        var who = Actors.Clerk(Actors.NewOffice());
        var token = TokenIssuer.Issue(Signing, who, TimeSpan.FromMinutes(30));
        (await Get(token)).Should().Be(HttpStatusCode.OK);
        (await Get(token)).Should().Be(HttpStatusCode.OK, "the remembered token still serves");

        var signatureStart = token.LastIndexOf('.') + 1;
        var altered = token[..signatureStart] + (token[signatureStart] == 'A' ? 'B' : 'A') + token[(signatureStart + 1)..];
        (await Get(altered)).Should().Be(HttpStatusCode.Unauthorized);

        var otherKey = TokenIssuer.Issue(new JwtOptions { SigningKey = "another-signing-key-of-enough-length-0123456789" }, who,
            TimeSpan.FromMinutes(30));
        (await Get(otherKey)).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task an_expired_token_is_refused()
    {
        var token = TokenIssuer.Issue(Signing, Actors.Clerk(Actors.NewOffice()), TimeSpan.FromMinutes(-5));

        (await Get(token)).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void a_remembered_token_is_found_until_it_expires_and_not_after()
    {
        var clock = new SettableClock();
        var start = DateTimeOffset.Parse("2026-03-01T08:00:00Z");
        clock.Set(start);
        var tokens = new ValidatedTokens(clock);
        var principal = Clerk();

        tokens.Remember("token-a", principal, start.AddMinutes(10));

        tokens.Find("token-a")!.FindFirst(TrafficClaims.Subject)!.Value.Should().Be("clerk.1");
        tokens.Find("token-b").Should().BeNull("only the very same token is remembered");
        clock.Set(start.AddMinutes(10).AddTicks(-1));
        tokens.Find("token-a").Should().NotBeNull();
        clock.Set(start.AddMinutes(10));
        tokens.Find("token-a").Should().BeNull("nothing is remembered past the token's expiry");
        clock.Set(start);
        tokens.Find("token-a").Should().BeNull("an expired entry is dropped, not kept for a clock set back");
    }

    [Fact]
    public void each_request_gets_its_own_copy_of_the_caller()
    {
        var clock = new SettableClock();
        var tokens = new ValidatedTokens(clock);
        var principal = Clerk();
        tokens.Remember("token-a", principal, clock.GetUtcNow().AddMinutes(10));

        ((ClaimsIdentity)tokens.Find("token-a")!.Identity!).AddClaim(new Claim(TrafficClaims.Role, TrafficRoles.Admin));

        tokens.Find("token-a")!.IsInRole(TrafficRoles.Admin).Should().BeFalse();
        principal.IsInRole(TrafficRoles.Admin).Should().BeFalse();
    }

    [Fact]
    public void a_token_already_expired_is_not_remembered()
    {
        var clock = new SettableClock();
        var tokens = new ValidatedTokens(clock);
        var principal = Clerk();

        tokens.Remember("token-a", principal, clock.GetUtcNow().AddSeconds(-1));

        tokens.Find("token-a").Should().BeNull();
    }

    private static ClaimsPrincipal Clerk() =>
        new(new ClaimsIdentity([new Claim(TrafficClaims.Subject, "clerk.1")], "Bearer", TrafficClaims.Subject, TrafficClaims.Role));

    private async Task<HttpStatusCode> Get(string token)
    {
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/cases")).StatusCode;
    }
}
