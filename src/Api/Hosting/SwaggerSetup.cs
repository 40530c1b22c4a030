namespace TrafficCqrs.Api.Hosting;

public static class SwaggerSetup
{
    public static IServiceCollection AddTrafficSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new()
            {
                Title = "TrafficCqrs",
                Version = "v1",
                Description = "Vehicle and driver administration: commands for clerks and outlets, " +
                              "audit traces for supervisors, read models for analysts.",
            });
            c.CustomSchemaIds(t => t.FullName!.Replace("TrafficCqrs.", "").Replace('+', '.'));
        });
}
