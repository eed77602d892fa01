using Pixyer.Api;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Pixyer.Api.Security;
using Pixyer.Api.Telemetry;
using Pixyer.Application;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddApi(builder.Configuration)
    .AddPixyerTelemetry(builder.Configuration);

// Behaviors run in the listed order, outermost first. The source generator reads this list at compile time.
// Authorization comes before validation: a caller who may not send a request learns nothing about its fields.
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Pixyer.Application.DependencyInjection).Assembly];
    options.PipelineBehaviors =
    [
        typeof(TracingBehavior<,>),
        typeof(LoggingBehavior<,>),
        typeof(AuditFailureBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(PolicyAcceptanceBehavior<,>),
        typeof(ConsentBehavior<,>),
        typeof(IdempotencyBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});

var app = builder.Build();

// Before the host starts, so that no job runs against a schema that is not there yet.
await app.Services.MigrateDatabaseAsync();

if (app.Configuration.GetValue<bool>("Pixyer:Http:TrustForwardedHeaders"))
{
    app.UseForwardedHeaders();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestContextMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimitMiddleware>();
// The privacy centre (wwwroot): `/` is its index.html; its other pages are PrivacyCentreEndpoints.
app.UseDefaultFiles();
app.UseStaticFiles();
// OpenAPI 3.1: an operation's security requirement can name the roles it needs.
app.UseSwagger(o => o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/swagger/v1/swagger.json", "Pixyer API v1");
    o.DocumentTitle = "Pixyer API";
    o.EnablePersistAuthorization();
});
// Before authentication and the request quotas: a preflight carries no credentials and is answered here, and the
// refusals further down (401, 403, 429) carry the CORS headers an allowed SPA needs to read them.
app.UseCors();
app.UseAuthentication();
app.UseMiddleware<ActorMiddleware>();
app.UseMiddleware<CardNumberGuardMiddleware>();
app.UseMiddleware<AccessLogMiddleware>();
app.UseMiddleware<RequestQuotaMiddleware>();

app.MapEndpointGroups();

await app.RunAsync();
