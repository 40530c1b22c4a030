using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Tests.Window;

/// <summary>Window service rules on a case: channels, waivers, visits, idempotent payment, refunds.</summary>
public sealed class CaseWindowRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Guid Ticket = Guid.NewGuid();
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], "610100", "W03", null, Channels.Window);
    private static readonly Actor Kiosk = new("kiosk.K01", ["kiosk"], "610100", "K01", null, Channels.Kiosk);
    private static readonly BusinessType Renewal = BusinessCatalogue.Standard.Find("licence.renew")!;
    private static readonly BusinessType Replacement = BusinessCatalogue.Standard.Find("licence.replace_lost")!;
    private static readonly BusinessType NewVehicle = BusinessCatalogue.Standard.Find("vehicle.register_new")!;

    private static ServiceCase Given(params object[] events)
    {
        var state = ServiceCase.Create((CaseOpened)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                CaseAccepted x => state.Apply(x),
                CasePaymentRecorded x => state.Apply(x),
                CaseRejected x => state.Apply(x),
                CaseCompleted x => state.Apply(x),
                CaseVisitStarted x => state.Apply(x),
                CaseReturnVisitRequired x => state.Apply(x),
                CaseRefunded x => state.Apply(x),
                CaseWaiversApplied x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static CaseOpened Opened(BusinessType? type = null) => CaseRules.Open(Id, type ?? Renewal, "11010519491231002X", Clerk, Now);
    private static CaseAccepted Accepted() => new(Id, Now);
    private static CasePaymentRecorded Paid(string reference = "WX-1") => new(Id, 10m, "wechat", reference, Now);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    // Channels

    [Fact]
    public void a_kiosk_opens_what_the_catalogue_allows_kiosks() =>
        CaseRules.Open(Id, Replacement, "11010519491231002X", Kiosk, Now).Channel.Should().Be("kiosk");

    [Fact]
    public void a_kiosk_is_refused_a_business_not_listed_for_kiosks() =>
        Refused(() => CaseRules.Open(Id, Renewal, "11010519491231002X", Kiosk, Now), CaseRules.ChannelNotAllowed);

    [Fact]
    public void online_is_refused_a_counter_only_business() =>
        Refused(() => CaseRules.Open(Id, NewVehicle, "11010519491231002X", Clerk with { Channel = Channels.Online }, Now),
            CaseRules.ChannelNotAllowed);

    [Fact]
    public void a_window_is_refused_a_business_an_office_listed_for_kiosks_only() =>
        Refused(() => CaseRules.Open(Id, Replacement with { Channels = [ServiceChannels.Kiosk] }, "11010519491231002X", Clerk, Now),
            CaseRules.ChannelNotAllowed);

    [Fact]
    public void outlets_are_left_to_the_outlet_rules() =>
        CaseRules.Open(Id, Renewal, "11010519491231002X", Clerk with { Channel = Channels.Outlet, Outlet = "P1" }, Now)
            .Channel.Should().Be("outlet");

    // The four waivers

    [Fact]
    public void every_case_waives_the_photocopy_and_the_hand_filled_form() =>
        CaseWaivers.For(Id, Replacement, null, Now).Should().BeEquivalentTo(new CaseWaiversApplied(Id,
            [CaseWaivers.NoIdPhotocopy, CaseWaivers.FormFilledFromRecords], [], null, Now));

    [Fact]
    public void networked_certificates_are_checked_instead_of_brought()
    {
        var waivers = CaseWaivers.For(Id, NewVehicle, null, Now);

        waivers.Waivers.Should().Contain(CaseWaivers.NetworkedCertificates).And.NotContain(CaseWaivers.VinPhotoInsteadOfRubbing);
        waivers.CertificatesCheckedInternally.Should().Equal(InternalChecks.PurchaseTax, InternalChecks.CompulsoryInsurance);
        CaseWaivers.For(Id, Renewal, null, Now).CertificatesCheckedInternally.Should().Equal(InternalChecks.MedicalCertificate);
    }

    [Fact]
    public void a_certificate_the_records_did_not_show_is_brought_not_waived()
    {
        var waivers = CaseWaivers.For(Id, NewVehicle, null, Now, [InternalChecks.PurchaseTax]);

        waivers.CertificatesCheckedInternally.Should().Equal(InternalChecks.CompulsoryInsurance);
        waivers.Waivers.Should().Contain(CaseWaivers.NetworkedCertificates);
        CaseWaivers.For(Id, Renewal, null, Now, [InternalChecks.MedicalCertificate])
            .Waivers.Should().NotContain(CaseWaivers.NetworkedCertificates, "the one certificate it needs must be brought");
    }

    [Fact]
    public void a_recorded_vin_photo_replaces_the_rubbing_of_a_vehicle_business()
    {
        var waivers = CaseWaivers.For(Id, NewVehicle, new Dictionary<string, string> { ["vinPhoto"] = " PH-1 " }, Now);

        waivers.Waivers.Should().Contain(CaseWaivers.VinPhotoInsteadOfRubbing);
        waivers.VinPhotoReference.Should().Be("PH-1");
        CaseWaivers.For(Id, Renewal, new Dictionary<string, string> { ["vinPhoto"] = "PH-1" }, Now)
            .Waivers.Should().NotContain(CaseWaivers.VinPhotoInsteadOfRubbing, "a licence business has no VIN");
    }

    // Idempotent payment and refunds

    [Fact]
    public void the_same_reference_and_amount_is_the_payment_already_recorded()
    {
        var paid = Given(Opened(), Accepted(), Paid("WX-1"));

        CaseRules.IsRecordedPayment(paid, 10m, "WX-1").Should().BeTrue();
        CaseRules.IsRecordedPayment(paid, 10m, " WX-1 ").Should().BeTrue();
        CaseRules.IsRecordedPayment(paid, 10m, "WX-2").Should().BeFalse();
        CaseRules.IsRecordedPayment(Given(Opened(), Accepted()), 10m, "WX-1").Should().BeFalse();
    }

    [Fact]
    public void the_same_reference_for_another_amount_is_refused() =>
        Refused(() => CaseRules.IsRecordedPayment(Given(Opened(), Accepted(), Paid("WX-1")), 12m, "WX-1"),
            CaseRules.PaymentReferenceReused);

    [Fact]
    public void closing_a_paid_case_refunds_what_is_held()
    {
        var paid = Given(Opened(), Accepted(), Paid("WX-1"));

        CaseRules.RefundOnClosing(paid, "Licence seized.", Now)
            .Should().Be(new CaseRefunded(Id, 10m, "WX-1", "Licence seized.", Now));
    }

    [Fact]
    public void nothing_is_refunded_when_nothing_was_paid_or_it_was_already_paid_back()
    {
        CaseRules.RefundOnClosing(Given(Opened(), Accepted()), "no", Now).Should().BeNull();
        CaseRules.RefundOnClosing(Given(Opened(), Accepted(), Paid(), new CaseRefunded(Id, 10m, "WX-1", "no", Now)), "no", Now)
            .Should().BeNull();
    }

    // Visits

    [Fact]
    public void a_return_visit_is_required_with_a_reason_and_only_once_at_a_time()
    {
        var open = Given(Opened(), new CaseVisitStarted(Id, Ticket, 1, Now), Accepted());

        CaseRules.RequireReturnVisit(open, " Medical certificate expired. ", Now)
            .Should().Be(new CaseReturnVisitRequired(Id, "Medical certificate expired.", Now));
        Refused(() => CaseRules.RequireReturnVisit(open, " ", Now), CaseRules.ReasonRequired);
        Refused(() => CaseRules.RequireReturnVisit(
            Given(Opened(), new CaseReturnVisitRequired(Id, "x", Now)), "again", Now), CaseRules.AlreadyAwaitingReturn);
    }

    [Fact]
    public void the_applicant_comes_back_for_a_case_that_waits_and_the_visit_is_counted()
    {
        var waiting = Given(Opened(), new CaseVisitStarted(Id, Ticket, 1, Now), new CaseReturnVisitRequired(Id, "x", Now));
        var next = Guid.NewGuid();

        var visit = CaseRules.ReturnVisit(waiting, next, Now);

        visit.Should().Be(new CaseVisitStarted(Id, next, 2, Now));
        var state = waiting.Apply(visit);
        state.Visits.Should().Be(2);
        state.AwaitingReturn.Should().BeFalse();
        state.ReturnVisitsRequired.Should().Be(1);
    }

    [Fact]
    public void no_return_visit_for_a_case_that_is_not_waiting_or_is_closed()
    {
        Refused(() => CaseRules.ReturnVisit(Given(Opened()), Ticket, Now), CaseRules.NotAwaitingReturn);
        Refused(() => CaseRules.ReturnVisit(
            Given(Opened(), new CaseReturnVisitRequired(Id, "x", Now), new CaseRejected(Id, "no", Now)), Ticket, Now),
            CaseRules.AlreadyClosed);
        Refused(() => CaseRules.RequireReturnVisit(Given(Opened(), new CaseRejected(Id, "no", Now)), "x", Now),
            CaseRules.AlreadyClosed);
    }
}
