namespace Pixyer.Application.Features.Sessions;

public sealed record SessionsRevoked(int Revoked);
