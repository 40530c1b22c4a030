using static TrafficCqrs.Domain.Catalogue.InternalChecks;
using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

public static partial class StandardBusinessTypes
{
    /// <summary>Driving licence services. The ID-only ones (一证即办) follow domain.md's catalogue.</summary>
    public static readonly IReadOnlyList<BusinessType> Licence =
    [
        new("licence.replace_lost", "补领机动车驾驶证", "Replace a lost driving licence", BusinessAreas.Licence,
            IdOnly: true, Fee: 10m, Channels(Window, Kiosk, Online, PostOffice, RuralPoint), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, LicenceRecord)),
        new("licence.replace_damaged", "换领机动车驾驶证", "Replace a damaged driving licence", BusinessAreas.Licence,
            IdOnly: true, Fee: 10m, Channels(Window, Kiosk, Online, PostOffice, RuralPoint), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, LicenceRecord)),
        new("licence.renew", "期满换领机动车驾驶证", "Renew a driving licence at expiry", BusinessAreas.Licence,
            IdOnly: true, Fee: 10m, Channels(Window, Online, PostOffice), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, LicenceRecord, MedicalCertificate)),
        new("licence.postpone", "延期换证、审验、提交身体条件证明", "Postpone renewal, review or medical", BusinessAreas.Licence,
            IdOnly: true, Fee: 0m, WindowKioskOnline, AgentAllowed: false,
            AnyOffice: true, Checks(Identity, LicenceRecord)),
        new("licence.review", "驾驶人审验", "Driver review", BusinessAreas.Licence,
            IdOnly: true, Fee: 0m, WindowKioskOnline, AgentAllowed: false,
            AnyOffice: true, Checks(Identity, LicenceRecord)),
        new("licence.submit_medical", "提交身体条件证明", "Submit a medical certificate", BusinessAreas.Licence,
            IdOnly: true, Fee: 0m, WindowKioskOnline, AgentAllowed: false,
            AnyOffice: true, Checks(Identity, LicenceRecord, MedicalCertificate)),
        new("licence.contact_change", "驾驶人联系方式变更", "Change a driver's contact details", BusinessAreas.Licence,
            IdOnly: true, Fee: 0m, WindowKioskOnline, AgentAllowed: false,
            AnyOffice: true, Checks(Identity, LicenceRecord)),
        // A first licence is applied for through the exams (/api/exams), not fulfilled by a case:
        // licence.apply stays a plain case without a workflow.
        new("licence.apply", "申领机动车驾驶证", "Apply for a driving licence", BusinessAreas.Licence,
            IdOnly: false, Fee: 10m, Channels(Window, Online), AgentAllowed: false,
            AnyOffice: true, Checks(Identity, MedicalCertificate)),
    ];
}
