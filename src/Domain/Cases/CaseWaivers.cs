using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Domain.Cases;

/// <summary>The four waivers (四个减免) and which of them a case gets.</summary>
public static class CaseWaivers
{
    /// <summary>The ID card is read, not photocopied.</summary>
    public const string NoIdPhotocopy = "no_id_photocopy";

    /// <summary>The application form is filled from the identity record, not by hand.</summary>
    public const string FormFilledFromRecords = "form_filled_from_records";

    /// <summary>A recorded photo of the VIN replaces the rubbing (车辆识别代号拓印).</summary>
    public const string VinPhotoInsteadOfRubbing = "vin_photo_instead_of_rubbing";

    /// <summary>Purchase tax, compulsory insurance and medical certificates are checked over the network, not brought.</summary>
    public const string NetworkedCertificates = "networked_certificates_checked";

    /// <summary>The case detail carrying the reference of the recorded VIN photo.</summary>
    public const string VinPhotoDetail = "vinPhoto";

    /// <summary>The certificates an office checks over the network instead of asking for them.</summary>
    public static readonly IReadOnlyList<string> NetworkedCertificateChecks =
        [InternalChecks.PurchaseTax, InternalChecks.CompulsoryInsurance, InternalChecks.MedicalCertificate];

    /// <summary>
    /// Every case is served from the ID card alone: no photocopy, no hand-filled form. A business
    /// that needs networked certificates has them checked internally, except those whose record
    /// check on opening did not find them (<paramref name="notFound"/>): the applicant brings those;
    /// a vehicle business whose VIN was photographed takes the photo instead of a rubbing.
    /// </summary>
    public static CaseWaiversApplied For(Guid caseId, BusinessType type, IReadOnlyDictionary<string, string>? details,
        DateTimeOffset now, IReadOnlyCollection<string>? notFound = null)
    {
        var waivers = new List<string> { NoIdPhotocopy, FormFilledFromRecords };
        string? vinPhoto = null;
        if (type.Area == BusinessAreas.Vehicle && details is not null
            && details.TryGetValue(VinPhotoDetail, out var photo) && !string.IsNullOrWhiteSpace(photo))
        {
            vinPhoto = photo.Trim();
            waivers.Add(VinPhotoInsteadOfRubbing);
        }
        var certificates = NetworkedCertificateChecks
            .Where(c => type.InternalChecks.Contains(c) && notFound?.Contains(c) != true).ToList();
        if (certificates.Count > 0) waivers.Add(NetworkedCertificates);
        return new CaseWaiversApplied(caseId, waivers, certificates, vinPhoto, now);
    }
}
