using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Accounts.PurgeUnverifiedRegistrations;

/// <summary>
/// Retention of registration data, run daily: an account whose email address was never verified within
/// <see cref="UnverifiedLifetime"/> of registering is erased through every personal-data source and recorded in
/// the erasure ledger (so a restored backup does not bring it back). A subject on legal hold is left alone (G6).
/// At most <see cref="BatchSize"/> accounts per command, each batch one transaction; returns how many.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record PurgeUnverifiedRegistrationsCommand : ICommand<int>
{
    public const int BatchSize = 500;

    public static readonly TimeSpan UnverifiedLifetime = TimeSpan.FromDays(7);
}
