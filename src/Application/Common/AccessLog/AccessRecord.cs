using System.Net;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.AccessLog;

/// <summary>
/// What the transport knows about one request of a signed-in subject. The route is the endpoint's template, never
/// the raw path or query string; the User-Agent is reduced to device facts before anything is stored.
/// </summary>
public sealed record AccessRecord(
    AccountId SubjectId, string Method, string RouteTemplate, IPAddress? ClientAddress, string? UserAgent, int StatusCode);
