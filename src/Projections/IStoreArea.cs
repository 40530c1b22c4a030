using Marten;

namespace TrafficCqrs.Projections;

/// <summary>
/// One area's part of the store: its projections, documents and indexes. Implementations in this
/// assembly are found and applied by <see cref="TrafficStoreConfiguration"/>, so a new area needs
/// no wiring elsewhere.
/// </summary>
public interface IStoreArea
{
    void Configure(StoreOptions opts);
}
