using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Accounts.MarkInactiveAccounts;

/// <summary>
/// Obligation R1, run daily: accounts idle for 166 days are mailed once ("log in to keep your account"); accounts
/// idle for 180 days, warned at least 14 days before, become inactive and their 24-month retention clock starts;
/// deactivated accounts start theirs too. A legal hold does not stop any of this: it blocks anonymization, not status.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.AccountManagement, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record MarkInactiveAccountsCommand : ICommand<InactivityReport>;

/// <summary>What one run did; <c>MoreToWarn</c>: the batch of warnings was full, send the command again for the rest.</summary>
public sealed record InactivityReport(int Warned, int MarkedInactive, int DeactivatedClocksStarted, bool MoreToWarn);
